/** The files of one SOP: HTML (print-ready document), SVG (the swimlane diagram), JSON (the model), PDF (the document printed). */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { planDocument, renderPlan, type PaperName } from '@sop-ap/document';
import type { SopModel } from '@sop-ap/model';
import type { PdfPrinter } from '../pdf/pdf-printer.js';
import { writeFileAtomic } from '../write-atomic.js';
import { diagramSvg, type DiagramTheme } from './diagram-svg.js';

export type OutputFormat = 'html' | 'svg' | 'json' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['html', 'svg', 'json', 'pdf'];

export interface OutputSettings {
    folder: string;
    formats: readonly OutputFormat[];
    paper: PaperName;
    theme: DiagramTheme;
    printer?: PdfPrinter;
}

export interface WrittenFile {
    path: string;
    changed: boolean;
}

export interface WrittenOutputs {
    files: WrittenFile[];
    /** Geometry promises the diagram could not keep (normally none): written anyway, and reported. */
    diagramProblems: string[];
}

/**
 * Produces every requested file of the SOP in memory first, then writes them (each atomically):
 * a failure on the way leaves no file of this SOP half-written or out of step with the others.
 * `previous` (in watch mode) holds digests of earlier writes, so that unchanged files are not
 * written again; without it every file is written and none is digested (a document embeds its
 * fonts: hashing 100 of them took about 40 ms).
 */
export async function writeOutputs(model: SopModel, logo: { dataUri: string } | null, settings: OutputSettings, previous?: Map<string, string>): Promise<WrittenOutputs> {
    let html: string | undefined;
    const documentHtml = () => html ??= renderPlan(planDocument(model, { paper: settings.paper, logo }));
    const diagram = settings.formats.includes('svg') ? await diagramSvg(model, settings.theme) : undefined;
    // Each file is known by a digest of what it shows before it is produced: a PDF (which carries a
    // creation time) by the document it prints, so that an unchanged one is not printed again.
    const planned = settings.formats.map(format => {
        const path = join(settings.folder, `${model.id}.${format}`);
        const source = format === 'json' ? JSON.stringify(model, null, 2) + '\n' : format === 'svg' ? diagram!.svg : documentHtml();
        const produce = async (): Promise<string | Buffer> => format === 'pdf' ? settings.printer!.print(source) : source;
        return { path, digest: previous && createHash('sha256').update(source).digest('hex'), produce };
    });
    const changed = previous ? planned.filter(file => previous.get(file.path) !== file.digest) : planned;
    const contents = await Promise.all(changed.map(async file => [file, await file.produce()] as const));
    for (const [file, content] of contents) {
        await writeFileAtomic(file.path, content);
        if (previous && file.digest) previous.set(file.path, file.digest);
    }
    return { files: planned.map(file => ({ path: file.path, changed: changed.includes(file) })), diagramProblems: diagram?.problems ?? [] };
}
