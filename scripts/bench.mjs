// Bundles bench/bench.ts (TypeScript, importing the packages' sources) and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'bench/dist/bench.mjs';
await build({
    entryPoints: ['bench/bench.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __sopCreateRequire } from 'node:module'; const require = __sopCreateRequire(import.meta.url);" },
});
const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exit(result.status ?? 1);
