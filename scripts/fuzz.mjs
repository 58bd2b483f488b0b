// Bundles the fuzzer (test/fuzz, TypeScript importing the packages' sources) and runs it:
// `npm run fuzz -- --count N [--seed S] [--slow MS]`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'test/fuzz/dist/fuzz.mjs';
await build({
    entryPoints: ['test/fuzz/fuzz-main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __sopCreateRequire } from 'node:module'; const require = __sopCreateRequire(import.meta.url);" },
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
