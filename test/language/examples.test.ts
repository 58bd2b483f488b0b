/** The examples: they check clean of errors, and formatting them is idempotent and meaning-preserving. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel, formatSopDocument, SopAst, type SopServices } from '../../packages/language/src/index.js';
import { exampleFiles } from '../support/examples.js';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';

const files = exampleFiles();
let services: SopServices;
let documents: Awaited<ReturnType<typeof buildFiles>>;

beforeAll(async () => {
    services = createTestServices('en');
    documents = await buildFiles(services, files);
});
afterAll(() => clearAll(services));

const modelsOf = (document: (typeof documents)[number]) =>
    document.parseResult.value.elements.filter(SopAst.isSop).map(sop => buildModel(sop));

describe('examples', () => {
    it('have no errors', () => {
        const errors = documents.flatMap(document => (document.diagnostics ?? [])
            .filter(diagnostic => diagnostic.severity === 1)
            .map(diagnostic => `${document.uri.fsPath}:${diagnostic.range.start.line + 1} ${diagnostic.code} ${diagnostic.message}`));
        expect(errors).toEqual([]);
    });

    it.each(Object.keys(files))('formatting %s is idempotent and keeps the model', async path => {
        const document = documents.find(each => each.uri.fsPath === path)!;
        const once = formatSopDocument(document)!;
        expect(once).toBeDefined();
        const fresh = createTestServices('en');
        const context = Object.fromEntries(Object.entries(files).filter(([other]) => other !== path));
        const reformatted = await buildFiles(fresh, { ...context, [path]: once });
        const formattedDocument = reformatted.find(each => each.uri.fsPath === path)!;
        expect(formatSopDocument(formattedDocument)).toBe(once);
        expect(modelsOf(formattedDocument)).toEqual(modelsOf(document));
        // Comments survive: the same comment texts in the same order.
        const comments = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];
        expect(comments(once)).toEqual(comments(files[path]));
    });
});
