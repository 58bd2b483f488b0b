/** The compiler's text widths are Chromium's: the embedded font measured both ways agrees. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureText } from '../../packages/document/src/index.js';
import { fontFaceCss, FONT_FAMILY } from '../../packages/document/src/fonts/text-metrics.js';
import { browserAvailable, launchChromium } from '../support/browser.js';

const samples = [
    'Menyerahkan SPP – LS pembayaran barang dan jasa beserta Dokumen lain kepada PPK - SKPD',
    'Kasubbag Umum', 'WWWWW iiiii', 'Surat “penting” • 1–2 jam ² °', 'AVA To Ty', 'Penandatanganan berkas',
];
const hasBrowser = browserAvailable();
let browser: Browser;
beforeAll(async () => { if (hasBrowser) browser = await launchChromium(); });
afterAll(async () => browser?.close());

describe.skipIf(!hasBrowser)('font metrics', () => {
    it('match Chromium to a hundredth of a pixel, regular and bold', async () => {
        const page = await browser.newPage();
        await page.setContent(`<style>${fontFaceCss()} span { font-family: '${FONT_FAMILY}'; white-space: pre; font-kerning: none; font-variant-ligatures: none; }</style>`
            + samples.map((text, index) => `<div><span id="r${index}" style="font-size:12px">${text}</span></div><div><span id="b${index}" style="font-size:10.5px;font-weight:700">${text}</span></div>`).join(''));
        await page.evaluate(() => document.fonts.ready);
        for (const [index, text] of samples.entries()) {
            const regular = await page.$eval(`#r${index}`, element => element.getBoundingClientRect().width);
            const bold = await page.$eval(`#b${index}`, element => element.getBoundingClientRect().width);
            expect(Math.abs(regular - measureText(text, { size: 12, weight: 400 })), text).toBeLessThan(0.05);
            expect(Math.abs(bold - measureText(text, { size: 10.5, weight: 700 })), text).toBeLessThan(0.05);
        }
        await page.close();
    });
});
