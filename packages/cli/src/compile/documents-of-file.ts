/**
 * The SOPs of one file as an editor holds it (its text may not be saved yet), with the .sop files
 * beside it read from disk so that `instansi` and `keterkaitan` links resolve, exactly as
 * `sop compile FILE` would see them. Each SOP comes with its errors (as `sop compile` reports them)
 * or a way to render its document.
 */
import type { PaperName } from '@sop-ap/document';
import type { Locale } from '@sop-ap/language/core';
import { cliMessages } from '../cli-messages.js';
import { renderDiagnostic } from '../report/pretty.js';
import { loadSources, type SourceFile } from '../source-files.js';
import type { Paint } from '../terminal.js';
import { buildWorkspace } from '../workspace.js';
import { compilableSops } from './compilable-sops.js';
import { sopDocumentHtml } from './sop-document.js';

export interface OpenFile {
    /** Absolute path; for a file never saved, its name (it then has no neighbours). */
    path: string;
    text: string;
    saved: boolean;
}

export interface FileDocumentOptions {
    locale: Locale;
    maxActors?: number;
    /** Paths in messages are shown relative to this folder (the editor's workspace folder). */
    cwd: string;
}

export interface SopDocumentSource {
    id: string;
    title: string;
    /** Where the SOP stands in the file, 0-based lines, so an editor can tell the one under the cursor. */
    lines: { start: number; end: number };
    /** Errors that stop the document, each `file:line:column error [code] message` and the line. */
    errors: string[];
    /** The document's HTML, or a located sentence saying why it cannot be laid out. */
    html(paper: PaperName): Promise<{ html: string } | { failure: string }>;
}

const noColour: Paint = { red: text => text, yellow: text => text, cyan: text => text, bold: text => text, dim: text => text };

export async function documentsOfFile(file: OpenFile, options: FileDocumentOptions): Promise<SopDocumentSource[]> {
    const messages = cliMessages(options.locale);
    let requested: SourceFile[] = [{ path: file.path, display: file.path, text: file.text, bom: false }];
    let context: SourceFile[] = [];
    if (file.saved) {
        const sources = await loadSources([file.path], messages, options.cwd);
        context = sources.context;
        // The editor's text wins over the file on disk: what the user sees is what is printed.
        requested = sources.requested.map(source => ({ ...source, text: file.text }));
        if (requested.length === 0) {
            throw new Error(sources.problems.map(problem => problem.message).join('\n'));
        }
    }
    const workspace = await buildWorkspace(requested, context, { locale: options.locale, maxActors: options.maxActors });
    return compilableSops(workspace.files, workspace.all).map(item => ({
        id: item.model.id,
        title: item.model.title,
        lines: { start: item.sop.$cstNode?.range.start.line ?? 0, end: item.sop.$cstNode?.range.end.line ?? 0 },
        errors: item.errors.map(error => renderDiagnostic(error.file, error.diagnostic, messages, noColour)),
        html: paper => sopDocumentHtml(item, paper, workspace.all, messages),
    }));
}
