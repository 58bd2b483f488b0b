/**
 * The extension in a real VS Code (code-server), driven as a user drives it: the .vsix installed,
 * an example opened, the language server's colours, problems and completion, and the exports read
 * back from disk. Screenshots land in test-results/editor/.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Editor, editorAvailable, packageVsix, removeVsix, repositoryRoot } from '../support/code-server.js';

const available = editorAvailable();

const BROKEN_SOP = `sop Rusak "SOP dengan pelaksana tak dikenal" {
    pelaksana {
        pemohon "Pemohon"
        petugas "Petugas"
    }
    langkah pemohon "Mengajukan permohonan" {
        waktu 5 menit
    }
    langkah kasubag "Memeriksa permohonan" {
        waktu 5 menit
    }
}
`;

const COMPLETION_SOP = `sop Lengkapi "Uji pelengkapan" {
    pelaksana {
        pemohon "Pemohon"
        petugas "Petugas"
    }
    langkah pemohon "Mengajukan permohonan" {
        waktu 5 menit
    }

}
`;

describe.skipIf(!available)('the extension in VS Code (code-server)', () => {
    let editor: Editor;
    let vsix: string;
    let startedAt: number;

    beforeAll(async () => {
        startedAt = Date.now();
        vsix = await packageVsix();
        editor = await Editor.start({
            vsix,
            workspaceFrom: join(repositoryRoot, 'examples/kominfo-simalungun'),
            workspaceFiles: { 'rusak.sop': BROKEN_SOP, 'lengkapi.sop': COMPLETION_SOP },
            // Room for one lane only: the setting must reach the server from the start.
            settings: { 'sop.maxActors': 1 },
        });
    });

    afterEach(async ({ task }) => {
        // What the editor showed when a test failed, beside the test's own screenshots.
        if (task.result?.state === 'fail') await editor?.screenshot(`failed-${task.name.replace(/\W+/g, '-')}`);
    });

    afterAll(async () => {
        await editor?.stop();
        if (vsix) await removeVsix(vsix);
        console.log(`editor tests: ${((Date.now() - startedAt) / 1000).toFixed(1)} s from packaging to stop`);
    });

    it('installs the .vsix', () => {
        expect(editor.installOutput).toContain("Extension 'sop-ap-0.1.0.vsix' was successfully installed.");
        expect(readdirSync(editor.extensionsFolder)).toContain('sop-ap.sop-ap-0.1.0');
    });

    it('opens an example as SOP', async () => {
        await editor.openFile('aplikasi-telematika.sop');
        await expect.poll(() => editor.page.locator('#status\\.editor\\.mode').innerText(), { timeout: 30_000 }).toBe('SOP');
        await editor.screenshot('01-example-open');
    });

    it('colours actors and keywords with the server\'s semantic tokens', async () => {
        // Line 17: `    langkah pemilik "Identifikasi Kebutuhan Aplikasi Baru" {`
        const widget = editor.page.locator('.token-inspect-widget');
        await expect.poll(async () => {
            await editor.page.keyboard.press('Escape');
            await editor.goTo(17, 15);
            await editor.runCommand('Developer: Inspect Editor Tokens and Scopes');
            await widget.waitFor();
            return widget.innerText();
        }, { timeout: 30_000, interval: 500 }).toMatch(/semantic token type\s*class/);
        await editor.screenshot('02-semantic-token');
        await editor.page.keyboard.press('Escape');

        const line = editor.page.locator('.view-line', { hasText: 'langkah pemilik "Identifikasi' });
        const colourOf = (text: string) => line.locator('span > span', { hasText: new RegExp(`^${text}$`) }).first()
            .evaluate(span => getComputedStyle(span).color);
        const plain = await editor.page.locator('.monaco-editor .view-lines').first().evaluate(lines => getComputedStyle(lines).color);
        const actor = await colourOf('pemilik');
        const keyword = await colourOf('langkah');
        expect(new Set([plain, actor, keyword]).size, `plain ${plain}, actor ${actor}, keyword ${keyword}`).toBe(3);
    });

    it('shows a squiggle and a Problems entry with its code for a broken file', async () => {
        await editor.openFile('rusak.sop');
        await editor.page.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
        await editor.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const entry = editor.page.locator('.markers-panel .monaco-list-row', { hasText: 'kasubag' });
        await entry.first().waitFor({ timeout: 20_000 });
        expect(await entry.first().innerText()).toContain('unknown-actor');
        await editor.screenshot('03-problems');
    });

    it('passes the setting sop.maxActors to the language server, at start and when it changes', async () => {
        await editor.openFile('rusak.sop');
        await editor.page.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
        // rusak.sop declares two actors: with room for one lane (the setting at start) they do not fit.
        const tooMany = editor.page.locator('.markers-panel .monaco-list-row', { hasText: '2 actors do not fit' });
        await editor.filterProblems('too-many-actors');
        await tooMany.first().waitFor({ timeout: 20_000 });
        await editor.screenshot('04-setting-max-actors');
        await editor.setNumberSetting('sop.maxActors', 'Max Actors', 2);
        await editor.filterProblems('too-many-actors');
        await tooMany.first().waitFor({ state: 'detached', timeout: 20_000 });
        await editor.filterProblems('');
    });

    it('refuses to export a SOP with errors, naming file, line and column', async () => {
        await editor.openFile('rusak.sop');
        await editor.runCommand('SOP: Export HTML');
        const message = editor.page.locator('.notifications-toasts .notification-list-item', { hasText: 'Rusak' });
        await message.first().waitFor({ timeout: 30_000 });
        const text = await message.first().innerText();
        expect(text).toContain('rusak.sop:9:13');
        expect(text).toContain('unknown-actor');
        await editor.screenshot('04-export-refused');
        await editor.runCommand('Notifications: Clear All Notifications');
    });

    it('offers the actor ids in the completion list', async () => {
        await editor.openFile('lengkapi.sop');
        await editor.goTo(9, 1);
        await editor.page.keyboard.type('    langkah ');
        await expect.poll(async () => {
            await editor.page.keyboard.press('Escape');
            await editor.page.keyboard.press('Control+Space');
            const rows = editor.page.locator('.suggest-widget .monaco-list-row');
            await rows.first().waitFor({ timeout: 5_000 }).catch(() => undefined);
            return (await rows.allInnerTexts()).map(text => text.split('\n')[0].trim());
        }, { timeout: 30_000, interval: 500 }).toEqual(expect.arrayContaining(['pemohon', 'petugas']));
        await editor.screenshot('05-completion');
        await editor.page.keyboard.press('Escape');
    });

    it('exports the print-ready HTML of the SOP under the cursor through the save dialog', async () => {
        await editor.openFile('aplikasi-telematika.sop');
        await editor.goTo(100, 5);   // inside PerawatanJaringan, the second SOP of the file
        await editor.runCommand('SOP: Export HTML');
        const rows = editor.page.locator('.quick-input-list .monaco-list-row');
        await rows.filter({ hasText: 'PengembanganAplikasi' }).first().waitFor({ timeout: 30_000 });
        expect(await rows.first().innerText()).toMatch(/^PerawatanJaringan/);
        await editor.screenshot('06-export-pick-list');
        await editor.page.keyboard.press('Enter');
        const target = join(editor.workspace, 'Perawatan.html');
        await answerSaveDialog(editor, 'PerawatanJaringan', target);
        await exported(editor, 'Perawatan.html');
        const html = readFileSync(target, 'utf8');
        expect(html).toContain('<!DOCTYPE html>');
        expect(html).toContain('Perawatan dan Mengatasi');
        expect(html).not.toContain('Pengembangan Aplikasi');
    });

    it('exports the PDF, printed by Chromium', async () => {
        const target = join(editor.workspace, 'PengembanganAplikasi.pdf');
        await exportThroughDialog(editor, 'SOP: Export PDF', 'PengembanganAplikasi', target);
        await exported(editor, 'PengembanganAplikasi.pdf');
        const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
        expect(info).toMatch(/Page size:\s+841\.9\d? x 59[45]\.\d+ pts \(A4\)/);
        expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
        const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
        expect(text).toContain('Pengembangan Aplikasi');
        expect(text).toContain('Halaman 1 dari');
        await editor.screenshot('07-export-pdf');
    });

    it('opens a new SOP from the template', async () => {
        await editor.runCommand('SOP: New SOP File');
        await editor.page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 10_000 });
        await expect.poll(() => editor.page.locator('#status\\.editor\\.mode').innerText(), { timeout: 10_000 }).toBe('SOP');
        await expect.poll(() => editor.visibleText()).toContain('pelaksana {');
        await editor.screenshot('08-new-sop');
    });
});

/** Waits for the extension's confirmation: the file is complete once it is said to be exported. */
async function exported(editor: Editor, fileName: string): Promise<void> {
    await editor.page.locator('.notifications-toasts .notification-list-item', { hasText: `Exported ${fileName}` }).first().waitFor({ timeout: 60_000 });
    await editor.runCommand('Notifications: Clear All Notifications');
}

/** Runs an export command, picks the SOP in the list, and answers the (simple) save dialog. */
async function exportThroughDialog(editor: Editor, command: string, sopId: string, target: string): Promise<void> {
    await editor.openFile('aplikasi-telematika.sop');
    await editor.runCommand(command);
    const input = editor.page.locator('.quick-input-widget input');
    await editor.page.locator('.quick-input-list .monaco-list-row', { hasText: sopId }).first().waitFor({ timeout: 30_000 });
    await input.fill(sopId);
    await editor.page.locator('.quick-input-list .monaco-list-row', { hasText: sopId }).first().waitFor();
    await editor.page.keyboard.press('Enter');
    await answerSaveDialog(editor, sopId, target);
}

/** code-server's save dialog is a quick input holding the proposed path (`<SOP id>.<format>`): type ours over it. */
async function answerSaveDialog(editor: Editor, sopId: string, target: string): Promise<void> {
    const input = editor.page.locator('.quick-input-widget input');
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toMatch(new RegExp(`${sopId}\\.(html|pdf)$`));
    await input.fill(target);
    await editor.page.keyboard.press('Enter');
}
