// Bundles a TypeScript entry that imports the packages' sources into one ESM file, then runs it
// with the given arguments and exits with its status (the benchmark and the fuzzer run this way).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

export async function bundleAndRun(entryPoint, outfile, args = []) {
    await build({
        entryPoints: [entryPoint],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        logLevel: 'warning',
        // CommonJS dependencies call require(); give the ESM bundle a real one.
        banner: { js: "import { createRequire as __sopCreateRequire } from 'node:module'; const require = __sopCreateRequire(import.meta.url);" },
    });
    const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
}
