// Bundles bench/bench.ts (TypeScript, importing the packages' sources) and runs it.
import { bundleAndRun } from './run-typescript.mjs';

await bundleAndRun('bench/bench.ts', 'bench/dist/bench.mjs');
