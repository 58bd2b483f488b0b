/**
 * The preview page alone in Chromium, under its own Content-Security-Policy, fed the real diagram of
 * an example as the extension feeds it: zoom about the pointer (Ctrl+wheel), pan by dragging and
 * with the wheel, the keyboard, zoom and pan kept across a new diagram, the selected step marked
 * and scrolled into view, clicks reported (drags are not clicks), the error banner, the theme, and a
 * PNG drawn from a standalone SVG at the asked scale. (The page inside VS Code: test/editor.)
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutSwimlane, renderSvg } from '../../packages/diagram/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { fontFaceCss } from '../../packages/document/src/index.js';
import { previewHtml, type FromPreview, type ToPreview } from '../../packages/preview/src/index.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { diagramModels } from '../support/diagram-models.js';

const available = browserAvailable();
const dist = join(import.meta.dirname, '../../packages/preview/dist');
const STEP_NODE = 'g[data-step]:not([data-step="start"]):not([data-step="end"])';

describe.skipIf(!available)('the preview page in Chromium', () => {
    let server: Server;
    let origin: string;
    let browser: Browser;
    let page: Page;
    let model: SopModel;
    let svg: string;

    const post = (message: ToPreview) => page.evaluate(data => window.postMessage(data, '*'), message);
    const sent = () => page.evaluate(() => (window as unknown as { sent: FromPreview[] }).sent);
    const transform = () => page.locator('.canvas').evaluate(canvas => {
        const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec((canvas as HTMLElement).style.transform)!;
        return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
    });

    beforeAll(async () => {
        const { examples } = await diagramModels();
        model = examples.find(candidate => candidate.id === 'PengembanganAplikasi')!;
        svg = renderSvg(await layoutSwimlane(model), { standalone: false });
        server = createServer((request, response) => {
            const file = request.url === '/preview.js' ? 'preview.js' : request.url === '/preview.css' ? 'preview.css' : undefined;
            if (file) {
                response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/css' });
                response.end(readFileSync(join(dist, file)));
                return;
            }
            response.writeHead(200, { 'content-type': 'text/html' });
            response.end(previewHtml({
                cspSource: origin, nonce: 'testnonce123', fontCss: fontFaceCss(), scriptUri: `${origin}/preview.js`, styleUri: `${origin}/preview.css`, lang: 'id',
                strings: { diagram: 'Diagram', table: 'Tabel', zoomIn: 'Perbesar', zoomOut: 'Perkecil', actualSize: '100 %', fit: 'Muat', exportSvg: 'SVG', exportPng: 'PNG', errorsBanner: 'Sumber masih berisi kesalahan', waiting: 'Menggambar…' },
            }));
        });
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
        browser = await launchChromium();
        page = await browser.newPage({ viewport: { width: 900, height: 700 } });
        // VS Code's webview API, as the page sees it: messages and state, recorded for the test.
        await page.addInitScript(() => {
            const recorder = window as unknown as { sent: unknown[]; state: unknown };
            recorder.sent = [];
            (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
                postMessage: (message: unknown) => recorder.sent.push(message),
                getState: () => recorder.state,
                setState: (state: unknown) => { recorder.state = state; },
            });
        });
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => (window as unknown as { sent: Array<{ type: string }> }).sent.some(message => message.type === 'ready'));
        await post({ type: 'diagram', uri: 'file:///a.sop', version: 1, sopId: model.id, title: model.title, svg });
        await page.locator(`svg[data-sop="${model.id}"]`).waitFor();
    });

    afterAll(async () => {
        await browser?.close();
        server?.close();
    });

    it('shows the diagram fitted to the width, one node per step', async () => {
        expect(await page.locator(STEP_NODE).count()).toBe(model.steps.length);
        const box = (await page.locator('svg[data-sop]').boundingBox())!;
        const viewport = (await page.locator('.viewport').boundingBox())!;
        expect(box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.width).toBeGreaterThan(viewport.width * 0.8);
    });

    it('draws the text in the font it was measured with', async () => {
        expect(await page.evaluate(async () => (await document.fonts.load('12px SopArimo')).length)).toBeGreaterThan(0);
        expect(await page.locator('.sop-node-text').first().evaluate(text => getComputedStyle(text).fontFamily)).toMatch(/^SopArimo/);
    });

    it('zooms about the pointer with Ctrl+wheel, keeping the point under it in place', async () => {
        const node = page.locator(`${STEP_NODE}[data-step="3"]`);
        const before = (await node.boundingBox())!;
        const pointer = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
        await page.mouse.move(pointer.x, pointer.y);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -300);
        await page.keyboard.up('Control');
        const after = (await node.boundingBox())!;
        expect(after.width / before.width).toBeGreaterThan(1.5);
        expect(Math.abs(after.x + after.width / 2 - pointer.x)).toBeLessThan(2);
        expect(Math.abs(after.y + after.height / 2 - pointer.y)).toBeLessThan(2);
    });

    it('pans by dragging the background and with the wheel, and a drag is not a click', async () => {
        const start = await transform();
        const viewport = (await page.locator('.viewport').boundingBox())!;
        await page.mouse.move(viewport.x + 20, viewport.y + viewport.height - 20);
        await page.mouse.down();
        await page.mouse.move(viewport.x + 120, viewport.y + viewport.height - 60, { steps: 5 });
        await page.mouse.up();
        const dragged = await transform();
        expect(dragged.x - start.x).toBeCloseTo(100, 0);
        expect(dragged.y - start.y).toBeCloseTo(-40, 0);
        expect(dragged.zoom).toBe(start.zoom);
        await page.mouse.wheel(0, 50);
        expect((await transform()).y).toBeCloseTo(dragged.y - 50, 0);
        expect((await sent()).filter(message => message.type === 'reveal')).toEqual([]);
    });

    it('answers the keyboard: +, -, 0 for 100 %, F to fit', async () => {
        await page.locator('.viewport').focus();
        const before = (await transform()).zoom;
        await page.keyboard.press('+');
        expect((await transform()).zoom).toBeCloseTo(before * 1.25, 3);
        await page.keyboard.press('-');
        expect((await transform()).zoom).toBeCloseTo(before, 3);
        await page.keyboard.press('0');
        expect((await transform()).zoom).toBe(1);
        expect(await page.locator('.zoom-level').innerText()).toBe('100 %');
        await page.keyboard.press('f');
        const fitted = (await page.locator('svg[data-sop]').boundingBox())!;
        const viewport = (await page.locator('.viewport').boundingBox())!;
        expect(fitted.height).toBeLessThanOrEqual(viewport.height);
        expect(fitted.y).toBeGreaterThanOrEqual(viewport.y);
    });

    it('keeps zoom and pan when a new diagram arrives', async () => {
        await page.locator('button[data-action="zoom-in"]').click();
        const before = await transform();
        const longer = { ...model, steps: model.steps.map(step => step.number === 2 ? { ...step, activity: `${step.activity} dan memeriksanya kembali` } : step) };
        await post({ type: 'diagram', uri: 'file:///a.sop', version: 2, sopId: model.id, title: model.title, svg: renderSvg(await layoutSwimlane(longer), { standalone: false }) });
        await expect.poll(() => page.locator('svg[data-sop] title').first().textContent()).toBeTruthy();
        await expect.poll(() => page.locator(`${STEP_NODE}[data-step="2"] title`).textContent()).toContain('memeriksanya kembali');
        expect(await transform()).toEqual(before);
    });

    it('marks the selected step and scrolls it into view when it is hidden', async () => {
        await page.locator('.viewport').focus();
        await page.keyboard.press('0');
        for (let press = 0; press < 3; press++) await page.keyboard.press('+');
        await post({ type: 'select', step: model.steps.length });
        const node = page.locator(`${STEP_NODE}[data-step="${model.steps.length}"][data-selected="true"]`);
        await node.waitFor();
        const box = (await node.boundingBox())!;
        const viewport = (await page.locator('.viewport').boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(viewport.y);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.y + viewport.height);
        expect(await page.locator('[data-selected="true"]').count()).toBe(1);
        await post({ type: 'select', step: null });
        await expect.poll(() => page.locator('[data-selected="true"]').count()).toBe(0);
    });

    it('reports a click on a shape with its step and source line', async () => {
        await page.keyboard.press('f');
        await page.locator(`${STEP_NODE}[data-step="4"]`).click();
        const reveal = (await sent()).filter(message => message.type === 'reveal');
        expect(reveal).toEqual([{ type: 'reveal', step: 4, line: model.steps[3].line }]);
    });

    it('shows errors in a banner over the last good diagram, each one a link to its place', async () => {
        await post({ type: 'problems', sopId: model.id, problems: [{ line: 12, column: 5, message: 'Pelaksana `kasubag` belum dideklarasikan <b>x</b>', code: 'unknown-actor' }] });
        const banner = page.locator('.banner:not([hidden])');
        await banner.waitFor();
        expect(await banner.innerText()).toContain('Pelaksana `kasubag` belum dideklarasikan <b>x</b>');
        expect(await page.locator('svg[data-sop]').count()).toBe(1);
        await banner.locator('a').click();
        expect((await sent()).filter(message => message.type === 'revealLine')).toEqual([{ type: 'revealLine', line: 12, column: 5 }]);
        await post({ type: 'problems', sopId: model.id, problems: [] });
        await page.locator('.banner[hidden]').waitFor({ state: 'attached' });
    });

    it('takes the fixed light and dark palettes, and VS Code\'s high contrast', async () => {
        const laneBorder = () => page.locator('.sop-lane-band').first().evaluate(band => getComputedStyle(band).stroke);
        await post({ type: 'theme', theme: 'dark' });
        await expect.poll(laneBorder).toBe('rgb(90, 90, 90)');
        await post({ type: 'theme', theme: 'light' });
        await expect.poll(laneBorder).toBe('rgb(154, 154, 154)');
        await page.evaluate(() => document.body.classList.add('vscode-high-contrast'));
        expect(await page.locator('.sop-shape').first().evaluate(shape => getComputedStyle(shape).strokeWidth)).toBe('2px');
        await page.evaluate(() => document.body.classList.remove('vscode-high-contrast'));
    });

    it('draws a PNG of a standalone SVG at the asked scale', async () => {
        const standalone = renderSvg(await layoutSwimlane(model), { standalone: true });
        const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(standalone)!.map(Number);
        await post({ type: 'rasterize', requestId: 7, svg: standalone, scale: 2 });
        await expect.poll(async () => (await sent()).some(message => message.type === 'rasterized'), { timeout: 10_000 }).toBe(true);
        const answer = (await sent()).find(message => message.type === 'rasterized') as Extract<FromPreview, { type: 'rasterized' }>;
        expect(answer.requestId).toBe(7);
        expect(answer.dataUrl).toMatch(/^data:image\/png;base64,/);
        const png = Buffer.from(answer.dataUrl!.split(',')[1], 'base64');
        expect(png.readUInt32BE(16)).toBe(Math.ceil(width * 2));
        expect(png.readUInt32BE(20)).toBe(Math.ceil(height * 2));
    });

    it('refuses anything but a well-formed SVG and keeps the diagram it has', async () => {
        await post({ type: 'diagram', uri: 'file:///a.sop', version: 3, sopId: model.id, title: model.title, svg: '<svg><g data-step="1"></svg' });
        await post({ type: 'diagram', uri: 'file:///a.sop', version: 4, sopId: model.id, title: model.title, svg: '<html><script>window.hacked = 1</script></html>' });
        await page.waitForTimeout(100);
        expect(await page.locator(STEP_NODE).count()).toBe(model.steps.length);
        expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    });
});
