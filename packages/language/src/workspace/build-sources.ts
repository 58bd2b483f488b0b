/**
 * Builds a set of source texts as one workspace, without an editor: the command line reads the
 * files, this links them together (cross-file `keterkaitan` and `instansi`) and validates them.
 */
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { SopFile } from '../generated/ast.js';

export interface SourceText {
    /** Absolute file system path. */
    path: string;
    text: string;
}

export async function buildSources(shared: LangiumSharedCoreServices, sources: readonly SourceText[]): Promise<Array<LangiumDocument<SopFile>>> {
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    const built = sources.map(source => {
        const document = factory.fromString<SopFile>(source.text, URI.file(source.path));
        documents.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(built, { validation: true });
    return built;
}
