/**
 * The command's V8 code cache (packages/cli/src/code-cache.ts) changes how fast a command starts,
 * never what it does: the first run of a command keeps one, later runs use it, and a damaged file,
 * a cache folder that cannot be written, or SOP_NO_CODE_CACHE=1 give the same output, the same exit
 * status and nothing on stderr.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesRoot } from '../support/examples.js';
import { runSop, type CliResult } from '../support/run-cli.js';

let work: string;
beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sop-code-cache-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const check = (cacheHome: string, env: Record<string, string> = {}) =>
    runSop(['check', examplesRoot, '--format', 'json'], { env: { XDG_CACHE_HOME: cacheHome, SOP_NO_CODE_CACHE: '', ...env } });
const cacheFiles = (cacheHome: string) => {
    try {
        return readdirSync(join(cacheHome, 'sop'));
    } catch {
        return [];
    }
};
const same = (result: CliResult, expected: CliResult) => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(expected.status);
    expect(result.stdout).toBe(expected.stdout);
};

describe('the code cache', () => {
    it('is kept by the first run of a command and used, unchanged, by the next', () => {
        const home = join(work, 'first');
        const expected = check(home, { SOP_NO_CODE_CACHE: '1' });
        expect(expected.status).toBe(0);
        expect(cacheFiles(home)).toEqual([]);

        same(check(home), expected);
        const [file, ...others] = cacheFiles(home);
        expect(others).toEqual([]);
        expect(file).toMatch(/^commands-[0-9a-f]+-check-node[\d.]+-\w+\.bin$/);
        const written = statSync(join(home, 'sop', file)).mtimeMs;

        same(check(home), expected);
        expect(statSync(join(home, 'sop', file)).mtimeMs).toBe(written);
    });

    it('is not kept by a run that only shows help', () => {
        const home = join(work, 'help');
        expect(runSop(['compile', '--help'], { env: { XDG_CACHE_HOME: home } }).status).toBe(0);
        expect(cacheFiles(home)).toEqual([]);
    });

    it('is replaced when damaged, and the command still does its work', () => {
        const home = join(work, 'damaged');
        const expected = check(home);
        const [file] = cacheFiles(home);
        const path = join(home, 'sop', file);
        // Flip bytes all through the bytecode: V8 would take the header as valid and die on the rest.
        const bytes = readFileSync(path);
        for (let index = 200; index < bytes.length; index += 997) bytes[index] ^= 0x5a;
        writeFileSync(path, bytes);
        same(check(home), expected);
        // A whole file again, used by the next run.
        const rewritten = readFileSync(path);
        expect(rewritten.equals(bytes)).toBe(false);
        same(check(home), expected);

        writeFileSync(path, 'not a cache');
        same(check(home), expected);
    });

    it('is done without when its folder cannot be made', () => {
        const blocked = join(work, 'a-file');
        writeFileSync(blocked, 'not a folder');
        const expected = check(join(work, 'reference'));
        same(check(join(blocked, 'cache')), expected);
        same(check(blocked), expected);
    });
});
