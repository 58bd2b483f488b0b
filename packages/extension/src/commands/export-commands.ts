/**
 * `SOP: Export HTML` and `SOP: Export PDF`: the SOP of the active .sop editor printed as
 * `sop compile` prints it (same checks, renderer and printer), saved where the user says.
 *
 * Both accept an optional argument `{ target?: string; sop?: string }` for automation (tasks,
 * keybindings, tests): `target` is the file to write (no save dialog), `sop` the SOP id in a file
 * that holds several (no pick list).
 */
import * as vscode from 'vscode';
import { updateChromiumContext } from '../chromium-context.js';
import { chooseSop } from '../export/choose-sop.js';
import { loadCompiler } from '../export/compiler.js';
import { exportTarget, type ExportFormat } from '../export/export-target.js';

interface ExportArguments {
    target?: string;
    sop?: string;
}

export function registerExportCommands(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('sop.exportHtml', (args?: ExportArguments) => reportFailure(exportActiveSop('html', args ?? {}))),
        vscode.commands.registerCommand('sop.exportPdf', (args?: ExportArguments) => reportFailure(exportActiveSop('pdf', args ?? {}))),
    );
}

/** A file that cannot be read or written is the user's to fix: say what happened, in their language. */
async function reportFailure<T>(work: Promise<T>): Promise<T | undefined> {
    try {
        return await work;
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The export failed: {0}', error instanceof Error ? error.message : String(error)));
        return undefined;
    }
}

async function exportActiveSop(format: ExportFormat, args: ExportArguments): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'sop') {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a .sop file first: the export prints the SOP of the active editor.'));
        return undefined;
    }
    const compiler = loadCompiler();
    const document = editor.document;
    const settings = vscode.workspace.getConfiguration('sop', document.uri);
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const sops = await compiler.documentsOfFile(
        { path: document.uri.scheme === 'file' ? document.uri.fsPath : document.fileName, text: document.getText(), saved: document.uri.scheme === 'file' },
        { locale: compiler.localeFrom(vscode.env.language), maxActors: settings.get<number>('maxActors'), cwd: folder?.uri.fsPath ?? process.cwd() },
    );
    if (sops.length === 0) {
        void vscode.window.showErrorMessage(vscode.l10n.t('This file holds no SOP to export.'));
        return undefined;
    }
    const sop = await chooseSop(sops, args.sop, editor.selection.active.line);
    if (!sop) {
        return undefined;
    }
    if (sop.errors.length > 0) {
        // The first error in the message itself (file:line:column), all of them in the Problems view.
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not exported ({1} error(s)): {2}', sop.id, sop.errors.length, sop.errors[0].split('\n')[0]));
        return undefined;
    }
    const rendered = await sop.html(settings.get<'a4' | 'f4' | 'letter'>('paper') ?? 'a4');
    if ('failure' in rendered) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not exported: {1}', sop.id, rendered.failure));
        return undefined;
    }
    const target = await exportTarget(document, sop.id, format, args.target);
    if (!target) {
        return undefined;
    }
    const content = format === 'pdf' ? await printPdf(rendered.html) : Buffer.from(rendered.html, 'utf8');
    if (!content) {
        return undefined;
    }
    await vscode.workspace.fs.writeFile(target, content);
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', vscode.workspace.asRelativePath(target)));
    return target;
}

/** The document printed by the Chromium found on the machine, with a progress notification. */
async function printPdf(html: string): Promise<Uint8Array | undefined> {
    const { findChrome, PdfPrinter } = loadCompiler();
    const chrome = findChrome(undefined).path;
    if (!chrome) {
        updateChromiumContext();
        void vscode.window.showErrorMessage(vscode.l10n.t('PDF needs Chromium or Chrome and none was found. Install one, or set the environment variable SOP_CHROME to its path.'));
        return undefined;
    }
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Printing the PDF…') }, async () => {
        try {
            const printer = await PdfPrinter.start(chrome);
            try {
                return await printer.print(html);
            } finally {
                await printer.close();
            }
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Chromium could not print: {0}', error instanceof Error ? error.message : String(error)));
            return undefined;
        }
    });
}
