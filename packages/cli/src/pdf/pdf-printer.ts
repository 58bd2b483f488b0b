/**
 * Prints documents to PDF with a Chromium found on the machine, driven by playwright-core (which
 * never downloads a browser of its own). One browser serves every document of a run.
 */
import type { Browser } from 'playwright-core';

/** Flags for a headless browser on a closed network: no background traffic, no first-run work. */
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'];

export class PdfPrinter {
    private constructor(private readonly browser: Browser) {}

    static async start(executablePath: string): Promise<PdfPrinter> {
        // Loaded on demand: commands that print nothing should not pay for the browser driver.
        const { chromium } = await import('playwright-core');
        return new PdfPrinter(await chromium.launch({ executablePath, args: CHROME_ARGS, timeout: 60_000 }));
    }

    /** The document printed at its own page size (the HTML's @page rule), backgrounds included. */
    async print(html: string): Promise<Buffer> {
        const page = await this.browser.newPage();
        try {
            await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
            await page.evaluate(() => document.fonts.ready);
            return await page.pdf({ preferCSSPageSize: true, printBackground: true });
        } finally {
            await page.close();
        }
    }

    async close(): Promise<void> {
        await this.browser.close();
    }
}
