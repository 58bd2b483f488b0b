/** What users download and what each start has to parse: the bundles, and the packed extension. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes of the JavaScript files in a folder and its subfolders (source maps are not loaded). */
export function javascriptBytes(folder: string): number {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && /\.(c|m)?js$/.test(entry.name))
        .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Packs the extension with the repository's own script into a folder of its own, and sizes it. */
export function vsixBytes(root: string): number {
    const folder = mkdtempSync(join(tmpdir(), 'sop-bench-vsix-'));
    try {
        const file = join(folder, 'sop.vsix');
        const result = spawnSync(process.execPath, [join(root, 'scripts/package-extension.mjs'), '--out', file], { cwd: root, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`packing the extension failed:\n${result.stderr}`);
        return statSync(file).size;
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
