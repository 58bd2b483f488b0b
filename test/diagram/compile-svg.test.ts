/**
 * `sop compile --to svg` as a user runs it: one self-contained diagram per SOP (font and styles
 * inline, no script, nothing fetched), well-formed XML, the light or dark theme, errors reported
 * and not written, and ELK left out of the command's own bundle so that `sop check` never loads it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesRoot } from '../support/examples.js';
import { runSop, sopBin } from '../support/run-cli.js';
import { parseStrictXml } from '../support/strict-xml.js';
import { syntheticSop } from '../support/synthetic-sop.js';

let work: string;

const good = `sop SuratCuti "Pengajuan Surat Cuti" {
    nomor "800/1"
    dibuat 2024-01-08
    efektif 2024-01-15
    disahkan "Kepala Dinas" nama "Drs. Budi" nip "19700101 199503 1 002"
    pelaksana { pemohon "Pemohon" kadis "Kepala Dinas" }
    langkah pemohon "Mengajukan permohonan" { kelengkapan "Formulir" waktu 30 menit output "Surat" }
    keputusan kadis "Memeriksa permohonan" { kelengkapan "Surat" waktu 10 menit output "Disposisi" tidak -> selesai }
    langkah pemohon "Menerima keputusan" { kelengkapan "Disposisi" waktu 5 menit output "Arsip" }
}
`;

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sop-svg-'));
    mkdirSync(join(work, 'mixed'));
    mkdirSync(join(work, 'big'));
    writeFileSync(join(work, 'big', 'besar.sop'), syntheticSop(400, 'Besar', { variety: true }));
    writeFileSync(join(work, 'mixed', 'surat.sop'), good + good.replace('SuratCuti', 'Rusak').replace('waktu 30 menit', 'waktu 30'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function expectSelfContained(svg: string, name: string): void {
    expect(svg, name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" data-sop="/);
    expect(svg, name).not.toMatch(/<script|<foreignObject|\son[a-z]+\s*=/i);
    expect(svg, name).not.toMatch(/(href|src)\s*=\s*"(?!#)/i);
    expect(svg, name).not.toMatch(/url\((?!data:|#)/i);
    expect(svg, name).toContain("@font-face { font-family: 'SopArimo'");
    expect(svg, name).toContain('src: url(data:font/woff2;base64,');
    const parsed = parseStrictXml(svg);
    expect(parsed.error, name).toBeNull();
}

describe('sop compile --to svg', () => {
    it('writes one self-contained, well-formed diagram per example, 29 in all, and links them from the index', () => {
        const out = join(work, 'examples');
        const result = runSop(['compile', examplesRoot, '-o', out, '--to', 'svg'], { cwd: work });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Wrote 29 SOPs (svg)');
        const svgs = readdirSync(out).filter(name => name.endsWith('.svg')).sort();
        expect(svgs).toHaveLength(29);
        expect(readdirSync(out).filter(name => !name.endsWith('.svg'))).toEqual(['index.html']);
        const index = readFileSync(join(out, 'index.html'), 'utf8');
        for (const name of svgs) {
            const svg = readFileSync(join(out, name), 'utf8');
            expectSelfContained(svg, name);
            expect(svg).toContain(`data-sop="${name.replace(/\.svg$/, '')}"`);
            expect(svg).toContain('.sop-theme-light .sop-background { fill: #ffffff; }');
            expect(index).toContain(`href="${name}"`);
        }
    });

    it('draws the dark theme when asked, the same diagram in other colours', () => {
        const light = join(work, 'light');
        const dark = join(work, 'dark');
        expect(runSop(['compile', join(examplesRoot, 'kominfo-simalungun'), '-o', light, '--to', 'svg', '--theme', 'light'], { cwd: work }).status).toBe(0);
        expect(runSop(['compile', join(examplesRoot, 'kominfo-simalungun'), '-o', dark, '--to', 'svg', '--theme', 'dark'], { cwd: work }).status).toBe(0);
        const lightSvg = readFileSync(join(light, 'PengajuanSuratCuti.svg'), 'utf8');
        const darkSvg = readFileSync(join(dark, 'PengajuanSuratCuti.svg'), 'utf8');
        expectSelfContained(darkSvg, 'dark');
        expect(darkSvg).toContain('class="sop-diagram sop-theme-dark"');
        expect(darkSvg).toContain('.sop-theme-dark .sop-background { fill: #1e1e1e; }');
        // Every colour is scoped to its theme's class, so both themes can sit inline in one page.
        const colourRules = darkSvg.match(/^[^\n{]*\{[^}]*#[0-9a-f]{6}[^}]*\}/gim) ?? [];
        expect(colourRules.length).toBeGreaterThan(5);
        for (const rule of colourRules) expect(rule.split('{')[0].split(',').every(selector => selector.trim().startsWith('.sop-theme-dark '))).toBe(true);
        expect(lightSvg).toContain('class="sop-diagram sop-theme-light"');
        const withoutStyle = (svg: string) => svg.replace(/<style>[\s\S]*?<\/style>/, '').replace(/sop-theme-\w+/, '');
        expect(withoutStyle(darkSvg)).toBe(withoutStyle(lightSvg));
    });

    it('writes the SOPs without errors, reports the others and exits 1; html and svg side by side', () => {
        const out = join(work, 'out-mixed');
        const result = runSop(['compile', 'mixed', '-o', out, '--to', 'html,svg'], { cwd: work });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('[duration-missing-unit]');
        expect(result.stderr).toContain('Rusak: not written (1 error).');
        expect(readdirSync(out).sort()).toEqual(['SuratCuti.html', 'SuratCuti.svg', 'index.html']);
        const svg = readFileSync(join(out, 'SuratCuti.svg'), 'utf8');
        expect(svg).toContain('data-from="2" data-to="end" data-label="Tidak"');
        expect(svg).toContain('data-from="2" data-to="3" data-label="Ya"');
    });

    it('documents --to svg and --theme in both languages', () => {
        for (const [lang, words] of [['en', 'swimlane diagram'], ['id', 'diagram swimlane']] as const) {
            const help = runSop(['compile', '--help', '--lang', lang]);
            expect(help.status).toBe(0);
            expect(help.stdout).toContain('[--to html,svg,json,pdf]');
            expect(help.stdout).toContain('--theme light|dark');
            expect(help.stdout).toContain(words);
        }
    });

    it('says on a terminal that it is drawing a big diagram, and draws it cleanly', () => {
        const out = join(work, 'out-big');
        // `script` runs the command on a pseudo-terminal, as a user's shell would.
        const shown = execFileSync('script', ['-qc', `NO_COLOR=1 ${process.execPath} ${sopBin} compile ${join(work, 'big')} -o ${out} --to svg`, '/dev/null'], { encoding: 'utf8' });
        expect(shown).toContain('\r\u001b[K[1/1] Besar: drawing the diagram (400 steps)');
        expect(shown).toContain('Wrote 1 SOP (svg)');
        expect(shown).not.toContain('not clean');
        const svg = readFileSync(join(out, 'Besar.svg'), 'utf8');
        expectSelfContained(svg, 'Besar.svg');
        expect(svg.match(/<g class="sop-node sop-(process|decision)"/g)).toHaveLength(400);
        // Not on a terminal: no progress line.
        const quiet = runSop(['compile', join(work, 'big'), '-o', out, '--to', 'svg']);
        expect(quiet.status).toBe(0);
        expect(quiet.stderr).toBe('');
    });

    it('keeps ELK out of the command bundle: only --to svg loads it', () => {
        // The command is its entry (packages/cli/dist/sop.cjs) and the commands' bundle (commands-*.cjs): read them all.
        const dist = join(sopBin, '../../dist');
        const bundle = readdirSync(dist, { recursive: true }).map(String).filter(name => /\.c?js$/.test(name))
            .map(name => readFileSync(join(dist, name), 'utf8')).join('\n');
        expect(bundle).toContain('elkjs/lib/elk.bundled.js');
        expect(bundle).not.toContain('org.eclipse.elk');
        expect(runSop(['check', examplesRoot]).status).toBe(0);
    });
});
