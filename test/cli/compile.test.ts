/** `sop compile` as a user runs it: files per SOP, errors, logos, paper, PDF, atomic writes, --watch. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.js';
import { examplesRoot } from '../support/examples.js';
import { runSop, sopBin } from '../support/run-cli.js';

let work: string;
/** A 2×2 red PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
const sop = (id: string, extra = '') => `sop ${id} "Pengajuan ${id}" {
    nomor "800/${id}"
    dibuat 2024-01-08
    efektif 2024-01-15
    disahkan "Kepala Dinas" nama "Drs. Budi" nip "19700101 199503 1 002"
    ${extra}
    pelaksana { pemohon "Pemohon" kadis "Kepala Dinas" }
    langkah pemohon "Mengajukan permohonan" { kelengkapan "Formulir" waktu 30 menit output "Surat" }
    keputusan kadis "Memeriksa permohonan" { kelengkapan "Surat" waktu 10 menit output "Disposisi" tidak -> selesai }
    langkah pemohon "Menerima keputusan" { kelengkapan "Disposisi" waktu 5 menit output "Arsip" }
}
`;

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sop-compile-'));
    for (const folder of ['good', 'mixed', 'logo', 'nologo', 'watch', 'tempat']) mkdirSync(join(work, folder));
    writeFileSync(join(work, 'good', 'surat.sop'), sop('SuratCuti') + sop('SuratIzin'));
    writeFileSync(join(work, 'mixed', 'surat.sop'), sop('Baik') + sop('Rusak').replace('waktu 30 menit', 'waktu 30'));
    writeFileSync(join(work, 'logo', 'instansi.sop'), 'instansi umum "Dinas Kominfo" {\n    pemerintah "Pemerintah Kabupaten Simalungun"\n    logo "lambang.png"\n}\n');
    writeFileSync(join(work, 'logo', 'lambang.png'), PNG);
    writeFileSync(join(work, 'logo', 'surat.sop'), sop('BerLogo', 'instansi umum'));
    writeFileSync(join(work, 'nologo', 'instansi.sop'), 'instansi umum "Dinas Kominfo" {\n    logo "hilang.png"\n}\n');
    writeFileSync(join(work, 'nologo', 'surat.sop'), sop('TanpaLogo', 'instansi umum'));
    writeFileSync(join(work, 'watch', 'surat.sop'), sop('Dipantau'));
    writeFileSync(join(work, 'tempat', 'surat.sop'), sop('Bertempat', 'tempat "Tembilahan"'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const leftovers = (folder: string) => readdirSync(folder).filter(name => name.endsWith('.tmp'));

describe('sop compile', () => {
    it('writes one self-contained HTML file and one JSON model per SOP, named by its id, and an index', () => {
        const out = join(work, 'out-good');
        const result = runSop(['compile', 'good', '-o', out, '--to', 'html,json'], { cwd: work });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Wrote 2 SOPs (html, json)');
        expect(readdirSync(out).sort()).toEqual(['SuratCuti.html', 'SuratCuti.json', 'SuratIzin.html', 'SuratIzin.json', 'index.html']);
        const html = readFileSync(join(out, 'SuratCuti.html'), 'utf8');
        // Self-contained: nothing fetched from anywhere.
        expect(html).not.toMatch(/(src|href)\s*=\s*"(?!data:)/i);
        expect(html).not.toMatch(/url\((?!data:|#)/i);
        expect(html).not.toMatch(/<script/i);
        expect(html).toContain('data-sop="SuratCuti"');
        const model = JSON.parse(readFileSync(join(out, 'SuratCuti.json'), 'utf8'));
        expect(model).toMatchObject({ id: 'SuratCuti', title: 'Pengajuan SuratCuti', totals: { waktu: { min: 45, max: 45 } } });
        expect(model.edges).toEqual([
            { from: 1, to: 2, label: null }, { from: 2, to: 3, label: 'Ya' }, { from: 2, to: 'end', label: 'Tidak' }, { from: 3, to: 'end', label: null },
        ]);
        expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="SuratCuti.html"');
        expect(leftovers(out)).toEqual([]);
    });

    it('carries the place of signing into the JSON model and the closing block of the HTML', () => {
        const out = join(work, 'out-tempat');
        const result = runSop(['compile', 'tempat', '-o', out, '--to', 'html,json'], { cwd: work });
        expect(result.status).toBe(0);
        expect(JSON.parse(readFileSync(join(out, 'Bertempat.json'), 'utf8')).identity.tempat).toBe('Tembilahan');
        const html = readFileSync(join(out, 'Bertempat.html'), 'utf8');
        expect(/data-closing="place-date"[^>]*>(.*?)<\/div><\/div>/.exec(html)?.[1].replace(/<[^>]+>/g, '')).toBe('Tembilahan, 15 Januari 2024');
    });

    it('reports an SOP with errors, does not write it, writes the others, and exits 1', () => {
        const out = join(work, 'out-mixed');
        const result = runSop(['compile', 'mixed', '-o', out], { cwd: work });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('mixed/surat.sop:19:76 error [duration-missing-unit]');
        expect(result.stderr).toContain('[duration-missing-unit]');
        expect(result.stderr).toContain('Rusak: not written (1 error).');
        expect(readdirSync(out).sort()).toEqual(['Baik.html', 'index.html']);
    });

    it('embeds the logo of the instansi', () => {
        const out = join(work, 'out-logo');
        expect(runSop(['compile', 'logo', '-o', out], { cwd: work }).status).toBe(0);
        expect(readFileSync(join(out, 'BerLogo.html'), 'utf8')).toContain(`src="data:image/png;base64,${PNG.toString('base64')}"`);
    });

    it('points at the logo line when the logo cannot be read, and writes nothing for that SOP', () => {
        const out = join(work, 'out-nologo');
        const result = runSop(['compile', 'nologo', '-o', out], { cwd: work });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('nologo/instansi.sop:2:10: The logo hilang.png cannot be read (ENOENT).');
        expect(existsSync(join(out, 'TanpaLogo.html'))).toBe(false);
    });

    it('sizes pages for the paper asked for', () => {
        const out = join(work, 'out-f4');
        expect(runSop(['compile', 'good', '-o', out, '--paper', 'f4'], { cwd: work }).status).toBe(0);
        expect(readFileSync(join(out, 'SuratCuti.html'), 'utf8')).toContain('@page { size: 330mm 215mm; margin: 0; }');
    });

    it('refuses a missing -o, an unknown format, an unknown theme and an unknown paper, writing nothing', () => {
        for (const [args, message] of [
            [['compile', 'good'], 'Say where to write the files with -o DIR.'],
            [['compile', 'good', '-o', 'x', '--to', 'docx'], '--to takes html or svg or json or pdf, not `docx`.'],
            [['compile', 'good', '-o', 'x', '--to', 'svg', '--theme', 'blue'], '--theme takes light or dark, not `blue`.'],
            [['compile', 'good', '-o', 'x', '--paper', 'a3'], '--paper takes a4 or f4 or letter, not `a3`.'],
        ] as const) {
            const result = runSop([...args], { cwd: work });
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr).toContain(message);
        }
        expect(existsSync(join(work, 'x'))).toBe(false);
    });

    it('reports an output folder that cannot be created as an I/O error', () => {
        // A file where the folder should go.
        const result = runSop(['compile', 'good', '-o', 'good/surat.sop/out'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`sop: ${join(work, 'good/surat.sop/out')}: cannot be read or written (ENOTDIR: part of the path is a file, not a folder); nothing half-written was left.\n`);
    });

    it('says clearly when there is no browser to print PDFs, and writes nothing', () => {
        const out = join(work, 'out-nochrome');
        const result = runSop(['compile', 'good', '-o', out, '--to', 'html,pdf', '--chrome', '/nowhere/chromium'], { cwd: work });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sop: --chrome: no browser at /nowhere/chromium. Nothing was written.\n');
        expect(existsSync(out)).toBe(false);
        const fromEnvironment = runSop(['compile', 'good', '-o', out, '--to', 'pdf'], { cwd: work, env: { SOP_CHROME: '/nowhere/chrome' } });
        expect(fromEnvironment.status).toBe(2);
        expect(fromEnvironment.stderr).toContain('SOP_CHROME: no browser at /nowhere/chrome.');
    });

    it.skipIf(!browserAvailable())('prints PDFs with the Chromium it finds, on the chosen paper', () => {
        const out = join(work, 'out-pdf');
        const result = runSop(['compile', 'good/surat.sop', '-o', out, '--to', 'pdf', '--paper', 'f4'], { cwd: work });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const info = execFileSync('pdfinfo', [join(out, 'SuratCuti.pdf')], { encoding: 'utf8' });
        expect(info).toMatch(/Pages:\s+2/);
        // F4 landscape: 330 x 215 mm = 935.4 x 609.4 pt.
        expect(info).toMatch(/Page size:\s+935\.\d+ x 609\.\d+ pts/);
        expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', join(out, 'SuratCuti.pdf'), '-'], { encoding: 'utf8' })).toContain('Mengajukan permohonan');
    });

    it('recompiles what changed with --watch and says so', async () => {
        const out = join(work, 'out-watch');
        const child = spawn(process.execPath, [sopBin, 'compile', 'watch', '-o', out, '--watch'], { cwd: work, env: { ...process.env, LANG: 'C', NO_COLOR: '1' } });
        let output = '';
        child.stdout.on('data', chunk => { output += chunk; });
        child.stderr.on('data', chunk => { output += chunk; });
        const waitFor = async (text: string) => {
            const deadline = Date.now() + 20_000;
            while (!output.includes(text)) {
                if (Date.now() > deadline) throw new Error(`waited for "${text}", got:\n${output}`);
                await new Promise(resolve => setTimeout(resolve, 50));
            }
        };
        try {
            await waitFor('Watching for changes');
            const before = readFileSync(join(out, 'Dipantau.html'), 'utf8');
            writeFileSync(join(work, 'watch', 'surat.sop'), sop('Dipantau').replace('Menerima keputusan', 'Menerima keputusan akhir'));
            await waitFor('wrote Dipantau.html');
            expect(output).toContain('Changed: surat.sop');
            expect(readFileSync(join(out, 'Dipantau.html'), 'utf8')).not.toBe(before);
            expect(readFileSync(join(out, 'Dipantau.html'), 'utf8')).toContain('Menerima keputusan akhir');
            // A change that leaves the document as it was writes nothing.
            writeFileSync(join(work, 'watch', 'surat.sop'), sop('Dipantau').replace('Menerima keputusan', 'Menerima keputusan akhir') + '\n// catatan\n');
            await waitFor('no document changed');
        } finally {
            const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
            child.kill('SIGINT');
            expect(await exited).toBe(0);
        }
    }, 60_000);

    it('shows a progress line on a terminal, and colours there unless NO_COLOR is set', () => {
        // `script` runs the command on a pseudo-terminal, as a user's shell would.
        const onTerminal = (env: string) => execFileSync('script', ['-qc', `${env} ${process.execPath} ${sopBin} compile ${examplesRoot} -o ${join(work, 'out-tty')} --to json`, '/dev/null'], { encoding: 'utf8' });
        const coloured = onTerminal('NO_COLOR=');
        expect(coloured).toContain('\r\u001b[K[1/29] ');
        expect(coloured).toContain('[29/29] ');
        expect(coloured).toContain('\u001b[1mWrote 29 SOPs');
        expect(onTerminal('NO_COLOR=1')).not.toContain('\u001b[1m');
    });

    it('compiles the examples, with no progress line when not on a terminal', () => {
        const out = join(work, 'out-examples');
        const result = runSop(['compile', examplesRoot, '-o', out, '--to', 'json']);
        expect(result.status).toBe(0);
        expect(result.stderr).not.toContain('\r');
        expect(readdirSync(out).filter(name => name.endsWith('.json'))).toHaveLength(29);
    });
});
