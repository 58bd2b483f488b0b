/**
 * Every crash the fuzzer found, kept as the exact input that caused it (test/fuzz/crashes/*.sop,
 * one file per crash, named for what broke): each must now end in diagnostics or output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../packages/language/src/index.js';
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
});
