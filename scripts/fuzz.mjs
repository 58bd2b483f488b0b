// Bundles the fuzzer (test/fuzz, TypeScript importing the packages' sources) and runs it:
// `npm run fuzz -- --count N [--seed S] [--slow MS]`.
import { bundleAndRun } from './run-typescript.mjs';

await bundleAndRun('test/fuzz/fuzz-main.ts', 'test/fuzz/dist/fuzz.mjs', process.argv.slice(2));
