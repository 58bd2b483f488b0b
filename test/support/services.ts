/** Language services for tests: an empty file system, documents added by hand and cleared after. */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { createSopServices, type Locale, type SopAst, type SopServices } from '../../packages/language/src/index.js';

export function createTestServices(locale: Locale = 'en'): SopServices {
    const { sop } = createSopServices(EmptyFileSystem);
    sop.i18n.Locale.current = locale;
    return sop;
}

/** Builds several files as one workspace (cross-file links resolve) and validates them. */
export async function buildFiles(services: SopServices, files: Record<string, string>): Promise<Array<LangiumDocument<SopAst.SopFile>>> {
    const shared = services.shared;
    const documents = Object.entries(files).map(([path, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<SopAst.SopFile>(text, URI.file(path));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

export async function clearAll(services: SopServices): Promise<void> {
    await clearDocuments(services);
}
