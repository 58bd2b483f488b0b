/** `sop check` as a user runs it: exit codes, output formats, I/O problems, languages. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesRoot } from '../support/examples.js';
import { runSop } from '../support/run-cli.js';

let work: string;
beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sop-check-'));
    mkdirSync(join(work, 'ok'));
    mkdirSync(join(work, 'bad'));
    mkdirSync(join(work, 'linked'));
    // The unit is named on an existing line and declared at the end, so that the positions tested below stay put.
    writeFileSync(join(work, 'ok', 'cuti.sop'), `sop Cuti "Pengajuan Cuti" {
    nomor "800/1" instansi umum
    dibuat 2024-01-08
    efektif 2024-01-15
    disahkan "Kepala Dinas"
    pelaksana { pemohon "Pemohon" kadis "Kepala Dinas" }
    langkah pemohon "Mengajukan permohonan" { kelengkapan "Formulir" waktu 30 menit output "Surat" }
    langkah kadis "Menandatangani" { kelengkapan "Surat" waktu 10 menit }
}
instansi umum "Dinas" { unit "Subbagian Umum" }
`);
    writeFileSync(join(work, 'bad', 'surat.sop'), `sop Surat "Surat Masuk" {
    nomor "1" instansi umum
    dibuat 2024-01-08
    efektif 2024-01-08
    disahkan "Kepala Dinas"
    pelaksana { jfu "JFU" kadis "Kepala Dinas" }
    langkah jfu "Menerima surat" { kelengkapan "Surat" waktu 30 output "Agenda" }
    langkah kasubag "Memeriksa surat" { kelengkapan "Agenda" waktu 5 menit output "Paraf" }
    langkah kadis "Mendisposisikan surat" { kelengkapan "Paraf" waktu 5 menit output "Disposisi" }
}
instansi umum "Dinas" { unit "Subbagian Umum" }
`);
    writeFileSync(join(work, 'linked', 'instansi.sop'), 'instansi umum "Dinas" { unit "Subbagian Umum" }\n');
    writeFileSync(join(work, 'linked', 'surat.sop'), `sop Surat "Surat" {
    instansi umum
    nomor "1" dibuat 2024-01-08 efektif 2024-01-08 disahkan "Kepala Dinas"
    pelaksana { jfu "JFU" kadis "Kepala Dinas" }
    langkah jfu "Menerima surat" { kelengkapan "Surat" waktu 5 menit output "Agenda" }
    langkah kadis "Memeriksa surat" { kelengkapan "Agenda" waktu 5 menit output "Paraf" }
}
`);
    writeFileSync(join(work, 'latin1.sop'), Buffer.concat([Buffer.from('sop A "A" {\n    // Catatan: '), Buffer.from([0x4b, 0x65, 0x70, 0x61, 0x6c, 0x61, 0xe9]), Buffer.from('\n}\n')]));
    writeFileSync(join(work, 'notes.txt'), 'not an SOP');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sop check', () => {
    it('exits 0 on the examples: warnings only', () => {
        const result = runSop(['check', examplesRoot]);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/8 files, 29 SOPs: 0 errors, \d+ warnings\n$/);
    });

    it('exits 1 on errors and shows file:line:column with the line underlined', () => {
        const result = runSop(['check', 'bad'], { cwd: work });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain([
            'bad/surat.sop:7:62 error [duration-missing-unit] Waktu needs a unit, for example `30 menit`.',
            ' 7 |     langkah jfu "Menerima surat" { kelengkapan "Surat" waktu 30 output "Agenda" }',
            '   |                                                              ^^',
        ].join('\n'));
        expect(result.stdout).toContain([
            'bad/surat.sop:8:13 error [unknown-actor] Unknown actor `kasubag`: declare it in `pelaksana`.',
            ' 8 |     langkah kasubag "Memeriksa surat" { kelengkapan "Agenda" waktu 5 menit output "Paraf" }',
            '   |             ^^^^^^^',
        ].join('\n'));
        expect(result.stdout).toMatch(/1 file, 1 SOP: 2 errors, 0 warnings\n$/);
        expect(result.stdout).not.toMatch(/\u001b\[/);
    });

    it('prints one JSON object with 1-based positions', () => {
        const result = runSop(['check', 'bad/surat.sop', '--format', 'json'], { cwd: work });
        expect(result.status).toBe(1);
        expect(JSON.parse(result.stdout)).toEqual({
            files: 1,
            sops: 1,
            diagnostics: [
                { file: 'bad/surat.sop', line: 7, column: 62, endLine: 7, endColumn: 64, severity: 'error', code: 'duration-missing-unit', message: 'Waktu needs a unit, for example `30 menit`.' },
                { file: 'bad/surat.sop', line: 8, column: 13, endLine: 8, endColumn: 20, severity: 'error', code: 'unknown-actor', message: 'Unknown actor `kasubag`: declare it in `pelaksana`.' },
            ],
        });
    });

    it('prints GitHub workflow commands', () => {
        const result = runSop(['check', 'bad', '--format=github', '--lang', 'id'], { cwd: work });
        expect(result.status).toBe(1);
        expect(result.stdout.split('\n')).toEqual([
            '::error file=bad/surat.sop,line=7,col=62,endLine=7,endColumn=64,title=duration-missing-unit::Waktu perlu satuan, misalnya `30 menit`.',
            '::error file=bad/surat.sop,line=8,col=13,endLine=8,endColumn=20,title=unknown-actor::Pelaksana `kasubag` belum dideklarasikan di `pelaksana`.',
            '',
        ]);
    });

    it('speaks Indonesian with --lang id and with an Indonesian LANG', () => {
        expect(runSop(['check', 'bad', '--lang', 'id'], { cwd: work }).stdout).toMatch(/1 berkas, 1 SOP: 2 kesalahan, 0 peringatan\n$/);
        expect(runSop(['check', 'bad'], { cwd: work, env: { LANG: 'id_ID.UTF-8' } }).stdout).toContain('kesalahan [unknown-actor] Pelaksana `kasubag`');
    });

    it('checks the current folder by default', () => {
        const result = runSop(['check'], { cwd: join(work, 'ok') });
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/1 file, 1 SOP: 0 errors, 1 warning\n$/);
        expect(result.stdout).toContain('cuti.sop:8:19 warning [missing-output] Step 2 has no output (Mutu Baku).');
    });

    it('reads the neighbours of a checked file so that references resolve, and reports only that file', () => {
        const result = runSop(['check', 'linked/surat.sop', '--format', 'json'], { cwd: work });
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual({ files: 1, sops: 1, diagnostics: [] });
    });

    it('exits 2 with a clear message for a missing path, and still checks the others', () => {
        const result = runSop(['check', 'nowhere', 'ok'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sop: nowhere: no such file or folder.\n');
        expect(result.stdout).toMatch(/1 file, 1 SOP/);
    });

    it('exits 2 for a file that is not .sop', () => {
        const result = runSop(['check', 'notes.txt'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sop: notes.txt: not a .sop file.\n');
        expect(result.stdout).toBe('');
    });

    it('exits 2 for a file that is not UTF-8, naming the line and column of the bad byte', () => {
        const result = runSop(['check', 'latin1.sop'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sop: latin1.sop:2:23: not UTF-8 text (byte 0xE9); save the file as UTF-8.\n');
    });

    it('exits 2 for an unknown option or value, without a stack trace', () => {
        for (const args of [['check', '--format', 'xml'], ['check', '--colour'], ['check', '--lang', 'fr'], ['check', '--max-actors', 'many'], ['lint']]) {
            const result = runSop(args, { cwd: work });
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toMatch(/^sop: .+\n$/);
            expect(result.stderr).not.toMatch(/\n\s+at /);
        }
    });

    it('takes the lane limit from --max-actors', () => {
        const result = runSop(['check', 'ok', '--max-actors', '1', '--format', 'json'], { cwd: work });
        expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain('too-many-actors');
    });

    it('answers --help and --version', () => {
        expect(runSop(['--version']).stdout).toMatch(/^sop \d+\.\d+\.\d+\n$/);
        const help = runSop(['check', '--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('--format pretty|json|github');
        expect(runSop(['--help']).stdout).toContain('Commands:');
    });

    it('colours only on a terminal and never with NO_COLOR', () => {
        // Not a TTY here: no escape codes even when forced colours are asked for by the environment.
        const result = runSop(['check', 'bad'], { cwd: work, env: { FORCE_COLOR: '1' } });
        expect(result.stdout).not.toMatch(/\u001b\[/);
    });
});
