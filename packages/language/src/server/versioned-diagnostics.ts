/**
 * Every publishDiagnostics names the version of the document it was computed for (LSP's `version`),
 * so that an editor can drop diagnostics that arrive for text the user has already changed.
 * Langium publishes without it; this fills it in on the way out.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { SopDocumentFactory } from '../workspace/document-factory.js';

export function publishDiagnosticsWithVersions(connection: Connection, shared: LangiumSharedServices): void {
    const factory = shared.workspace.LangiumDocumentFactory;
    if (!(factory instanceof SopDocumentFactory)) {
        return;
    }
    const textDocuments = shared.workspace.TextDocuments;
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        const open = textDocuments.get(params.uri) !== undefined;
        const version = params.version ?? (open ? factory.parsedVersions.get(params.uri) : undefined);
        return send(version === undefined ? params : { ...params, version });
    };
}
