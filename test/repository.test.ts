/**
 * The repository stands alone: a user who clones it has nothing beside it, so no test, script,
 * build step or source may read a folder outside the repository.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});
