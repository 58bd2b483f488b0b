/**
 * The language server, spoken to over stdio (or IPC) by VS Code or any LSP client. Messages follow
 * the client's locale from `initialize`; `sop.maxActors` comes from the client's settings.
 */
import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSopServices, localeFrom } from '@sop-ap/language';
import { publishDiagnosticsWithVersions } from '@sop-ap/language/server';
import { startPreview } from './start-preview.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, sop } = createSopServices({ connection, ...NodeFileSystem });

shared.lsp.LanguageServer.onInitialize(params => {
    sop.i18n.Locale.current = localeFrom(params.locale);
});

shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
    if (update.section !== 'sop') {
        return;
    }
    sop.settings.Settings.update(update.configuration);
    // Settings change what the validator reports: validate every open document again.
    const builder = shared.workspace.DocumentBuilder;
    const documents = shared.workspace.LangiumDocuments.all.toArray();
    for (const document of documents) {
        builder.resetToState(document, DocumentState.IndexedReferences);
    }
    void shared.workspace.WorkspaceLock.write(token => builder.build(documents, { validation: true }, token));
});

publishDiagnosticsWithVersions(connection, shared);
startPreview(connection, shared, sop);
startLanguageServer(shared);
