/**
 * The live preview in a real VS Code (code-server), as a user works with it: open it beside the
 * text, type and see the diagram follow (zoom kept), click a shape and land on its step, move the
 * cursor and see the shape marked, switch files, the Tabel tab, a window reload, export. The time
 * from the last keystroke to the new diagram in the webview is measured and printed (not asserted:
 * this machine is shared). Screenshots land in test-results/editor/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Editor, editorAvailable, packageVsix, repositoryRoot } from '../support/code-server.js';
import { syntheticSop } from '../support/synthetic-sop.js';

const available = editorAvailable();
const STEP_NODE = 'g[data-step]:not([data-step="start"]):not([data-step="end"])';

describe.skipIf(!available)('the live preview in VS Code (code-server)', () => {
    let editor: Editor;
    let preview: FrameLocator;

    const stepNodes = () => preview.locator(`svg[data-sop] ${STEP_NODE}`);
    const scale = () => preview.locator('.canvas').evaluate(canvas => /scale\(([\d.]+)\)/.exec((canvas as HTMLElement).style.transform)?.[1]);
    /** How many diagrams the page has shown so far (a MutationObserver counts replacements). */
    const diagramsShown = () => preview.locator('.canvas').evaluate(canvas => {
        const page = window as unknown as { sopShown?: number[] };
        if (!page.sopShown) {
            page.sopShown = [];
            new MutationObserver(() => page.sopShown!.push(Date.now())).observe(canvas, { childList: true });
        }
        return page.sopShown;
    });

    /** Back to the text after a click in the webview (which keeps the focus, and hides Ln/Col). */
    const focusEditor = async () => {
        await editor.runCommand('View: Focus First Editor Group');
        await editor.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 10_000 });
    };

    beforeAll(async () => {
        editor = await Editor.start({
            vsix: await packageVsix(),
            workspaceFrom: join(repositoryRoot, 'examples/kominfo-simalungun'),
            workspaceFiles: { 'dua-puluh.sop': syntheticSop(20, 'DuaPuluhLangkah') },
        });
        preview = editor.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    });

    afterAll(async () => {
        await editor?.stop();
    });

    it('opens beside the text with one node per step and the contract markup', async () => {
        await editor.openFile('aplikasi-telematika.sop');
        await editor.goTo(17, 5);
        await editor.runCommand('SOP: Open Preview to the Side');
        await preview.locator('svg[data-sop="PengembanganAplikasi"]').waitFor({ timeout: 60_000 });
        await editor.screenshot('10-preview-open');
        expect(await stepNodes().count()).toBe(13);
        expect(await preview.locator('svg[data-sop] g[data-lane]').count()).toBe(5);
        expect(await preview.locator('svg[data-sop] g[data-from][data-to]').count()).toBeGreaterThanOrEqual(13);
        expect(await preview.locator(`${STEP_NODE}[data-step="1"]`).getAttribute('data-line')).toBe('17');
        // The editor keeps the focus: the status bar still shows the cursor.
        await expect.poll(() => editor.page.locator('#status\\.editor\\.selection').innerText()).toContain('Ln 17');
    });

    it('gains a node when a step is typed, and keeps the zoom', async () => {
        await preview.locator('button[data-action="zoom-in"]').click();
        await preview.locator('button[data-action="zoom-in"]').click();
        const zoomed = await scale();
        const label = await preview.locator('.zoom-level').innerText();
        expect(Number(zoomed)).toBeGreaterThan(0);
        await focusEditor();
        await editor.goTo(84, 6);
        await editor.page.keyboard.press('End');
        await editor.page.keyboard.press('Enter');
        await editor.page.keyboard.type('langkah pemilik "Menerima aplikasi yang sudah berjalan');
        await expect.poll(() => editor.visibleText(), { timeout: 10_000 }).toContain('langkah pemilik "Menerima aplikasi yang sudah berjalan"');
        await expect.poll(() => stepNodes().count(), { timeout: 30_000 }).toBe(14);
        // The new step may be scrolled into view (the cursor is in it), but the zoom stays.
        expect(await scale()).toBe(zoomed);
        expect(await preview.locator('.zoom-level').innerText()).toBe(label);
        await editor.screenshot('11-preview-typed');
    });

    it('moves the cursor to the step of a clicked shape and gives the editor the focus', async () => {
        // The whole diagram in view first, as a user would see the shape before clicking it.
        await preview.locator('button[data-action="fit"]').click();
        await preview.locator(`${STEP_NODE}[data-step="5"]`).click();
        await expect.poll(() => editor.page.locator('#status\\.editor\\.selection').innerText(), { timeout: 10_000 }).toContain('Ln 37');
        expect(await editor.page.locator('.editor-group-container.active .monaco-editor.focused').count()).toBe(1);
    });

    it('marks the shape of the step under the cursor', async () => {
        await editor.goTo(47, 9);
        await preview.locator(`${STEP_NODE}[data-step="7"][data-selected="true"]`).waitFor({ timeout: 10_000 });
        expect(await preview.locator('[data-selected="true"]').count()).toBe(1);
        await editor.goTo(22, 9);
        await preview.locator(`${STEP_NODE}[data-step="2"][data-selected="true"]`).waitFor({ timeout: 10_000 });
        await editor.screenshot('12-preview-selected');
    });

    it('shows the SOP under the cursor in a file with several', async () => {
        // Line 97 of the file before the step typed above: the first step of PerawatanJaringan.
        await editor.goTo(98, 9);
        await preview.locator('svg[data-sop="PerawatanJaringan"]').waitFor({ timeout: 10_000 });
        await preview.locator(`${STEP_NODE}[data-step="1"][data-selected="true"]`).waitFor({ timeout: 10_000 });
    });

    it('keeps the last good diagram under a banner while the source has errors', async () => {
        await editor.goTo(98, 20);
        await editor.page.keyboard.type('x'); // `teknisix`: an unknown actor
        await preview.locator('.banner:not([hidden])', { hasText: 'unknown-actor' }).waitFor({ timeout: 30_000 });
        expect(await preview.locator('svg[data-sop="PerawatanJaringan"]').count()).toBe(1);
        await editor.screenshot('13-preview-errors');
        await editor.page.keyboard.press('Backspace');
        await preview.locator('.banner[hidden]').waitFor({ state: 'attached', timeout: 30_000 });
    });

    it('follows the active editor to another .sop file', async () => {
        await editor.openFile('sarana-komunikasi.sop');
        await preview.locator('svg[data-sop="LayananInformasiMediaOnline"]').waitFor({ timeout: 30_000 });
    });

    it('shows the printed document in the Tabel tab', async () => {
        await preview.locator('button[data-tab="table"]').click();
        await preview.locator('section[data-page="identity"]').waitFor({ timeout: 30_000 });
        expect(await preview.locator('section[data-page="flow"]').count()).toBeGreaterThanOrEqual(1);
        await editor.screenshot('14-preview-table');
        await preview.locator('button[data-tab="diagram"]').click();
        await focusEditor();
    });

    it('shows a new diagram soon after the last keystroke (20 steps; printed, not asserted)', async () => {
        await editor.openFile('dua-puluh.sop');
        await preview.locator('svg[data-sop="DuaPuluhLangkah"]').waitFor({ timeout: 30_000 });
        const text = readFileSync(join(editor.workspace, 'dua-puluh.sop'), 'utf8').split('\n');
        const line = text.findIndex(row => row.includes('Memproses berkas tahap 10"')) + 1;
        const column = text[line - 1].indexOf('tahap 10') + 'tahap 10'.length + 1;
        await editor.goTo(line, column);
        const latencies: number[] = [];
        for (let edit = 0; edit < 7; edit++) {
            const before = (await diagramsShown()).length;
            await editor.page.keyboard.type(edit % 2 ? 'b' : ' a');
            const typedAt = Date.now();
            await expect.poll(async () => (await diagramsShown()).length, { timeout: 10_000, interval: 5 }).toBeGreaterThan(before);
            latencies.push((await diagramsShown())[before] - typedAt);
            await editor.page.waitForTimeout(200);
        }
        latencies.sort((a, b) => a - b);
        console.log(`preview: last keystroke → new diagram in the webview, 20 steps: median ${latencies[3]} ms (runs ${latencies.join(', ')} ms)`);
        expect(latencies.length).toBe(7);
    });

    it('comes back after a window reload', async () => {
        await editor.runCommand('File: Save All Files');
        editor.page.once('dialog', dialog => void dialog.accept());
        await editor.runCommand('Developer: Reload Window');
        await editor.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        try {
            await preview.locator('svg[data-sop="DuaPuluhLangkah"]').waitFor({ timeout: 60_000 });
        } finally {
            await editor.screenshot('15-preview-reloaded');
        }
    }, 90_000);

    it('exports the diagram as PNG from the preview\'s toolbar', async () => {
        const target = join(editor.workspace, 'diagram.png');
        await preview.locator('button[data-action="export-png"]').click();
        const input = editor.page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 20_000 }).toMatch(/\.png$/);
        await input.fill(target);
        await editor.page.keyboard.press('Enter');
        await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true);
        const png = readFileSync(target);
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        // Drawn at twice the diagram's size, for print.
        const svgWidth = Number(await preview.locator('svg[data-sop]').getAttribute('width'));
        expect(png.readUInt32BE(16)).toBe(Math.ceil(svgWidth * 2));
        await focusEditor();
    });

    it('exports the diagram as a standalone SVG', async () => {
        await editor.openFile('aplikasi-telematika.sop');
        await editor.goTo(17, 5);
        const target = join(editor.workspace, 'PengembanganAplikasi.svg');
        await editor.runCommand('SOP: Export SVG');
        const input = editor.page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 20_000 }).toMatch(/PengembanganAplikasi\.svg$/);
        await input.fill(target);
        await editor.page.keyboard.press('Enter');
        await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true);
        const svg = readFileSync(target, 'utf8');
        expect(svg).toContain('data-sop="PengembanganAplikasi"');
        expect(svg).toContain('@font-face');
        expect(svg).not.toContain('<script');
    });

    it('never showed a failed request on the way', async () => {
        // The language client turns a request the server fails into a notification; none may appear.
        await editor.runCommand('Notifications: Show Notifications');
        const failures = editor.page.locator('.notifications-center .notification-list-item', { hasText: /Request .* failed|failed\. Message/ });
        expect(await failures.allInnerTexts()).toEqual([]);
    });
});
