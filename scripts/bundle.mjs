// Bundles the command line and the language server into single files that run on plain Node.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

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
    // playwright-core stays a package of its own: it locates its own files at run time, and only
    // `sop compile --to pdf` loads it. So does elkjs (1.5 MB): only `--to svg` loads it, so that
    // `sop check` does not parse it at every start.
    build({ ...common, entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/dist/sop.js', external: ['playwright-core', 'elkjs'] }),
    build({ ...common, entryPoints: ['packages/language/src/server/main.ts'], outfile: 'packages/language/dist/server.js' }),
    // ELK's thread for the preview, beside the server that starts it.
    build({ ...common, entryPoints: ['packages/language/src/server/preview/elk-thread.ts'], outfile: 'packages/language/dist/elk-thread.js' }),
    // The preview page runs in the editor's webview: a browser script, no Node, small.
    build({
        entryPoints: ['packages/preview/src/main.ts'], outfile: 'packages/preview/dist/preview.js',
        bundle: true, platform: 'browser', target: 'chrome120', format: 'iife', minify: true, sourcemap: false, logLevel: 'warning',
    }),
]);
mkdirSync('packages/preview/dist', { recursive: true });
copyFileSync('packages/preview/src/preview.css', 'packages/preview/dist/preview.css');
