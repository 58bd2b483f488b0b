/**
 * A bounded slice of the fuzzer (`npm run fuzz -- --count N` runs more): mutated examples must end
 * in diagnostics or output, never in an exception or an error Langium only logs. A failure names
 * its seed and mutation; `npm run fuzz -- --seed S --count 1` replays it.
 */
import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../support/examples.js';
import { createTestServices } from '../support/services.js';
import { fuzzExamples } from './fuzz-examples.js';
import { fuzzCase } from './mutations.js';
import { runCase } from './run-case.js';

const SLICE = 1_000;
// Laying out and paginating a few thousand steps (deep nesting makes such SOPs) takes seconds each;
// the slice validates and models them but draws and prints only SOPs of up to 300 steps, to stay
// under a minute. `npm run fuzz` draws them all.
const MAX_LAYOUT_STEPS = 300;

describe('fuzzing the examples', () => {
    it(`${SLICE} mutated examples end in diagnostics or output`, async () => {
        const services = createTestServices('id');
        const examples = fuzzExamples(exampleFiles());
        const failures: string[] = [];
        let rendered = 0;
        for (let seed = 1; seed <= SLICE; seed++) {
            const item = fuzzCase(seed, examples);
            const context = examples.find(example => example.path === item.origin)!.context;
            try {
                rendered += (await runCase(services, item.text, context, { maxLayoutSteps: MAX_LAYOUT_STEPS })).rendered;
            } catch (error) {
                failures.push(`seed ${seed} (${item.mutation} of ${item.origin}): ${error instanceof Error ? error.stack : String(error)}`);
            }
        }
        expect(failures).toEqual([]);
        // Mutations must leave enough SOPs whole to exercise the diagram and the document.
        expect(rendered).toBeGreaterThan(SLICE / 10);
    }, 300_000);
});
