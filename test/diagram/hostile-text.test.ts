/**
 * Whatever a user writes stays text in the diagram: markup, CDATA ends, entities, quotes, control
 * characters (which XML 1.0 forbids), lone surrogates, emoji and right-to-left text. The SVG must
 * parse as strict XML, show the text, and run nothing, in a parser and in Chromium.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutSwimlane, renderSvg } from '../../packages/diagram/src/index.js';
import { buildModel, SopAst } from '../../packages/language/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { buildFiles, createTestServices } from '../support/services.js';
import { parseStrictXml } from '../support/strict-xml.js';

const hostile = {
    id: 'Berbahaya"><script>alert(0)</script>',
    title: '<script>alert("judul")</script> ]]> & "kutip" \'satu\'',
    actor: '</style><script>alert(3)</script>',
    activity: '<img src=x onerror=alert(4)> & lanjut ]]> <![CDATA[x]]> \u0001\u0008\u000B\u001F\uFFFE tab\there',
    label: '<b>lengkap</b> & "ok"',
    emoji: 'Menyetujui 👍🏽 permohonan 🇮🇩',
    rtl: 'مراجعة הבקשה \u202Eterbalik\u202C',
    surrogate: 'potongan \uD800 surrogate \uDFFF',
    waktu: '5 <menit> & "lebih"',
};
/** What XML can carry of a text: characters it forbids become U+FFFD; tab, newline and CR stay. */
const shown = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

const source = `sop Berbahaya "Judul" {
    pelaksana { a "Pemohon" b "Kepala Dinas" }
    langkah awal: a "Mengajukan" { kelengkapan "x" waktu 5 menit output "y" }
    keputusan b "Memeriksa" { kelengkapan "x" waktu 5 menit output "y" "lengkap" -> akhir "kurang" -> awal }
    langkah akhir: a, b "Rapat" { kelengkapan "x" waktu 5 menit output "y" }
    langkah a "Penutup" { kelengkapan "x" waktu 5 menit output "y" }
}
`;

let model: SopModel;
let svg: string;
const hasBrowser = browserAvailable();
let browser: Browser;

beforeAll(async () => {
    const services = createTestServices();
    const [document] = await buildFiles(services, { '/hostile/berbahaya.sop': source });
    const built = buildModel(document.parseResult.value.elements.find(SopAst.isSop)!);
    // The language keeps most of these out of a .sop file; the diagram must not rely on it.
    model = {
        ...built,
        id: hostile.id,
        title: hostile.title,
        actors: [{ id: 'a"<x>', title: hostile.actor }, { id: 'b', title: hostile.rtl }],
        steps: built.steps.map((step, index) => ({
            ...step,
            actors: step.actors.map(actor => actor === 'a' ? 'a"<x>' : actor),
            activity: [hostile.activity, hostile.emoji, hostile.surrogate, hostile.rtl][index],
            waktu: step.waktu && { ...step.waktu, text: hostile.waktu },
        })),
        edges: built.edges.map(edge => edge.label === 'lengkap' ? { ...edge, label: hostile.label } : edge),
    };
    svg = renderSvg(await layoutSwimlane(model));
    if (hasBrowser) browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('hostile text in the diagram', () => {
    it('is well-formed XML with no element but the diagram\'s own', () => {
        const parsed = parseStrictXml(svg);
        expect(parsed.error).toBeNull();
        const names = new Set(parsed.elements.map(element => element.name));
        expect([...names].sort()).toEqual(['defs', 'g', 'marker', 'path', 'polygon', 'rect', 'style', 'svg', 'text', 'title', 'tspan']);
        for (const element of parsed.elements) {
            expect(Object.keys(element.attributes).filter(name => /^on/i.test(name))).toEqual([]);
        }
        expect(parsed.elements[0].attributes['data-sop']).toBe(hostile.id);
        expect(parsed.elements.filter(element => element.attributes['data-lane']).map(element => element.attributes['data-lane'])).toEqual(['a"<x>', 'b']);
        expect(parsed.elements.find(element => element.attributes['data-label']?.startsWith('<b>'))?.attributes['data-label']).toBe(hostile.label);
    });

    it('shows every text as written (forbidden characters as U+FFFD), the full kegiatan in <title>', () => {
        // Text nodes as a strict parser reads them back (the style sheet left out: it is long and ours).
        const texts = parseStrictXml(svg).texts.filter(text => !text.includes('@font-face'));
        const kegiatan = (number: number, activity: string) => `${number}. ${shown(activity.replace(/\s+/g, ' '))}`;
        for (const expected of [hostile.title, hostile.actor, hostile.rtl, hostile.waktu, kegiatan(1, hostile.activity), kegiatan(2, hostile.emoji), kegiatan(3, hostile.surrogate), kegiatan(4, hostile.rtl)]) {
            expect(texts.includes(expected), expected).toBe(true);
        }
        expect(texts.join(' ')).toContain('<b>lengkap</b> &');
        expect(/[\u0001\u0008\u000B\u001F\uFFFE]/.test(svg)).toBe(false);
        expect(/[\uD800-\uDFFF]/u.test(svg)).toBe(false);
        expect(svg.includes('<script')).toBe(false);
        expect(svg.includes('<img')).toBe(false);
    });

    it.skipIf(!hasBrowser)('opens in Chromium as an SVG document, runs nothing and shows the text', async () => {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', dialog => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        try {
            await page.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
            expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
            expect(await page.evaluate(() => document.getElementsByTagName('parsererror').length)).toBe(0);
            expect(await page.evaluate(() => document.querySelectorAll('script, img, foreignObject').length)).toBe(0);
            const titles = await page.evaluate(() => Array.from(document.querySelectorAll('g[data-step] > title')).map(title => title.textContent));
            expect(titles).toContain(`2. ${hostile.emoji}`);
            expect(titles).toContain(`4. ${hostile.rtl}`);
            expect(await page.evaluate(() => document.querySelector('.sop-title')!.textContent)).toBe(hostile.title);
            expect(dialogs).toEqual([]);
        } finally {
            await page.close();
        }
    });
});
