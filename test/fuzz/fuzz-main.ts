/**
 * `npm run fuzz -- --count N [--seed S] [--max-steps M] [--slow MS]`: runs N cases from seed S (default 1) and prints each
 * failure with its seed and mutation, so `--seed S --count 1` replays it. Exit 1 on any failure.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createSopServices } from '../../packages/language/src/index.js';
import { exampleFiles } from '../support/examples.js';
import { fuzzExamples } from './fuzz-examples.js';
import { fuzzCase } from './mutations.js';
import { runCase } from './run-case.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, slow: { type: 'string', default: '2000' }, 'max-steps': { type: 'string' } } });
const count = Number(values.count);
const first = Number(values.seed);
const slowMs = Number(values.slow);
// As the slice in `npm test` does with 300: SOPs longer than this are not drawn or printed.
const maxLayoutSteps = values['max-steps'] === undefined ? undefined : Number(values['max-steps']);
const timeByMutation = new Map<string, number>();
const { sop: services } = createSopServices(EmptyFileSystem);
const examples = fuzzExamples(exampleFiles(join(process.cwd(), 'examples')));
let failures = 0;
const started = performance.now();
for (let seed = first; seed < first + count; seed++) {
    const item = fuzzCase(seed, examples);
    const context = examples.find(example => example.path === item.origin)!.context;
    const caseStarted = performance.now();
    try {
        await runCase(services, item.text, context, { maxLayoutSteps });
    } catch (error) {
        failures++;
        console.log(`FAIL seed ${seed} (${item.mutation} of ${item.origin}):\n${error instanceof Error ? error.stack : String(error)}\n`);
    }
    const elapsed = performance.now() - caseStarted;
    timeByMutation.set(item.mutation, (timeByMutation.get(item.mutation) ?? 0) + elapsed);
    if (elapsed > slowMs) console.log(`slow: seed ${seed} (${item.mutation}) took ${Math.round(elapsed)} ms`);
}
for (const [mutation, ms] of [...timeByMutation].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${mutation}: ${Math.round(ms)} ms in all`);
console.log(`${count} cases from seed ${first}: ${failures} failed, ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures > 0 ? 1 : 0);
