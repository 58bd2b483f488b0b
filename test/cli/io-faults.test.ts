/**
 * The command line when the disk says no: every fault is a clear message naming the path, exit
 * status 2, and nothing half-written (no partial file, no temporary file left behind).
 *
 * Tests often run as root, which reads anything: a file of mode 000 is then read by the command
 * run as the unprivileged `nobody` (spawn's uid/gid), so the permission is really checked.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesRoot } from '../support/examples.js';
import { runSop, sopBin } from '../support/run-cli.js';

let work: string;
let unprivilegedBin: string;
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/**
 * Runs `sop` as a user the file permissions apply to: `nobody` when the tests run as root. It runs
 * a copy of the built command inside the work folder, because the repository itself may lie in a
 * folder only root can enter (a clone in a fresh `mktemp -d`).
 */
function runSopUnprivileged(args: string[]) {
    const result = spawnSync(process.execPath, [unprivilegedBin, ...args], {
        cwd: work, encoding: 'utf8', timeout: 60_000,
        env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '' },
        ...(isRoot && { uid: NOBODY, gid: NOBODY }),
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sop = (id: string) => `sop ${id} "Pengajuan ${id}" {
    nomor "800/${id}"
    dibuat 2024-01-08
    efektif 2024-01-15
    disahkan "Kepala Dinas" nama "Drs. Budi" nip "19700101 199503 1 002"
    pelaksana { pemohon "Pemohon" kadis "Kepala Dinas" }
    langkah pemohon "Mengajukan permohonan" { kelengkapan "Formulir" waktu 30 menit output "Surat" }
    keputusan kadis "Memeriksa permohonan" { kelengkapan "Surat" waktu 10 menit output "Disposisi" tidak -> selesai }
}
`;

/** Every file below `folder` whose name says it is a temporary file of ours. */
function leftovers(folder: string): string[] {
    return readdirSync(folder, { recursive: true }).map(String).filter(name => name.endsWith('.tmp'));
}

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sop-io-faults-'));
    // `nobody` must be able to walk into the work folder (mkdtemp makes it 0700).
    chmodSync(work, 0o755);
    const cli = dirname(dirname(sopBin));
    for (const part of ['package.json', 'bin', 'dist']) {
        cpSync(join(cli, part), join(work, 'command', part), { recursive: true });
    }
    unprivilegedBin = join(work, 'command', 'bin', 'sop.js');
    mkdirSync(join(work, 'empty'));
    writeFileSync(join(work, 'empty', 'catatan.txt'), 'bukan SOP\n');
    mkdirSync(join(work, 'good'));
    writeFileSync(join(work, 'good', 'surat.sop'), sop('SuratCuti'));
    mkdirSync(join(work, 'locked'));
    writeFileSync(join(work, 'locked', 'rahasia.sop'), sop('Rahasia'));
    chmodSync(join(work, 'locked', 'rahasia.sop'), 0o000);
    // "Pengajuan " then the Latin-1 byte of "é": saved from an old editor, not as UTF-8.
    writeFileSync(join(work, 'latin1.sop'), Buffer.concat([Buffer.from('sop A "Caf'), Buffer.from([0xe9]), Buffer.from('" {}\n')]));
    writeFileSync(join(work, 'a-file'), 'not a folder\n');
    mkdirSync(join(work, 'read-only'));
    chmodSync(join(work, 'read-only'), 0o555);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sop and input that cannot be read', () => {
    it('names a path that does not exist', () => {
        const result = runSop(['check', 'hilang.sop'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('hilang.sop: no such file or folder.');
    });

    it('says when a folder holds no .sop files', () => {
        const result = runSop(['check', 'empty'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('empty: no .sop files found.');
    });

    it('says which file cannot be read, and why, whether named or found in a folder', () => {
        for (const path of ['locked/rahasia.sop', 'locked']) {
            const result = runSopUnprivileged(['check', path]);
            expect(result.status).toBe(2);
            expect(result.stderr).toContain('locked/rahasia.sop: cannot be read (EACCES: permission denied).');
            expect(result.stderr).not.toMatch(/Internal error|\n\s+at /);
        }
    });

    it('points at the first byte that is not UTF-8', () => {
        const result = runSop(['check', 'latin1.sop'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('latin1.sop:1:11: not UTF-8 text (byte 0xE9); save the file as UTF-8.');
    });

    it('writes nothing when an input cannot be read', () => {
        const out = join(work, 'out-unreadable');
        const result = runSop(['compile', 'latin1.sop', '-o', out], { cwd: work });
        expect(result.status).toBe(2);
        expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    });
});

describe('sop compile and output that cannot be written', () => {
    it('says when the output folder cannot be created because a file is in its path', () => {
        const result = runSop(['compile', 'good', '-o', 'a-file/sub'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`${join(work, 'a-file/sub')}: cannot be read or written (ENOTDIR: part of the path is a file, not a folder)`);
        expect(readFileSync(join(work, 'a-file'), 'utf8')).toBe('not a folder\n');
    });

    it('says when the output folder is not writable', () => {
        const result = runSopUnprivileged(['compile', 'good', '-o', 'read-only']);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`${join(work, 'read-only', 'SuratCuti.html')}: cannot be read or written (EACCES: permission denied)`);
        expect(readdirSync(join(work, 'read-only'))).toEqual([]);
    });

    it('says when the output path is a file, and leaves the file alone', () => {
        const result = runSop(['compile', 'good', '-o', 'a-file'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`${join(work, 'a-file')}: cannot be read or written (EEXIST: a file of that name is in the way)`);
        expect(readFileSync(join(work, 'a-file'), 'utf8')).toBe('not a folder\n');
    });

    it('says when a folder stands where a document goes, and leaves no temporary file', () => {
        const out = join(work, 'out-folder-in-the-way');
        mkdirSync(join(out, 'SuratCuti.html'), { recursive: true });
        const result = runSop(['compile', 'good', '-o', out], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`${join(out, 'SuratCuti.html')}: cannot be read or written (EISDIR: it is a folder)`);
        expect(leftovers(out)).toEqual([]);
    });

    it('stops on a full disk with the file it could not write; every file left is whole', () => {
        const reference = join(work, 'out-reference');
        expect(runSop(['compile', examplesRoot, '-o', reference]).status).toBe(0);
        const full = join(work, 'full');
        mkdirSync(full);
        // A real 64 KB file system where the machine allows it (root); otherwise the write helper's
        // simulated ENOSPC, raised after the temporary file is written.
        const mounted = isRoot && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]).status === 0;
        try {
            const out = join(full, 'out');
            const result = runSop(['compile', examplesRoot, '-o', out], { env: mounted ? {} : { SOP_TEST_WRITE_ERROR: 'ENOSPC' } });
            expect(result.status).toBe(2);
            expect(result.stderr).toMatch(new RegExp(`${out.replace(/[/.]/g, '\\$&')}/\\w+\\.html: cannot be read or written \\(ENOSPC: the disk is full\\)`));
            expect(result.stderr).not.toContain('Internal error');
            expect(leftovers(out)).toEqual([]);
            // What was written before the disk filled up is complete, byte for byte.
            for (const name of readdirSync(out)) {
                expect(readFileSync(join(out, name)).equals(readFileSync(join(reference, name))), name).toBe(true);
            }
        } finally {
            if (mounted) spawnSync('umount', [full]);
        }
    });
});
