/**
 * With Indonesian as VS Code's display language, the extension speaks Indonesian everywhere: its
 * command titles (package.nls.id.json), its own messages (l10n bundle) and the language server's
 * diagnostics (the client passes the display language as the server's locale).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Editor, editorAvailable, packageVsix, removeVsix, repositoryRoot } from '../support/code-server.js';

const available = editorAvailable();

const BROKEN_SOP = `sop Rusak "SOP dengan pelaksana tak dikenal" {
    pelaksana {
        pemohon "Pemohon"
    }
    langkah kasubag "Memeriksa permohonan" {
        waktu 5 menit
    }
}
`;

describe.skipIf(!available)('the extension in Indonesian', () => {
    let editor: Editor;
    let vsix: string;

    beforeAll(async () => {
        vsix = await packageVsix();
        editor = await Editor.start({
            vsix,
            indonesian: true,
            workspaceFrom: join(repositoryRoot, 'examples/kominfo-simalungun'),
            workspaceFiles: { 'rusak.sop': BROKEN_SOP },
        });
    });

    afterAll(async () => {
        await editor?.stop();
        if (vsix) await removeVsix(vsix);
    });

    it('shows the command titles in Indonesian', async () => {
        await editor.openFile('aplikasi-telematika.sop');
        const titles = ['SOP: Buka Pratinjau', 'SOP: Buka Pratinjau di Samping', 'SOP: Ekspor HTML', 'SOP: Ekspor PDF', 'SOP: Ekspor SVG', 'SOP: Berkas SOP Baru'];
        const rows = editor.page.locator('.quick-input-list .monaco-list-row');
        for (const title of titles) {
            // Typed again on every try: on a loaded machine the palette may filter before the editor's
            // context (a .sop file) reaches it, and list only the commands that need none.
            await expect.poll(async () => {
                await editor.page.keyboard.press('Escape');
                await editor.page.locator('.monaco-editor .view-lines').first().click();
                await editor.page.keyboard.press('F1');
                await editor.page.locator('.quick-input-widget input').fill(`>${title}`);
                await rows.first().waitFor();
                // Each row shows the title, then VS Code's English original as an alias.
                return (await rows.allInnerTexts()).map(text => text.split('\n')[0].trim());
            }, { timeout: 20_000, interval: 1000 }).toContain(title);
            if (title === 'SOP: Ekspor PDF') await editor.screenshot('id-01-command-titles');
            await editor.page.keyboard.press('Escape');
        }
    });

    it('shows its own messages in Indonesian, in the preview too', async () => {
        await editor.openFile('rusak.sop');
        await editor.runCommand('SOP: Buka Pratinjau di Samping');
        await editor.page.locator('.tab', { hasText: 'Pratinjau rusak.sop' }).waitFor({ timeout: 20_000 });
        const preview = editor.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
        await preview.locator('.banner:not([hidden])', { hasText: 'Sumber masih berisi kesalahan' }).waitFor({ timeout: 30_000 });
        expect(await preview.locator('button[data-tab="table"]').innerText()).toBe('Tabel');
        await editor.screenshot('id-03-preview');
        await editor.runCommand('View: Close All Editors');
    });

    it('shows the language server\'s diagnostics in Indonesian', async () => {
        await editor.openFile('rusak.sop');
        await editor.page.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
        await editor.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const entry = editor.page.locator('.markers-panel .monaco-list-row', { hasText: 'kasubag' }).first();
        await entry.waitFor({ timeout: 20_000 });
        expect(await entry.innerText()).toContain('belum dideklarasikan');
        await editor.screenshot('id-02-problems');
    });
});
