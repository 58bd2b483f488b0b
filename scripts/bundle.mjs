// Bundles the command line and the language server into single files that run on plain Node, and
// the VS Code extension (client, its own copy of the server, the export code) into CommonJS files.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
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

// ELK is 1.6 MB: the extension ships it once, as dist/elk-worker.min.cjs beside the server and
// its layout thread, which both load it from there. (elk.bundled.js is only a fallback for an elkjs
// without the synchronous dispatcher; the extension does without it.)
const elkOnce = {
    name: 'elk-once',
    setup(builder) {
        builder.onResolve({ filter: /^elkjs\/lib\/elk-worker\.min\.js$/ }, () => ({ path: './elk-worker.min.cjs', external: true }));
        builder.onResolve({ filter: /^elkjs\/lib\/elk\.bundled\.js$/ }, () => ({ path: './elk.bundled.cjs', external: true }));
    },
};

// VS Code loads extensions as CommonJS; `vscode` is provided by the editor. The .vsix ships no
// node_modules, so everything else is inside these files, minified (maps stay out of the .vsix).
const extension = {
    ...common,
    format: 'cjs',
    banner: undefined,
    minify: true,
    external: ['vscode'],
    // The server finds its ELK thread beside itself: by __dirname in CommonJS, import.meta in ESM.
    logOverride: { 'empty-import-meta': 'silent' },
};

// ELK stays a package of its own (see below), imported when a diagram is drawn. The commands'
// CommonJS bundle is run by vm.Script, which has no import(): it requires ELK instead.
const elkRequired = {
    name: 'elk-required',
    setup(builder) {
        builder.onResolve({ filter: /^elkjs\// }, args => args.namespace === 'elk-required'
            ? { path: args.path, external: true }
            : { path: args.path, namespace: 'elk-required' });
        builder.onLoad({ filter: /.*/, namespace: 'elk-required' }, args => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
};

// The bundle names carry hashes: start from an empty folder so that old ones do not pile up.
await rm('packages/cli/dist', { recursive: true, force: true });

// The commands that read SOPs, as one minified CommonJS file that the command runs with a V8 code
// cache (packages/cli/src/code-cache.ts). Its name carries a hash of its content, which keys the cache.
await build({
    ...common, format: 'cjs', banner: undefined, entryPoints: ['packages/cli/src/commands/index.ts'],
    outfile: 'packages/cli/dist/commands.cjs', minify: true, plugins: [elkRequired],
});
const commandsHash = createHash('sha256').update(await readFile('packages/cli/dist/commands.cjs')).digest('hex').slice(0, 16);
const commandsBundle = `commands-${commandsHash}.cjs`;
await rename('packages/cli/dist/commands.cjs', `packages/cli/dist/${commandsBundle}`);
await rename('packages/cli/dist/commands.cjs.map', `packages/cli/dist/${commandsBundle}.map`);
await mkdir('packages/extension/dist/syntaxes', { recursive: true });
await mkdir('packages/extension/dist/preview', { recursive: true });
await mkdir('packages/preview/dist', { recursive: true });
await Promise.all([
    // elkjs (1.5 MB) stays a package of its own for the command: only `--to svg` loads it, so that
    // `sop check` does not parse it at every start.
    // The command's entry: `sop --version` and `--help` parse these few KB and nothing else; the
    // commands' bundle above is loaded when a command runs. CommonJS, as bin/sop.js is: an ES
    // module entry makes Node start its module loader first (about 4 ms of every run).
    build({
        ...common, format: 'cjs', banner: { js: 'const __sopEntryUrl = require("node:url").pathToFileURL(__filename).href;' },
        entryPoints: { sop: 'packages/cli/src/main.ts' }, outdir: 'packages/cli/dist', outExtension: { '.js': '.cjs' }, external: ['elkjs', './commands/index.js'],
        minify: true, define: { ...common.define, SOP_COMMANDS_BUNDLE: JSON.stringify(commandsBundle), 'import.meta.url': '__sopEntryUrl' },
    }),
    build({ ...common, entryPoints: ['packages/server/src/main.ts'], outfile: 'packages/server/dist/server.js' }),
    // ELK's thread for the preview, beside the server that starts it.
    build({ ...common, entryPoints: ['packages/server/src/elk-thread.ts'], outfile: 'packages/server/dist/elk-thread.js' }),
    // The preview page runs in the editor's webview: a browser script, no Node, small.
    build({
        entryPoints: ['packages/preview/src/main.ts'], outfile: 'packages/preview/dist/preview.js',
        bundle: true, platform: 'browser', target: 'chrome120', format: 'iife', minify: true, sourcemap: false, logLevel: 'warning',
    }),
    // The client; the export code (dist/export.cjs) is required on the first export only.
    build({ ...extension, entryPoints: ['packages/extension/src/extension.ts'], outfile: 'packages/extension/dist/extension.cjs', external: ['vscode', './export.cjs'] }),
    build({ ...extension, entryPoints: ['packages/cli/src/library.ts'], outfile: 'packages/extension/dist/export.cjs' }),
    build({ ...extension, entryPoints: ['packages/server/src/main.ts'], outfile: 'packages/extension/dist/server.cjs', plugins: [elkOnce] }),
    build({ ...extension, entryPoints: ['packages/server/src/elk-thread.ts'], outfile: 'packages/extension/dist/elk-thread.js', plugins: [elkOnce] }),
    copyFile('node_modules/elkjs/lib/elk-worker.min.js', 'packages/extension/dist/elk-worker.min.cjs'),
    // One TextMate grammar for every editor: the extension ships a copy made at build time.
    copyFile('syntaxes/sop.tmLanguage.json', 'packages/extension/dist/syntaxes/sop.tmLanguage.json'),
    copyFile('packages/preview/src/preview.css', 'packages/preview/dist/preview.css'),
]);
// The extension ships the preview page beside its client.
await copyFile('packages/preview/dist/preview.js', 'packages/extension/dist/preview/preview.js');
await copyFile('packages/preview/dist/preview.css', 'packages/extension/dist/preview/preview.css');
