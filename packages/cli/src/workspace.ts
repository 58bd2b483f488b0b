/** One in-memory workspace of .sop files, built and validated by the language services. */
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { buildSources, createSopCoreServices, type Locale, type SopAst, type SopCoreServices } from '@sop-ap/language/core';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { SourceFile } from './source-files.js';

export interface CheckedFile {
    source: SourceFile;
    document: LangiumDocument<SopAst.SopFile>;
    diagnostics: Diagnostic[];
}

export interface WorkspaceOptions {
    locale: Locale;
    maxActors?: number;
}

export interface Workspace {
    /** The files asked about, in order. */
    files: CheckedFile[];
    /** Every file read, neighbours included (instansi may live in one). */
    all: CheckedFile[];
    services: SopCoreServices;
}

export async function buildWorkspace(requested: SourceFile[], context: SourceFile[], options: WorkspaceOptions): Promise<Workspace> {
    const { shared, sop } = createSopCoreServices(EmptyFileSystem);
    sop.i18n.Locale.current = options.locale;
    if (options.maxActors !== undefined) {
        sop.settings.Settings.update({ maxActors: options.maxActors });
    }
    const sources = [...requested, ...context];
    const documents = await buildSources(shared, sources);
    const all = sources.map((source, index) => {
        const document = documents[index];
        const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) =>
            a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        return { source, document, diagnostics };
    });
    return { files: all.slice(0, requested.length), all, services: sop };
}
