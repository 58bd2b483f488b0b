/** The example files, read as one workspace as the CLI and the editor read them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const examplesRoot = join(import.meta.dirname, '../../examples');

export function exampleFiles(folder = examplesRoot): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(folder).sort()) {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) {
            Object.assign(files, exampleFiles(path));
        } else if (entry.endsWith('.sop')) {
            files[path] = readFileSync(path, 'utf8');
        }
    }
    return files;
}
