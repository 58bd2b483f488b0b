/**
 * Every user-facing message of the language, in one interface so that the Indonesian and English
 * catalogs cannot drift apart (the compiler checks both against it).
 */
import type { DateProblem, NipProblem } from '@sop-ap/model';
import type { Locale } from './locale.js';
import { englishMessages } from './messages-en.js';
import { indonesianMessages } from './messages-id.js';

export type IdentityField = 'instansi' | 'nomor' | 'dibuat' | 'efektif' | 'disahkan' | 'title';
export type MutuBakuField = 'waktu' | 'output' | 'kelengkapan';
export type DateKey = 'dibuat' | 'revisi' | 'efektif';
/** What a name is already taken by when a rename is refused. */
export type RenameKind = 'actor' | 'label' | 'sop' | 'instansi';
export type MissingBranch = 'tidak' | 'second-label' | 'both';

export interface Messages {
    // validation
    unknownActor(id: string): string;
    duplicateActor(id: string): string;
    duplicateLabel(label: string, firstStep: number): string;
    duplicateSop(id: string, elsewhere: string): string;
    duplicateInstansi(id: string, elsewhere: string): string;
    duplicateField(keyword: string): string;
    unknownStep(label: string, suggestion: string | undefined): string;
    unknownSop(id: string): string;
    unknownInstansi(id: string): string;
    durationMissingUnit(written: string): string;
    durationUnknownUnit(unit: string, suggestion: string | undefined): string;
    durationZero(): string;
    durationRangeOrder(min: string, max: string): string;
    decisionMissingBranch(missing: MissingBranch): string;
    decisionTooManyBranches(count: number): string;
    branchOutsideDecision(): string;
    selfLoop(step: number): string;
    noPathToEnd(step: number): string;
    invalidDate(written: string, problem: DateProblem, suggestion: string | undefined): string;
    dateOrder(key: DateKey, date: string, dibuat: string): string;
    invalidNip(nip: string, problem: NipProblem): string;
    noSteps(id: string): string;
    unreachableStep(step: number): string;
    unusedActor(id: string): string;
    actorsApart(step: number, shared: readonly string[], between: readonly string[]): string;
    missingMutuBaku(field: MutuBakuField, step: number): string;
    missingIdentity(field: IdentityField): string;
    activityHasSubject(subject: string): string;
    singleActor(id: string): string;
    tooManyActors(count: number, limit: number): string;
    // syntax
    syntaxExpected(expected: string, found: string): string;
    syntaxUnexpected(found: string): string;
    /** A file over the size limit (in characters), not read. */
    sourceTooLarge(size: number, limit: number): string;
    /** Text nested deeper than the parser can follow. */
    nestingTooDeep: string;
    syntaxNotAllowedAtTopLevel(found: string): string;
    syntaxNotSopMember(found: string): string;
    syntaxNotStepField(found: string): string;
    syntaxNotInstansiField(found: string): string;
    syntaxDuration(found: string): string;
    syntaxDate(found: string): string;
    syntaxStepHeader(found: string): string;
    syntaxTarget(found: string): string;
    syntaxActorDeclaration(found: string): string;
    syntaxTextList(found: string): string;
    syntaxUnclosedString(): string;
    syntaxUnexpectedCharacter(character: string): string;
    endOfFile: string;
    tokenDescription(token: string): string;
    // quick fixes
    fixDeclareActor(id: string): string;
    fixAddUnit(unit: string): string;
    fixReplaceWith(text: string): string;
    fixMakeDecision(): string;
    renameInvalid(name: string): string;
    renameTaken(name: string, kind: RenameKind): string;
    // preview
    previewNoSop(id: string): string;
    previewSopHasErrors(id: string, count: number, line: number, column: number, first: string): string;
    // hovers
    hoverActor(title: string, stepCount: number): string;
    hoverStep(number: number, kind: 'process' | 'decision', lanes: string, waktu: string | undefined): string;
    hoverSopTotal(total: string, stepsWithoutWaktu: number[]): string;
    hoverConversion(rule: string): string;
}

const catalogs: Record<Locale, Messages> = { en: englishMessages, id: indonesianMessages };

export function messagesFor(locale: Locale): Messages {
    return catalogs[locale];
}

/** Ids as a message names them: each in backticks, separated by commas. */
export const codeList = (ids: readonly string[]): string => ids.map(id => `\`${id}\``).join(', ');
