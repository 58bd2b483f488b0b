/**
 * The repository stands alone: a user who clones it has nothing beside it, so no test, script,
 * build step or source may read a folder outside the repository.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('the repository', () => {
    it('reads nothing from a folder beside it', () => {
        const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
            .split('\n')
            .filter(file => file !== '' && !file.endsWith('package-lock.json') && /\.(ts|mjs|cjs|js|json|langium|md|sh)$|^\.ci\//.test(file));
        expect(files.length).toBeGreaterThan(50);
        const outside = files.filter(file => {
            try {
                return /\.\.\/shared\b|\.\.\/\.\.\/\.\.\/shared\b/.test(readFileSync(join(root, file), 'utf8'));
            } catch {
                return false; // listed but deleted in the work tree
            }
        });
        expect(outside).toEqual([]);
    });

    // The extension will also run in vscode.dev, its language server in a web worker.
    it.each(['language', 'model', 'diagram', 'document', 'preview'])('keeps packages/%s free of Node APIs', name => {
        const files = sourceFiles(join(root, 'packages', name, 'src'));
        expect(files.length).toBeGreaterThan(3);
        const offending = files.flatMap(file => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
            .map(match => match[1])
            .filter(specifier => /^node:|^(fs|path|os|child_process|worker_threads|module|url)(\/|$)|\/node$/.test(specifier))
            .map(specifier => `${file.slice(root.length + 1)}: ${specifier}`));
        expect(offending).toEqual([]);
    });
});

function sourceFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
    });
}
