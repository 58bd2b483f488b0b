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

/** Settings change what the validator reports: take them, then validate every document again. */
function applySettings(configuration: { maxActors?: unknown } | undefined): void {
    sop.settings.Settings.update(configuration);
    const builder = shared.workspace.DocumentBuilder;
    // The documents are taken when the rebuild runs: an edit it cancelled has added its own by then.
    void shared.workspace.WorkspaceLock.write(token => {
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        for (const document of documents) {
            builder.resetToState(document, DocumentState.IndexedReferences);
        }
        return builder.build(documents, { validation: true }, token);
    });
}

shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
    if (update.section === 'sop') {
        applySettings(update.configuration);
    }
});

// The settings the client answers at start (workspace/configuration) count too, also for a client
// that never sends didChangeConfiguration.
void shared.workspace.ConfigurationProvider.ready.then(async () => {
    const maxActors = await shared.workspace.ConfigurationProvider.getConfiguration('sop', 'maxActors');
    if (maxActors !== undefined && maxActors !== null) {
        applySettings({ maxActors });
    }
});

publishDiagnosticsWithVersions(connection, shared);
startPreview(connection, shared, sop);
startLanguageServer(shared);
