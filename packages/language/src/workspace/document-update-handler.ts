/**
 * Keeps the server's view of the workspace true to what the user sees:
 * - while the editor holds a document open, its text is the truth: a change or deletion of the
 *   file on disk does not replace or remove it;
 * - when it is closed, a `.sop` file of the workspace goes back to its text on disk, and anything
 *   else (untitled, outside the workspace folders, deleted meanwhile, not `.sop`) leaves the index,
 *   taking its diagnostics and any duplicate ids it caused with it.
 */
import { URI, UriUtils } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class SopDocumentUpdateHandler extends DefaultDocumentUpdateHandler {

    protected readonly shared: LangiumSharedServices;
    protected workspaceFolders: URI[] = [];

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
        shared.lsp.LanguageServer.onInitialize(params => {
            const folders = params.workspaceFolders?.map(folder => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
            this.workspaceFolders = folders.map(folder => URI.parse(folder));
        });
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const textDocuments = this.shared.workspace.TextDocuments;
        const changes = params.changes.filter(change => !textDocuments.get(change.uri));
        super.didChangeWatchedFiles({ changes });
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        void this.comesBackFromDisk(uri).then(fromDisk => {
            if (fromDisk) {
                this.fireDocumentUpdate([uri], []);
            } else {
                this.fireDocumentUpdate([], [uri]);
            }
        });
    }

    /** A `.sop` file inside a workspace folder that still exists. */
    protected async comesBackFromDisk(uri: URI): Promise<boolean> {
        if (uri.scheme !== 'file' || UriUtils.extname(uri) !== '.sop') {
            return false;
        }
        if (!this.workspaceFolders.some(folder => UriUtils.contains(folder, uri))) {
            return false;
        }
        try {
            return await this.shared.workspace.FileSystemProvider.exists(uri);
        } catch {
            return false;
        }
    }
}
