/** One in-memory workspace of .sop files, built and validated by the language services. */
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { buildSources, createSopServices, type Locale, type SopAst, type SopServices } from '@sop-ap/language';
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

export async function buildWorkspace(requested: SourceFile[], context: SourceFile[], options: WorkspaceOptions): Promise<{ files: CheckedFile[]; services: SopServices }> {
    const { shared, sop } = createSopServices(EmptyFileSystem);
    sop.i18n.Locale.current = options.locale;
    if (options.maxActors !== undefined) {
        sop.settings.Settings.update({ maxActors: options.maxActors });
    }
    const documents = await buildSources(shared, [...requested, ...context]);
    const files = requested.map((source, index) => {
        const document = documents[index];
        const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) =>
            a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        return { source, document, diagnostics };
    });
    return { files, services: sop };
}
