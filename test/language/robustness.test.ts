/**
 * A language server must survive every half-typed file. This feeds the validator, the model builder
 * and the editor features with every prefix of real sources (as if typed up to each character) and
 * with lines removed, and fails on any exception, including those Langium would only log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'langium';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildModel, SopAst } from '../../packages/language/src/index.js';
import { clearAll, createTestServices } from '../support/services.js';

const services = createTestServices('id');
const referenceExample = readFileSync(join(import.meta.dirname, '../../docs/language.md'), 'utf8').split('```sop')[1].split('```')[0];
const syntaxShowcase = readFileSync(join(import.meta.dirname, '../validation/cases/syntax-error/clean.sop'), 'utf8');

let errors: unknown[] = [];
beforeEach(() => {
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
});
afterEach(async () => {
    vi.restoreAllMocks();
    await clearAll(services);
});

async function exercise(text: string): Promise<void> {
    const shared = services.shared;
    const uri = URI.file(`/robustness/${Math.random().toString(36).slice(2)}.sop`);
    const document = shared.workspace.LangiumDocumentFactory.fromString<SopAst.SopFile>(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    for (const element of document.parseResult.value.elements) {
        if (SopAst.isSop(element)) {
            buildModel(element);
        }
    }
    const textDocument = { uri: uri.toString() };
    const end = document.textDocument.positionAt(text.length);
    const middle = document.textDocument.positionAt(Math.floor(text.length / 2));
    const lsp = services.lsp;
    await lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end });
    await lsp.HoverProvider!.getHoverContent(document, { textDocument, position: middle });
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
    await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
    await lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument, range: { start: middle, end: middle }, context: { diagnostics: document.diagnostics ?? [] },
    });
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
}

/** Offsets after each token-ish boundary: where a user pauses while typing. */
function pausePoints(text: string): number[] {
    const points = new Set<number>();
    for (const match of text.matchAll(/[\s{}",:>-]+/g)) {
        points.add(match.index!);
        points.add(match.index! + 1);
    }
    return [...points].filter(point => point > 0 && point < text.length).sort((a, b) => a - b);
}

describe('half-typed sources never break the language services', () => {
    it.each([['language reference example', referenceExample], ['syntax showcase', syntaxShowcase]])('every prefix of the %s', async (_name, source) => {
        for (const point of pausePoints(source)) {
            await exercise(source.slice(0, point));
            expect(errors, `after typing ${JSON.stringify(source.slice(Math.max(0, point - 40), point))}`).toEqual([]);
        }
    }, 480_000); // thousands of builds: generous, because other test files run beside it on two cores

    it.each([['language reference example', referenceExample], ['syntax showcase', syntaxShowcase]])('the %s with any one line removed', async (_name, source) => {
        const lines = source.split('\n');
        for (let index = 0; index < lines.length; index++) {
            await exercise([...lines.slice(0, index), ...lines.slice(index + 1)].join('\n'));
            expect(errors, `without line ${index + 1}: ${lines[index]}`).toEqual([]);
        }
    }, 480_000); // thousands of builds: generous, because other test files run beside it on two cores
});
