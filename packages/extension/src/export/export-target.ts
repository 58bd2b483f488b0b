/** Where the exported file goes: the path given to the command, or the user's answer to a save dialog. */
import * as vscode from 'vscode';

export type ExportFormat = 'html' | 'pdf';

const FILTER_NAMES: Record<ExportFormat, string> = { html: 'HTML', pdf: 'PDF' };

export async function exportTarget(source: vscode.TextDocument, sopId: string, format: ExportFormat, given: string | undefined): Promise<vscode.Uri | undefined> {
    if (given !== undefined) {
        return vscode.Uri.file(given);
    }
    // Beside the .sop file, named by the SOP id like `sop compile` names it; untitled: the workspace.
    const folder = source.uri.scheme === 'file' && !source.isUntitled
        ? vscode.Uri.joinPath(source.uri, '..')
        : vscode.workspace.workspaceFolders?.[0]?.uri;
    return vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export {0} as {1}', sopId, FILTER_NAMES[format]),
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${sopId}.${format}`) : undefined,
        filters: { [FILTER_NAMES[format]]: [format] },
        saveLabel: vscode.l10n.t('Export'),
    });
}
