/**
 * What a signed SOP prints besides its flowchart, checked in real Chromium on every example and on
 * synthetic SOPs: the running header on every flow page, the closing block on the last page (inside
 * the page, under the table, never split), dotted lines where the signer is not known, "-" in empty
 * Mutu Baku cells; and on screen, pages that fit a narrow window while print keeps the paper's size.
 * Screenshots are kept in test-results/furniture for a reviewer to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocument, renderPlan, type DocumentPlan } from '../../packages/document/src/index.js';
import { formatNip, type SopModel } from '../../packages/model/src/index.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { checkDocumentFurniture } from '../support/document-furniture.js';
import { exampleFiles } from '../support/examples.js';
import { modelsOf } from '../support/services.js';
import { syntheticSop } from '../support/synthetic-sop.js';

const screenshots = join(import.meta.dirname, '../../test-results/furniture');
const hasBrowser = browserAvailable();
let browser: Browser;
let pdfFolder: string;
const models: SopModel[] = [];

/** A signer known by jabatan only: the document must leave lines for the name and NIP. */
const unsigned = `instansi dinas "Dinas Komunikasi dan Informatika" { pemerintah "Pemerintah Kabupaten Indragiri Hilir" unit "Sekretariat" }
sop TandaTanganManual "Penandatanganan Manual" {
    instansi dinas
    nomor "800/7/SOP/2024"
    tempat "Tembilahan"
    dibuat 2024-01-08
    efektif 2024-01-15
    disahkan "Kepala Dinas Komunikasi dan Informatika"
    pelaksana { jfu "JFU" kadis "Kepala Dinas" }
    langkah jfu "Menerima surat" { kelengkapan "Surat" }
    langkah kadis "Mendisposisikan surat" { waktu 5 menit output "Disposisi" }
}
`;

beforeAll(async () => {
    models.push(...await modelsOf({
        ...exampleFiles(),
        '/synthetic/sintetis.sop': syntheticSop(40, 'Sintetis40', { variety: true }),
        '/synthetic/unsigned.sop': unsigned,
    }));
    mkdirSync(screenshots, { recursive: true });
    pdfFolder = mkdtempSync(join(tmpdir(), 'sop-furniture-'));
    if (hasBrowser) {
        browser = await launchChromium();
    }
}, 120_000);

afterAll(async () => {
    await browser?.close();
    rmSync(pdfFolder, { recursive: true, force: true });
});

const DOTS = /\.{8,}$/;
const normalize = (text: string) => text.replace(/\s+/g, '');

async function open(plan: DocumentPlan, width = 1400): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.setContent(renderPlan(plan), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return page;
}

describe('the plan keeps room for the closing block', () => {
    it('on the last page of every example and of synthetic SOPs of 1 to 45 steps', async () => {
        expect(models.length).toBe(31);
        const sources = Array.from({ length: 45 }, (_, index) => syntheticSop(index + 1, `Panjang${index + 1}`));
        const all = [...models, ...await modelsOf(Object.fromEntries(sources.map((source, index) => [`/lengths/${index}.sop`, source])))];
        for (const model of all) {
            const plan = planDocument(model);
            const last = plan.flowPages[plan.flowPages.length - 1];
            const below = 8 + Math.max(plan.totals.lines.length * plan.totals.lineHeight, plan.closing.height);
            expect(plan.tableTop + last.tableHeight + below, `${model.id}: last page`).toBeLessThanOrEqual(plan.box.contentHeightPx);
            expect(plan.flowPages.flatMap(page => page.steps), model.id).toEqual(model.steps.map(step => step.number));
        }
    });
});

describe.skipIf(!hasBrowser)('running header, closing block and Mutu Baku in Chromium', () => {
    it.each(Array.from({ length: 31 }, (_, index) => index))('document %i', async index => {
        const model = models[index];
        const plan = planDocument(model);
        const page = await open(plan);
        try {
            const sections = await page.$$('section.page');
            for (const [sectionIndex, section] of sections.entries()) {
                await section.screenshot({ path: join(screenshots, `${model.id}-${sectionIndex + 1}.png`) });
            }
            const report = await page.evaluate(checkDocumentFurniture);
            expect(report.problems.join('\n'), model.id).toBe('');

            // The running header on every flow page: unit, Nomor SOP and the three dates, "-" where the SOP has none.
            const { identity } = model;
            expect(report.runningHeaders).toHaveLength(plan.flowPages.length);
            for (const header of report.runningHeaders) {
                expect(header.nomor).toBe(`Nomor SOP : ${identity.nomor ?? '-'}`);
                expect(header.dibuat).toBe(`Tanggal Pembuatan : ${identity.dibuat?.text ?? '-'}`);
                expect(header.revisi).toBe(`Tanggal Revisi : ${identity.revisi?.text ?? '-'}`);
                expect(header.efektif).toBe(`Tanggal Efektif : ${identity.efektif?.text ?? '-'}`);
                expect(header.unit).toContain(identity.instansi?.name ?? '-');
            }

            // The closing block on the last page: place, date, jabatan, room to sign, name and NIP or the lines to write them on.
            expect(report.closingPage).toBe(String(plan.pageCount));
            const closing = report.closing!;
            const signer = identity.disahkan;
            expect(closing['place-date']).toMatch(new RegExp(`^(${identity.tempat ?? '\\.{8,}'}), `));
            expect(closing['place-date'].endsWith(`, ${identity.efektif?.text ?? '........................'}`)).toBe(true);
            if (signer) expect(closing.jabatan).toBe(signer.jabatan); else expect(closing.jabatan).toMatch(/^Jabatan : \.{8,}$/);
            if (signer?.nama) expect(closing.nama).toBe(signer.nama); else expect(closing.nama).toMatch(/^Nama : \.{8,}$/);
            if (signer?.nip) expect(closing.nip).toBe(`NIP. ${formatNip(signer.nip)}`); else expect(closing.nip).toMatch(/^NIP : \.{8,}$/);

            // Mutu Baku: what the source says, or "-" where it says nothing.
            for (const row of report.mutuBaku) {
                const step = model.steps[Number(row.step) - 1];
                if (step.kelengkapan.length === 0) expect(row.kelengkapan, `${model.id} step ${row.step}`).toBe('-');
                if (!step.waktu) expect(row.waktu, `${model.id} step ${row.step}`).toBe('-');
                if (step.output.length === 0) expect(row.output, `${model.id} step ${row.step}`).toBe('-');
            }

            // In print too: the closing block on the PDF's last page, and nowhere else.
            const pdfPath = join(pdfFolder, `${model.id}.pdf`);
            writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
            const textOf = (pageNumber: number) => normalize(execFileSync('pdftotext', ['-raw', '-f', String(pageNumber), '-l', String(pageNumber), pdfPath, '-'], { encoding: 'utf8' }));
            expect(textOf(plan.pageCount)).toContain(normalize(closing['place-date']));
            expect(textOf(plan.pageCount)).toContain(normalize(closing.nip));
            for (const flowPage of plan.flowPages) {
                expect(textOf(flowPage.pageNumber), `${model.id} page ${flowPage.pageNumber}`).toContain(normalize(`Nomor SOP : ${identity.nomor ?? '-'}`));
                if (!flowPage.isLast) expect(textOf(flowPage.pageNumber)).not.toContain(normalize(closing['place-date']));
            }
        } finally {
            await page.close();
        }
    }, 120_000);

    it('prints lines to sign by hand for a signer without nama and NIP, on the identity page and in the closing block', async () => {
        const model = models.find(each => each.id === 'TandaTanganManual')!;
        const page = await open(planDocument(model));
        try {
            const signature = await page.$$eval('td.value[data-field="disahkan"] .ln', lines => lines.map(line => line.textContent ?? ''));
            expect(signature[0]).toBe('Kepala Dinas Komunikasi dan Informatika');
            expect(signature.some(line => /^Nama : \.{8,}$/.test(line))).toBe(true);
            expect(signature.some(line => /^NIP : \.{8,}$/.test(line))).toBe(true);
            const report = await page.evaluate(checkDocumentFurniture);
            expect(report.problems).toEqual([]);
            expect(report.closing).toMatchObject({ 'place-date': 'Tembilahan, 15 Januari 2024', jabatan: 'Kepala Dinas Komunikasi dan Informatika' });
            expect(report.closing!.nama).toMatch(DOTS);
            expect(report.closing!.nip).toMatch(DOTS);
            // The dotted lines are really drawn: wide enough to write on.
            const widths = await page.$$eval('[data-closing="nama"] .ln, [data-closing="nip"] .ln', lines => lines.map(line => {
                const range = document.createRange();
                range.selectNodeContents(line);
                return range.getBoundingClientRect().width;
            }));
            for (const width of widths) expect(width).toBeGreaterThan(200);
        } finally {
            await page.close();
        }
    }, 60_000);
});

describe.skipIf(!hasBrowser)('on screen and in print', () => {
    it('fits an 800 px window without horizontal scrolling, and prints at the paper size', async () => {
        const model = models.find(each => each.id === 'Sintetis40')!;
        const plan = planDocument(model);
        const page = await open(plan, 800);
        try {
            const screen = await page.evaluate(() => ({
                scrollWidth: document.documentElement.scrollWidth,
                clientWidth: document.documentElement.clientWidth,
                pages: Array.from(document.querySelectorAll('section.page')).map(section => {
                    const box = section.getBoundingClientRect();
                    return { left: box.left, right: box.right, width: box.width, height: box.height };
                }),
            }));
            expect(screen.scrollWidth).toBeLessThanOrEqual(screen.clientWidth);
            expect(screen.pages).toHaveLength(plan.pageCount);
            for (const box of screen.pages) {
                expect(box.left).toBeGreaterThanOrEqual(0);
                expect(box.right).toBeLessThanOrEqual(screen.clientWidth);
                // Scaled, not cut: the page keeps its proportions and most of the window's width.
                expect(box.width / box.height).toBeCloseTo(plan.box.widthPx / plan.box.heightPx, 2);
                expect(box.width).toBeGreaterThan(screen.clientWidth * 0.9);
            }
            await page.locator('section.page').nth(1).screenshot({ path: join(screenshots, 'screen-800px-page-2.png') });

            await page.emulateMedia({ media: 'print' });
            const printed = await page.$$eval('section.page', sections => sections.map(section => section.getBoundingClientRect()).map(box => ({ width: box.width, height: box.height })));
            for (const box of printed) {
                expect(box.width).toBeCloseTo(plan.box.widthPx, 1);
                expect(box.height).toBeCloseTo(plan.box.heightPx, 1);
            }
        } finally {
            await page.close();
        }
    }, 60_000);

    it('keeps the full paper size on a window wide enough for it', async () => {
        const plan = planDocument(models[0]);
        const page = await open(plan, 1600);
        try {
            const widths = await page.$$eval('section.page', sections => sections.map(section => section.getBoundingClientRect().width));
            for (const width of widths) expect(width).toBeCloseTo(plan.box.widthPx, 1);
        } finally {
            await page.close();
        }
    }, 60_000);
});
