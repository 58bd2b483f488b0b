/**
 * Completion beyond Langium's keywords and references: units after a number (and `kerja` after
 * `hari`), dates after `dibuat`/`revisi`/`efektif`, and for `kelengkapan` the outputs of earlier
 * steps (the output of step n is usually the kelengkapan of step n+1). References get a detail that
 * says what they are, and never the choice that would be an error: a branch to its own step, an SOP
 * related to itself. Nothing is offered inside comments.
 */
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import {
    AstUtils, CstUtils, GrammarAST, OperationCancelled, type AstNodeDescription, type Cancellation, type LangiumDocument, type MaybePromise, type ReferenceInfo, type Stream,
} from 'langium';
import { CompletionItemKind, type CompletionList, type CompletionParams } from 'vscode-languageserver-protocol';
import { DURATION_UNITS, MINUTES_PER_UNIT } from '@sop-ap/model';
import * as ast from '../generated/ast.js';
import { stepNumber, stepsOf } from '../model/ast-access.js';
import { isInsideComment } from './completion-context.js';
import { dateSuggestions } from './completion-dates.js';

/** The list keyword that governs the cursor, read backwards over the text with strings blanked. */
const LIST_KEYWORD = /\b(kelengkapan|output|keterangan|waktu|peralatan|pencatatan|hukum|pelaksana|peringatan|keterkaitan|langkah|keputusan)\b/g;

export class SopCompletionProvider extends DefaultCompletionProvider {

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: Cancellation.CancellationToken): Promise<CompletionList | undefined> {
        if (isInsideComment(document.textDocument.getText(), document.textDocument.offsetAt(params.position))) {
            return undefined;
        }
        const list = await super.getCompletion(document, params, cancelToken);
        // A build of the document can run in one stretch; a cancellation sent meanwhile waits in the
        // connection's queue behind it. One turn of the event loop lets it be read before we answer.
        await new Promise(resolve => setTimeout(resolve, 0));
        // The editor has moved on (it cancelled): say so, rather than answer for text that changed.
        if (cancelToken?.isCancellationRequested) {
            throw OperationCancelled;
        }
        return list;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        const assigned = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature;
        if (rule === 'DurationUnit' && assigned === 'qualifier') {
            return this.completeUnitQualifier(context, acceptor);
        }
        if (rule === 'DurationUnit' && !GrammarAST.isKeyword(next.feature)) {
            return this.completeUnits(context, acceptor);
        }
        if (rule === 'DateValue' && !GrammarAST.isKeyword(next.feature)) {
            return this.completeDates(context, assigned === 'month', acceptor);
        }
        if (rule === 'TextList' && !GrammarAST.isKeyword(next.feature)) {
            return this.completeEarlierOutputs(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected completeUnits(context: CompletionContext, acceptor: CompletionAcceptor): void {
        DURATION_UNITS.forEach((unit, index) => acceptor(context, {
            label: unit,
            kind: CompletionItemKind.Unit,
            detail: unit === 'menit' ? '1 menit' : `= ${MINUTES_PER_UNIT[unit]} menit`,
            sortText: `0${index}`,
        }));
    }

    /** `hari kerja` is the only unit with a qualifier. */
    protected completeUnitQualifier(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const unit = context.node && AstUtils.getContainerOfType(context.node, ast.isDurationUnit);
        const written = unit?.word ?? /(\w+)\s*$/.exec(context.textDocument.getText().slice(0, context.offset))?.[1];
        if (written === 'hari') {
            acceptor(context, { label: 'kerja', kind: CompletionItemKind.Unit, detail: `hari kerja = ${MINUTES_PER_UNIT['hari kerja']} menit`, sortText: '00' });
        }
    }

    protected completeDates(context: CompletionContext, afterDay: boolean, acceptor: CompletionAcceptor): void {
        dateSuggestions(new Date(), afterDay).forEach((suggestion, index) => acceptor(context, {
            label: suggestion.label,
            kind: CompletionItemKind.Value,
            detail: suggestion.detail,
            sortText: String(index).padStart(3, '0'),
        }));
    }

    /** Never offer the choice that is an error: a branch or `lanjut` to its own step, an SOP related to itself. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const container = refInfo.container;
        if (ast.isTarget(container) || refInfo.property === 'step') {
            const step = AstUtils.getContainerOfType(container, ast.isStep);
            return step ? candidates.filter(candidate => candidate.node !== step && !(step.name && candidate.name === step.name)) : candidates;
        }
        if (ast.isRelatedSop(container) || ast.isKeterkaitanField(container)) {
            const sop = AstUtils.getContainerOfType(container, ast.isSop);
            return sop?.name ? candidates.filter(candidate => candidate.name !== sop.name) : candidates;
        }
        return candidates;
    }

    protected completeEarlierOutputs(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const text = context.textDocument.getText();
        if (this.governingListKeyword(text, context.offset) !== 'kelengkapan') {
            return;
        }
        const root = context.document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeBeforeOffset(root, context.offset);
        const sop = leaf && AstUtils.getContainerOfType(leaf.astNode, ast.isSop);
        if (!sop) {
            return;
        }
        const current = stepsOf(sop).find(step => this.containsCursor(step, context.offset));
        const limit = current?.$cstNode?.offset ?? context.offset;
        const earlier = stepsOf(sop).filter(step => step.$cstNode && step.$cstNode.end <= limit);
        const seen = new Set<string>();
        const replaceFrom = this.openQuoteBefore(text, context.offset);
        // The closest earlier step first: its output is the likeliest input of this one.
        earlier.reverse().forEach(step => {
            for (const output of step.fields.filter(ast.isOutputField).flatMap(field => field.list.items)) {
                if (seen.has(output)) continue;
                seen.add(output);
                const quoted = JSON.stringify(output);
                const start = context.textDocument.positionAt(replaceFrom ?? context.offset);
                const endOffset = replaceFrom !== undefined && text.charAt(context.offset) === '"' ? context.offset + 1 : context.offset;
                acceptor(context, {
                    label: output,
                    kind: CompletionItemKind.Value,
                    detail: `output langkah ${stepNumber(step)}`,
                    sortText: `0${String(seen.size).padStart(4, '0')}`,
                    filterText: replaceFrom !== undefined ? quoted : output,
                    textEdit: { range: { start, end: context.textDocument.positionAt(endOffset) }, newText: quoted },
                });
            }
        });
    }

    protected containsCursor(step: ast.Step, offset: number): boolean {
        const cst = step.$cstNode;
        return cst !== undefined && cst.offset <= offset && offset <= cst.end;
    }

    /** The keyword of the field being written at `offset`, ignoring anything inside strings and comments. */
    protected governingListKeyword(text: string, offset: number): string | undefined {
        const before = text.slice(Math.max(0, offset - 2000), offset)
            .replace(/"(\\.|[^"\\\n])*"?/g, '""')
            .replace(/\/\/[^\n]*/g, '');
        let last: string | undefined;
        for (const match of before.matchAll(LIST_KEYWORD)) {
            last = match[1];
        }
        return last;
    }

    /** The offset of an unclosed `"` earlier on the cursor's line, if the cursor is inside a string. */
    protected openQuoteBefore(text: string, offset: number): number | undefined {
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const line = text.slice(lineStart, offset);
        let open: number | undefined;
        for (let index = 0; index < line.length; index++) {
            if (line[index] === '\\') { index++; continue; }
            if (line[index] === '"') open = open === undefined ? lineStart + index : undefined;
        }
        return open;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (ast.isActor(node)) {
            return { ...item, detail: node.title, kind: CompletionItemKind.Class };
        }
        if (ast.isStep(node)) {
            return { ...item, detail: `${stepNumber(node)}. ${node.activity}`, kind: CompletionItemKind.Reference };
        }
        if (ast.isSop(node) || ast.isInstansi(node)) {
            return { ...item, detail: node.title ?? description.name, kind: CompletionItemKind.Module };
        }
        return item;
    }
}
