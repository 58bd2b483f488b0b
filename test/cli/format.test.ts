/** `sop format`: rewrites in place, atomically; `--check` only reports; syntax errors are left alone. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesRoot } from '../support/examples.js';
import { runSop } from '../support/run-cli.js';

let work: string;
const messy = 'sop A "A" {\npelaksana{a "A" bb "B"}\nlangkah a "x" {waktu 1 - 2 jam}\n}';
const tidy = 'sop A "A" {\n    pelaksana {\n        a  "A"\n        bb "B"\n    }\n    langkah a "x" {\n        waktu 1-2 jam\n    }\n}\n';

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sop-format-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sop format', () => {
    it('--check reports a file that would change, exits 1 and writes nothing', () => {
        writeFileSync(join(work, 'a.sop'), messy);
        const result = runSop(['format', '--check', 'a.sop'], { cwd: work });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('a.sop: would be reformatted\n1 file of 1 would be reformatted\n');
        expect(readFileSync(join(work, 'a.sop'), 'utf8')).toBe(messy);
    });

    it('rewrites the file, leaves no temporary file, and is then stable', () => {
        writeFileSync(join(work, 'a.sop'), messy);
        expect(runSop(['format', 'a.sop'], { cwd: work }).status).toBe(0);
        expect(readFileSync(join(work, 'a.sop'), 'utf8')).toBe(tidy);
        expect(readdirSync(work).filter(name => name.endsWith('.tmp'))).toEqual([]);
        expect(runSop(['format', '--check', 'a.sop'], { cwd: work }).status).toBe(0);
    });

    it('keeps CRLF line endings and the byte order mark', () => {
        const crlf = (text: string) => text.replace(/\n/g, '\r\n');
        writeFileSync(join(work, 'windows.sop'), '\uFEFF' + crlf(messy));
        expect(runSop(['format', 'windows.sop'], { cwd: work }).status).toBe(0);
        expect(readFileSync(join(work, 'windows.sop'), 'utf8')).toBe('\uFEFF' + crlf(tidy));
        expect(runSop(['format', '--check', 'windows.sop'], { cwd: work }).status).toBe(0);
    });

    it('leaves a file with syntax errors alone and exits 1', () => {
        const broken = 'sop A "A" {\n langkah a "x" { waktu menit }\n}\n';
        writeFileSync(join(work, 'broken.sop'), broken);
        const result = runSop(['format', 'broken.sop'], { cwd: work });
        expect(result.status).toBe(1);
        expect(result.stderr).toBe('broken.sop: has syntax errors; not formatted (run `sop check`).\n');
        expect(readFileSync(join(work, 'broken.sop'), 'utf8')).toBe(broken);
    });

    it('finds nothing to change in the examples', () => {
        const result = runSop(['format', '--check', examplesRoot]);
        expect(result.stdout).toBe('0 files of 8 would be reformatted\n');
        expect(result.status).toBe(0);
    });
});
