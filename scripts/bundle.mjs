// Bundles the command line and the language server into single files that run on plain Node.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

// CommonJS dependencies (vscode-languageserver) call require(); give the ESM bundle a real one.
const banner = { js: "import { createRequire as __sopCreateRequire } from 'node:module'; const require = __sopCreateRequire(import.meta.url);" };

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner,
    sourcemap: 'linked',
    logLevel: 'warning',
    define: { SOP_VERSION: JSON.stringify(version) },
};

await Promise.all([
    build({ ...common, entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/dist/sop.js' }),
    build({ ...common, entryPoints: ['packages/language/src/server/main.ts'], outfile: 'packages/language/dist/server.js' }),
]);
