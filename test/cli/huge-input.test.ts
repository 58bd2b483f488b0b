/**
 * `sop check` on huge input, as a user runs it: a 5,000-step SOP is checked, not overflowed or hung;
 * a 10 MB file is refused at once with file, line, column and exit 2, and does not stop its
 * neighbours from being checked.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSop } from '../support/run-cli.js';
import { syntheticSop } from '../support/synthetic-sop.js';

let work: string;
beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sop-huge-'));
    mkdirSync(join(work, 'long'));
    mkdirSync(join(work, 'big'));
    writeFileSync(join(work, 'long', 'panjang.sop'), syntheticSop(5_000, 'Panjang', { variety: true }));
    // 10 MB of a real-looking SOP: a comment line repeated, so the size is what is wrong.
    writeFileSync(join(work, 'big', 'besar.sop'), syntheticSop(20) + '// catatan\n'.repeat(1_000_000));
    writeFileSync(join(work, 'big', 'kecil.sop'), syntheticSop(3, 'Kecil'));
    // Text pasted without line breaks: one 11,000-character line full of mistakes.
    mkdirSync(join(work, 'wide'));
    writeFileSync(join(work, 'wide', 'lebar.sop'), `sop Lebar "Lebar" { pelaksana { a "A" b "B" } ${'langkah c "x" { lanjut -> tidakada } '.repeat(300)}}\n`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sop check on huge input', () => {
    it('checks a 5,000-step SOP', () => {
        const started = performance.now();
        const result = runSop(['check', 'long/panjang.sop'], { cwd: work });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('1 file, 1 SOP: 0 errors');
        expect(performance.now() - started).toBeLessThan(30_000);
    });

    it('refuses a 10 MB file with its path, line and column, exit 2, and checks the others', () => {
        const started = performance.now();
        const result = runSop(['check', 'big'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sop: big/besar.sop:1:1: 10.5 MB; sop reads files up to 5 MB (no SOP comes near that: is it the right file?).\n');
        expect(result.stdout).toContain('1 file, 1 SOP');
        expect(performance.now() - started).toBeLessThan(10_000);
    });

    it('says so in Indonesian too', () => {
        const result = runSop(['check', 'big/besar.sop', '--lang', 'id'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('big/besar.sop:1:1: 10,5 MB; sop membaca berkas sampai 5 MB');
    });

    it('shows a window of a very long line under each diagnostic, not the whole line', () => {
        const result = runSop(['check', 'wide/lebar.sop'], { cwd: work });
        expect(result.status).toBe(1);
        const excerpts = result.stdout.split('\n').filter(line => / \d+ \| /.test(line));
        expect(excerpts.length).toBeGreaterThan(300);
        expect(Math.max(...excerpts.map(line => line.length))).toBeLessThan(200);
        expect(excerpts.some(line => line.includes('…'))).toBe(true);
    });
});
