/** The files of one SOP: HTML (print-ready document), JSON (the model), PDF (the document printed). */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { planDocument, renderPlan, type PaperName } from '@sop-ap/document';
import type { SopModel } from '@sop-ap/model';
import type { PdfPrinter } from '../pdf/pdf-printer.js';
import { writeFileAtomic } from '../write-atomic.js';

export type OutputFormat = 'html' | 'json' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['html', 'json', 'pdf'];

export interface OutputSettings {
    folder: string;
    formats: readonly OutputFormat[];
    paper: PaperName;
    printer?: PdfPrinter;
}

export interface WrittenFile {
    path: string;
    changed: boolean;
}

/**
 * Produces every requested file of the SOP in memory first, then writes them (each atomically):
 * a failure on the way leaves no file of this SOP half-written or out of step with the others.
 * `previous` holds digests of earlier writes, so that unchanged files are not written again.
 */
export async function writeOutputs(model: SopModel, logo: { dataUri: string } | null, settings: OutputSettings, previous: Map<string, string>): Promise<WrittenFile[]> {
    const contents: Array<[string, string | Buffer]> = [];
    let html: string | undefined;
    const documentHtml = () => html ??= renderPlan(planDocument(model, { paper: settings.paper, logo }));
    for (const format of settings.formats) {
        const path = join(settings.folder, `${model.id}.${format}`);
        if (format === 'json') {
            contents.push([path, JSON.stringify(model, null, 2) + '\n']);
        } else if (format === 'html') {
            contents.push([path, documentHtml()]);
        } else {
            contents.push([path, await settings.printer!.print(documentHtml())]);
        }
    }
    const written: WrittenFile[] = [];
    for (const [path, content] of contents) {
        // PDFs carry a creation time; compare them by the document they print instead.
        const digest = createHash('sha256').update(path.endsWith('.pdf') ? documentHtml() : content).digest('hex');
        const changed = previous.get(path) !== digest;
        if (changed) {
            await writeFileAtomic(path, content);
            previous.set(path, digest);
        }
        written.push({ path, changed });
    }
    return written;
}
