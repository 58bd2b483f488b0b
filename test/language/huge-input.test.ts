/**
 * The language services (the language server's and `sop check`'s) on huge input: a 5,000-step SOP
 * is validated without a stack overflow; a text over 5 MB is not parsed but gets one syntax error
 * at its start that says why, so that an editor opening it stays up.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel, MAX_SOURCE_SIZE, messagesFor, SopAst } from '../../packages/language/src/index.js';
import { MAX_FILE_BYTES } from '../../packages/cli/src/size-limit.js';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';
import { syntheticSop } from '../support/synthetic-sop.js';

const services = createTestServices('en');
afterEach(() => clearAll(services));

describe('huge input', () => {
    it('validates and models a 5,000-step SOP', async () => {
        const [document] = await buildFiles(services, { '/huge/panjang.sop': syntheticSop(5_000, 'Panjang', { variety: true }) });
        expect(document.diagnostics?.filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
        const sop = document.parseResult.value.elements.find(SopAst.isSop)!;
        expect(buildModel(sop).steps).toHaveLength(5_000);
    });

    it('reads a 10 MB text as one syntax error at its start, without parsing it', async () => {
        const text = syntheticSop(20) + '// catatan\n'.repeat(1_000_000);
        const started = performance.now();
        const [document] = await buildFiles(services, { '/huge/besar.sop': text });
        expect(document.diagnostics?.map(diagnostic => [diagnostic.code, diagnostic.range.start, diagnostic.message])).toEqual([
            ['syntax-error', { line: 0, character: 0 }, messagesFor('en').sourceTooLarge(text.length, MAX_SOURCE_SIZE)],
        ]);
        expect(document.parseResult.value.elements).toEqual([]);
        expect(performance.now() - started).toBeLessThan(5_000);
    });

    it('the command line refuses files at the same size as the editor', () => {
        expect(MAX_FILE_BYTES).toBe(MAX_SOURCE_SIZE);
    });
});
