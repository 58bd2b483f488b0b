/**
 * Prints documents to PDF with a Chromium found on the machine, spoken to over the DevTools
 * protocol on a pipe (never a browser download, no driver package): `sop compile` and the editor
 * extension print with this same code. One browser serves every document of a run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DevtoolsPipe } from './devtools-pipe.js';

/** Flags for a headless browser on a closed network: no background traffic, no first-run work. */
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'];
const TIMEOUT_MS = 60_000;

export class PdfPrinter {
    private printed = 0;

    private constructor(private readonly pipe: DevtoolsPipe, private readonly exited: Promise<void>, private readonly profile: string) {}

    static async start(executablePath: string): Promise<PdfPrinter> {
        // A profile of its own, removed on close: nothing of ours stays in the user's browser.
        const profile = await mkdtemp(join(tmpdir(), 'sop-chromium-'));
        const browser = spawn(executablePath, [...CHROME_ARGS, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
            stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
        });
        const exited = new Promise<void>(resolve => { browser.once('exit', () => resolve()); browser.once('error', () => resolve()); });
        const pipe = new DevtoolsPipe(browser, TIMEOUT_MS);
        try {
            await pipe.send('Browser.getVersion');
        } catch (error) {
            browser.kill();
            await rm(profile, { recursive: true, force: true });
            throw error;
        }
        return new PdfPrinter(pipe, exited, profile);
    }

    /** The document printed at its own page size (the HTML's @page rule), backgrounds included. */
    async print(html: string): Promise<Buffer> {
        // From a file rather than inline: documents with fonts and logos inline are large.
        const file = join(this.profile, `document-${++this.printed}.html`);
        await writeFile(file, html);
        const { targetId } = await this.pipe.send('Target.createTarget', { url: 'about:blank' });
        try {
            const { sessionId } = await this.pipe.send('Target.attachToTarget', { targetId, flatten: true }) as { sessionId: string };
            await this.pipe.send('Page.enable', {}, sessionId);
            const loaded = this.pipe.waitForEvent('Page.loadEventFired', sessionId);
            await this.pipe.send('Page.navigate', { url: pathToFileURL(file).href }, sessionId);
            await loaded;
            // The embedded font must be ready, or the first page prints in a fallback font.
            await this.pipe.send('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true }, sessionId);
            const { data } = await this.pipe.send('Page.printToPDF', {
                preferCSSPageSize: true, printBackground: true,
                marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0,
            }, sessionId) as { data: string };
            return Buffer.from(data, 'base64');
        } finally {
            await this.pipe.send('Target.closeTarget', { targetId }).catch(() => undefined);
            await rm(file, { force: true });
        }
    }

    async close(): Promise<void> {
        await this.pipe.send('Browser.close').catch(() => undefined);
        await this.exited;
        await rm(this.profile, { recursive: true, force: true });
    }
}
