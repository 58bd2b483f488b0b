/**
 * Rebuilds documents whose workspace-wide checks (duplicate SOP and instansi ids) may change when
 * another file changes: Langium relinks only documents that reference the changed ones, but a
 * duplicate id involves no reference at all.
 */
import { DefaultDocumentBuilder, URI, type LangiumDocument } from 'langium';
import { isSop, isInstansi, type SopFile } from '../generated/ast.js';
import { IssueCodes } from '../validation/issue-codes.js';

const DECLARATION = /\b(?:sop|instansi)\s+([A-Za-z_]\w*)/g;

export class SopDocumentBuilder extends DefaultDocumentBuilder {

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return super.shouldRelink(document, changedUris)
            || this.hasDuplicateIdDiagnostic(document)
            || this.declaresAnIdDeclaredIn(document, changedUris);
    }

    protected hasDuplicateIdDiagnostic(document: LangiumDocument): boolean {
        return (document.diagnostics ?? []).some(diagnostic =>
            diagnostic.code === IssueCodes.DuplicateSop || diagnostic.code === IssueCodes.DuplicateInstansi);
    }

    /** Changed documents are not parsed yet, so their ids are read from their new text. */
    protected declaresAnIdDeclaredIn(document: LangiumDocument, changedUris: Set<string>): boolean {
        const root = document.parseResult?.value as SopFile | undefined;
        const ownIds = new Set((root?.elements ?? []).filter(element => isSop(element) || isInstansi(element)).map(element => element.name));
        if (ownIds.size === 0) {
            return false;
        }
        for (const uri of changedUris) {
            const parsed = URI.parse(uri);
            const text = this.textDocuments?.get(parsed)?.getText() ?? this.langiumDocuments.getDocument(parsed)?.textDocument.getText() ?? '';
            for (const match of text.matchAll(DECLARATION)) {
                if (ownIds.has(match[1])) {
                    return true;
                }
            }
        }
        return false;
    }
}
