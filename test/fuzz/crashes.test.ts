/**
 * Every crash the fuzzer found, kept as the exact input that caused it (test/fuzz/crashes/*.sop,
 * one file per crash, named for what broke): each must now end in diagnostics or output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, messagesFor, SopAst } from '../../packages/language/src/index.js';
import { syntheticSop } from '../support/synthetic-sop.js';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';
import { runCase } from './run-case.js';

const folder = join(import.meta.dirname, 'crashes');
const services = createTestServices('en');

describe('inputs that once crashed the tools', () => {
    it.each(readdirSync(folder).filter(name => name.endsWith('.sop')))('%s', async name => {
        const outcome = await runCase(services, readFileSync(join(folder, name), 'utf8'), {});
        expect(outcome.diagnostics).toBeGreaterThan(0);
    });

    it('text nested beyond the parser\'s stack is one syntax error that says so', async () => {
        const [document] = await buildFiles(services, { '/crash/nested.sop': readFileSync(join(folder, 'parser-recovery-stack-overflow.sop'), 'utf8') });
        expect(document.diagnostics?.map(diagnostic => [diagnostic.code, diagnostic.range.start, diagnostic.message])).toEqual([
            ['syntax-error', { line: 0, character: 0 }, messagesFor('en').nestingTooDeep],
        ]);
        await clearAll(services);
    });

    it('after such a text the parser reads the next ones as if nothing had happened', async () => {
        const nested = readFileSync(join(folder, 'parser-recovery-stack-overflow.sop'), 'utf8');
        const next = syntheticSop(12, 'Berikut', { variety: true });
        const fresh = createTestServices('en');
        const [expected] = await buildFiles(fresh, { '/crash/next.sop': next });
        const summary = (built: LangiumDocument) => built.diagnostics?.map(diagnostic => [diagnostic.code, diagnostic.message]);
        const [first] = await buildFiles(services, { '/crash/nested-1.sop': nested });
        const [second] = await buildFiles(services, { '/crash/nested-2.sop': nested });
        expect(summary(second)).toEqual(summary(first));
        expect(summary(second)).toEqual([['syntax-error', messagesFor('en').nestingTooDeep]]);
        const [document] = await buildFiles(services, { '/crash/next.sop': next });
        const modelOf = (built: typeof document) => buildModel(built.parseResult.value.elements.find(SopAst.isSop)!);
        expect(document.diagnostics).toEqual(expected.diagnostics);
        expect(modelOf(document)).toEqual(modelOf(expected));
        await clearAll(services);
        await clearAll(fresh);
    });
});
