/** Language services for tests: an empty file system, documents added by hand and cleared after. */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { buildModel, createSopServices, SopAst, type Locale, type SopServices } from '../../packages/language/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';

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

/** The model of every SOP in these files, in file order, built as the command line builds them. */
export async function modelsOf(files: Record<string, string>, services: SopServices = createTestServices('en')): Promise<SopModel[]> {
    const documents = await buildFiles(services, files);
    return documents.flatMap(document => document.parseResult.value.elements.filter(SopAst.isSop).map(sop => buildModel(sop)));
}

export async function clearAll(services: SopServices): Promise<void> {
    await clearDocuments(services);
}
