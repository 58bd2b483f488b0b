/** The README and the language reference teach the language: every example in them must check cleanly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';

const sopBlocks = (file: string) => [...readFileSync(join(import.meta.dirname, '../..', file), 'utf8').matchAll(/```sop\n([\s\S]*?)```/g)].map(match => match[1]);
const examples = [...sopBlocks('README.md'), ...sopBlocks('docs/language.md')];
const services = createTestServices('id');
afterEach(() => clearAll(services));

describe('README and docs/language.md', () => {
    it('has examples in the .sop language', () => {
        expect(examples.length).toBeGreaterThan(0);
    });

    it.each(examples.map((text, index) => [index + 1, text]))('example %i has no errors or warnings', async (index, text) => {
        const [document] = await buildFiles(services, { [`/readme/example-${index}.sop`]: text as string });
        expect((document.diagnostics ?? []).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });
});
