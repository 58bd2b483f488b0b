/**
 * One fuzz case through everything a user's file goes through: parse, link and validate, the model
 * of every SOP, and for every SOP without errors the swimlane diagram (layout, SVG) and the printed
 * document (plan, HTML), as `sop compile` would. Throws, with what went wrong, when an exception
 * escapes, Langium logs an error, or a run ends in neither diagnostics nor output.
 */
import { URI } from 'langium';
import { buildModel, SopAst, type SopServices } from '../../packages/language/src/index.js';
import { layoutSwimlane, renderSvg } from '../../packages/diagram/src/index.js';
import { IdentityTooLongError, planDocument, renderPlan, RowTooTallError } from '../../packages/document/src/index.js';

export interface CaseOptions {
    /** SOPs with more steps are validated and modelled but neither drawn nor printed (to bound a slice's time). */
    maxLayoutSteps?: number;
}

export interface CaseOutcome {
    diagnostics: number;
    /** SOPs drawn and printed, or refused on purpose (a row or identity too big for a page). */
    rendered: number;
    skippedLayout: number;
}

export async function runCase(services: SopServices, text: string, context: Record<string, string>, options: CaseOptions = {}): Promise<CaseOutcome> {
    const logged: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => { logged.push(args); };
    try {
        return await exercise(services, text, context, options, logged);
    } finally {
        console.error = consoleError;
        // As langium/test's clearDocuments does, without pulling the test library into the fuzz bundle.
        const uris = services.shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
        await services.shared.workspace.DocumentBuilder.update([], uris);
    }
}

async function exercise(services: SopServices, text: string, context: Record<string, string>, options: CaseOptions, logged: unknown[][]): Promise<CaseOutcome> {
    const shared = services.shared;
    const factory = shared.workspace.LangiumDocumentFactory;
    const document = factory.fromString<SopAst.SopFile>(text, URI.file('/fuzz/case.sop'));
    const documents = [document, ...Object.entries(context).map(([path, source]) => factory.fromString<SopAst.SopFile>(source, URI.file(path)))];
    documents.forEach(each => shared.workspace.LangiumDocuments.addDocument(each));
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    if (logged.length > 0) {
        throw new Error(`Langium logged an error: ${logged.map(args => args.map(describe).join(' ')).join('\n')}`);
    }
    const diagnostics = document.diagnostics ?? [];
    const outcome: CaseOutcome = { diagnostics: diagnostics.length, rendered: 0, skippedLayout: 0 };
    const hasErrors = (sop: SopAst.Sop) => diagnostics.some(diagnostic => diagnostic.severity === 1
        && (diagnostic.code === 'syntax-error' || inside(sop, diagnostic.range.start.line)));
    for (const sop of document.parseResult.value.elements.filter(SopAst.isSop)) {
        const model = buildModel(sop);
        if (hasErrors(sop)) continue;
        if (options.maxLayoutSteps !== undefined && model.steps.length > options.maxLayoutSteps) {
            outcome.skippedLayout++;
            continue;
        }
        const svg = renderSvg(await layoutSwimlane(model), { standalone: true });
        if (!svg.startsWith('<svg')) throw new Error(`renderSvg gave no SVG for ${model.id}`);
        try {
            const html = renderPlan(planDocument(model));
            if (!html.includes('<html')) throw new Error(`renderPlan gave no HTML for ${model.id}`);
        } catch (error) {
            // The CLI reports these two with file, line and column: a clean outcome, not a crash.
            if (!(error instanceof RowTooTallError || error instanceof IdentityTooLongError)) throw error;
        }
        outcome.rendered++;
    }
    const sops = document.parseResult.value.elements.filter(SopAst.isSop).length;
    if (outcome.diagnostics === 0 && outcome.rendered + outcome.skippedLayout < sops) {
        throw new Error('the run ended in neither diagnostics nor output');
    }
    return outcome;
}

function inside(sop: SopAst.Sop, line: number): boolean {
    const range = sop.$cstNode?.range;
    return range !== undefined && line >= range.start.line && line <= range.end.line;
}

function describe(value: unknown): string {
    return value instanceof Error ? value.stack ?? value.message : String(value);
}
