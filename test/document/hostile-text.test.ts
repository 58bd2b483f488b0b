/**
 * Whatever a user writes is shown as text and never runs: strings that look like markup compile
 * to inert, literally shown text. The page is opened without its Content-Security-Policy, so that
 * only escaping stands between these strings and a running script.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../packages/document/src/index.js';
import { buildModel, SopAst } from '../../packages/language/src/index.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { buildFiles, createTestServices } from '../support/services.js';

const hostile = {
    title: '<script>alert("judul")</script>',
    nomor: '"><img src=x onerror=alert(1)>',
    unit: '<svg onload=alert(2)>',
    actor: '</style><script>alert(3)</script>',
    activity: '<script>alert(4)</script> & lanjut',
    kelengkapan: '"><img src=x onerror=alert(5)>',
    output: '</style>',
    keterangan: '&amp;',
    label: '<b>lengkap</b>',
    dasarHukum: '<iframe src="javascript:alert(6)"></iframe>',
    tempat: '<img src=y onerror=alert(7)>',
    jabatan: '</div><script>alert(8)</script>',
};
const quoted = (text: string) => JSON.stringify(text);

const source = `instansi umum ${quoted(hostile.unit)} { pemerintah ${quoted(hostile.unit)} }
sop Berbahaya ${quoted(hostile.title)} {
    instansi umum
    nomor ${quoted(hostile.nomor)}
    tempat ${quoted(hostile.tempat)}
    disahkan ${quoted(hostile.jabatan)}
    dasar hukum { ${quoted(hostile.dasarHukum)} }
    pelaksana { a ${quoted(hostile.actor)} b "Kepala Dinas" }
    langkah awal: a ${quoted(hostile.activity)} {
        kelengkapan ${quoted(hostile.kelengkapan)}
        waktu 5 menit
        output ${quoted(hostile.output)}
        keterangan ${quoted(hostile.keterangan)}
    }
    keputusan b "Memeriksa" {
        ${quoted(hostile.label)} -> akhir
        "kurang" -> awal
    }
    langkah akhir: a "Selesai"
}
`;

const hasBrowser = browserAvailable();
let browser: Browser;
let html: string;

beforeAll(async () => {
    const services = createTestServices();
    const [document] = await buildFiles(services, { '/hostile/berbahaya.sop': source });
    expect((document.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    html = renderDocument(buildModel(document.parseResult.value.elements.find(SopAst.isSop)!));
    if (hasBrowser) browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('hostile text', () => {
    it('is escaped in the HTML source', () => {
        expect(html).not.toContain('<script>');
        expect(html).not.toContain('<img src=x');
        expect(html).not.toContain('<img src=y');
        expect(html).not.toContain('<iframe');
        expect(html).not.toContain('<svg onload');
        expect(html).not.toContain('</style><script>');
        expect(html).toContain('&lt;script&gt;alert(4)&lt;/script&gt; &amp; lanjut');
        expect(html).toContain('&amp;amp;');
    });

    it.skipIf(!hasBrowser)('runs nothing and shows every string literally in Chromium', async () => {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
        try {
            await page.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), { waitUntil: 'load' });
            await page.waitForTimeout(200);
            expect(dialogs).toEqual([]);
            const elements = await page.evaluate(() => ({
                scripts: document.querySelectorAll('script').length,
                images: document.querySelectorAll('img').length,
                iframes: document.querySelectorAll('iframe').length,
                handlers: document.querySelectorAll('[onload], [onerror]').length,
                bold: document.querySelectorAll('b').length,
                text: document.body.innerText.replace(/\s+/g, ''),
                svgText: Array.from(document.querySelectorAll('svg text')).map(node => node.textContent).join('|'),
                title: document.title,
            }));
            expect(elements).toMatchObject({ scripts: 0, images: 0, iframes: 0, handlers: 0, bold: 0 });
            for (const text of [hostile.nomor, hostile.actor, hostile.activity, hostile.kelengkapan, hostile.output, hostile.keterangan, hostile.dasarHukum, hostile.title.toUpperCase(), hostile.tempat, hostile.jabatan]) {
                expect(elements.text, text).toContain(text.replace(/\s+/g, ''));
            }
            expect(elements.svgText).toContain(hostile.label);
            expect(elements.title).toBe(`SOP ${hostile.title}`);
        } finally {
            await page.close();
        }
    });
});
