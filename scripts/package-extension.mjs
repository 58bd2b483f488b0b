// `npm run package`: packs packages/extension into sop-ap-<version>.vsix at the repository root with
// @vscode/vsce (3.9: version 4 needs Node 22), prints its size and fails above 2 MB.
// The bundles must be built first (`npm run build`); the .vsix holds only the files listed in the
// extension's package.json `files`, and no node_modules (`vsce.dependencies: false`).
import { createVSIX } from '@vscode/vsce';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_BYTES = 2 * 1024 * 1024;
const extensionFolder = fileURLToPath(new URL('../packages/extension/', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('package.json', `file://${extensionFolder}`), 'utf8'));
// `--out FILE` packs elsewhere (the tests pack into folders of their own, so that runs never share a file).
const outIndex = process.argv.indexOf('--out');
const packagePath = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : fileURLToPath(new URL(`../${manifest.name}-${manifest.version}.vsix`, import.meta.url));

await createVSIX({ cwd: extensionFolder, packagePath, dependencies: false, allowMissingRepository: true });
const bytes = statSync(packagePath).size;
console.log(`${packagePath}: ${(bytes / 1024).toFixed(0)} KB`);
if (bytes > MAX_BYTES) {
    console.error(`The .vsix is larger than ${MAX_BYTES / 1024 / 1024} MB: something that does not run was packed.`);
    process.exit(1);
}
