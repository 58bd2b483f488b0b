/** The document plan without a browser: pagination rules, papers, the identity page's contents. */
import { afterEach, describe, expect, it } from 'vitest';
import { planDocument, renderDocument, RowTooTallError } from '../../packages/document/src/index.js';
import { paginate } from '../../packages/document/src/layout/paginate.js';
import { buildModel, SopAst } from '../../packages/language/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';
import { syntheticSop } from '../support/synthetic-sop.js';

const services = createTestServices();
afterEach(() => clearAll(services));

async function modelOf(source: string): Promise<SopModel> {
    const [document] = await buildFiles(services, { [`/plan/${Math.random().toString(36).slice(2)}.sop`]: source });
    return buildModel(document.parseResult.value.elements.find(SopAst.isSop)!);
}

describe('pagination', () => {
    it('starts a new page at halaman baru, even when the page has room', async () => {
        const source = syntheticSop(6).replace('    keputusan s5:', '    halaman baru\n    keputusan s5:');
        const plan = planDocument(await modelOf(source));
        expect(plan.flowPages.map(page => page.steps)).toEqual([[1, 2, 3, 4], [5, 6]]);
        expect(plan.pageCount).toBe(3);
    });

    it('fills pages with whole rows and keeps room for connectors and the totals', async () => {
        const plan = planDocument(await modelOf(syntheticSop(40)));
        const steps = plan.flowPages.flatMap(page => page.steps);
        expect(steps).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
        const usable = plan.box.contentHeightPx;
        const totals = plan.totals.lines.length * plan.totals.lineHeight + 6;
        for (const page of plan.flowPages) {
            expect(plan.tableTop + page.tableHeight + (page.isLast ? totals : 0)).toBeLessThanOrEqual(usable);
            expect(Boolean(page.frame.topBand)).toBe(page.pageNumber > 2);
            expect(Boolean(page.frame.bottomBand)).toBe(!page.isLast);
        }
    });

    it('puts more rows on the taller F4 page than on A4', async () => {
        const model = await modelOf(syntheticSop(40));
        expect(planDocument(model, { paper: 'f4' }).pageCount).toBeLessThanOrEqual(planDocument(model, { paper: 'a4' }).pageCount);
        expect(planDocument(model, { paper: 'letter' }).paper.label).toBe('Letter');
    });

    it('refuses a step that cannot fit on one page, naming it', async () => {
        const items = Array.from({ length: 120 }, (_, index) => `"Lampiran ${index + 1}"`).join(', ');
        const model = await modelOf(syntheticSop(3).replace('kelengkapan "Berkas 1", "Disposisi"', `kelengkapan ${items}`));
        expect(() => planDocument(model)).toThrow(RowTooTallError);
        try {
            planDocument(model);
        } catch (error) {
            expect((error as RowTooTallError).stepNumber).toBe(2);
        }
    });
});

describe('room for what ends the document', () => {
    const input = { band: 30, available: 500, lastPageFooter: 200 };
    const rows = (heights: number[]) => ({ ...input, heights, pageBreakBefore: heights.map(() => false), stepNumbers: heights.map((_, index) => index + 1) });

    it('keeps the last rows with the closing block when the last page has room for both', () => {
        expect(paginate(rows([100, 100])).map(page => page.rows)).toEqual([[0, 1]]);
    });

    it('moves the last two rows to a new page with the closing block, never splitting the block', () => {
        // Four rows fit a page with a connector band (470), but only two fit with the footer (300).
        const pages = paginate(rows([100, 100, 100, 100]));
        expect(pages.map(page => page.rows)).toEqual([[0, 1], [2, 3]]);
        // Four short rows fit with the footer on the new page, but the page before keeps all it can.
        expect(paginate(rows([90, 90, 90, 90, 90])).map(page => page.rows)).toEqual([[0, 1, 2], [3, 4]]);
        expect(pages.map(page => [page.hasTopBand, page.hasBottomBand])).toEqual([[false, true], [true, false]]);
    });

    it('moves a single row when two would not fit with the closing block, counting the top band', () => {
        // Page 2 holds three rows (440 = 500 - two bands); with the footer and its top band only 270 remain.
        const pages = paginate(rows([400, 140, 140, 140]));
        expect(pages.map(page => page.rows)).toEqual([[0], [1, 2], [3]]);
    });

    it('reserves the closing block on the last page of a real plan', async () => {
        const plan = planDocument(await modelOf(syntheticSop(23)));
        const last = plan.flowPages[plan.flowPages.length - 1];
        const below = 8 + Math.max(plan.totals.lines.length * plan.totals.lineHeight, plan.closing.height);
        expect(plan.tableTop + last.tableHeight + below).toBeLessThanOrEqual(plan.box.contentHeightPx);
        expect(plan.closing.height).toBeGreaterThan(100);
    });
});

describe('total waktu under the last table', () => {
    const sopOf = (first: string, second: string) => `sop Total "Total Waktu" {
    pelaksana { jfu "JFU" kadis "Kepala Dinas" }
    langkah jfu "Menerima surat" { waktu ${first} }
    langkah kadis "Mendisposisikan surat" { waktu ${second} }
}
`;
    const totalsOf = async (source: string) => planDocument(await modelOf(source)).totals.lines.map(line => line.text).join(' ');

    it('names the total once when it is under an hour, and adds the count in minutes when it reads in larger units', async () => {
        expect(await totalsOf(sopOf('10 menit', '20 menit'))).toMatch(/^Total waktu jalur utama: 30 menit\. Konversi/);
        expect(await totalsOf(sopOf('1 jam', '20 menit'))).toMatch(/^Total waktu jalur utama: 1 jam 20 menit \(80 menit\)\. Konversi/);
    });
});

describe('identity page', () => {
    it('prints the signatory with rank and a grouped NIP, dates the Indonesian way, and "-" for what is empty', async () => {
        const html = renderDocument(await modelOf(`instansi umum "Dinas Komunikasi dan Informatika" { pemerintah "Pemerintah Kabupaten Simalungun" unit "Subbagian Umum" }
sop Cuti "Pengajuan Surat Cuti Pegawai" {
    instansi umum
    nomor "800/12/SOP/2024"
    dibuat 2024-01-08
    efektif Februari 2024
    disahkan "Kepala Dinas Komunikasi dan Informatika" nama "Drs. Budi Santoso, M.Si" pangkat "Pembina" nip "197001011995031002"
    pelaksana { a "Pemohon" b "Kepala Dinas" }
    langkah a "Mengajukan"
    langkah b "Menandatangani"
}`));
        const cell = (field: string) => new RegExp(`<td class="value" data-field="${field}">(.*?)</td>`).exec(html)?.[1].replace(/<[^>]+>/g, '');
        expect(cell('nomor')).toBe('800/12/SOP/2024');
        expect(cell('dibuat')).toBe('08 Januari 2024');
        expect(cell('revisi')).toBe('-');
        expect(cell('efektif')).toBe('Februari 2024');
        expect(cell('disahkan')).toBe('Kepala Dinas Komunikasi dan InformatikaDrs. Budi Santoso, M.SiPembinaNIP. 19700101 199503 1 002');
        expect(cell('nama-sop')).toBe('PENGAJUAN SURAT CUTI PEGAWAI');
        expect(html).toContain('PEMERINTAH KABUPATEN SIMALUNGUN');
        expect(/<td data-field="peralatan">.*?<\/td>/.exec(html)?.[0].replace(/<[^>]+>/g, '')).toBe('Peralatan/Perlengkapan:-');
    });

    it('keeps dotted lines to write the agency and unit in by hand when the SOP names none', async () => {
        const unitCell = (html: string) => /<td class="unit"[^>]*>(.*?)<\/td>/.exec(html)?.[1].replace(/<[^>]+>/g, '\n').split('\n').filter(Boolean) ?? [];
        const without = unitCell(renderDocument(await modelOf(syntheticSop(3))));
        expect(without).toHaveLength(2);
        for (const line of without) expect(line).toMatch(/^\.{20,}$/);
        const named = unitCell(renderDocument(await modelOf(`instansi umum "Dinas Komunikasi dan Informatika" { unit "Subbagian Umum" }
sop Satu "Satu Langkah" {
    instansi umum
    pelaksana { a "Pemohon" }
    langkah a "Mengajukan"
}`)));
        expect(named).toEqual(['DINAS KOMUNIKASI DAN INFORMATIKA', 'SUBBAGIAN UMUM']);
    });
});
