/**
 * Remembers which version of an open document each parse read. The editor's text document object is
 * updated in place as the user types, so by the time diagnostics are published its version may be
 * newer than the text they were computed from; an editor that trusts the version would then place
 * stale squiggles on new text.
 */
import { DefaultLangiumDocumentFactory, type Cancellation, type LangiumDocument } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class SopDocumentFactory extends DefaultLangiumDocumentFactory {

    /** uri → the editor version of the text last parsed; absent for text read from disk. */
    readonly parsedVersions = new Map<string, number>();

    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        const key = document.uri.toString();
        if (textDocument) {
            this.parsedVersions.set(key, textDocument.version);
            return textDocument.getText();
        }
        this.parsedVersions.delete(key);
        return super.getUpdatedText(document, textDocument, cancellationToken);
    }
}
