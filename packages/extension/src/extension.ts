/**
 * The SOP AP extension: a thin shell. The language server (bundled beside this file) does every
 * language feature; the commands call the same code as `sop compile`; the extension owns no SOP logic.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { updateChromiumContext } from './chromium-context.js';
import { registerExportCommands } from './commands/export-commands.js';
import { registerNewSopFileCommand } from './commands/new-sop-file.js';
import { startLanguageClient } from './language-client.js';
import { PreviewManager } from './preview/preview-manager.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // Commands first: they must answer even while the server is still starting.
    registerNewSopFileCommand(context);
    registerExportCommands(context);
    updateChromiumContext();
    const starting = startLanguageClient(context);
    new PreviewManager(context, starting);
    client = await starting;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
