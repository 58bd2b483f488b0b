/** Starts the bundled language server (dist/server.cjs) in a Node process of its own, over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        // Saved and untitled files alike; the client sends VS Code's display language as the
        // `locale` of `initialize`, so the server's messages follow it.
        documentSelector: [{ language: 'sop' }],
        // .sop files changed outside the editor (git checkout, `sop format`) reach the server's index.
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.sop') },
    };
    const client = new LanguageClient('sop', vscode.l10n.t('SOP Language Server'), serverOptions, clientOptions);
    context.subscriptions.push(client);
    await client.start();
    return client;
}
