/**
 * The preview's commands: `SOP: Open Preview`, `SOP: Open Preview to the Side` and `SOP: Export SVG`.
 * They need the swimlane diagram (`@sop-ap/diagram`), which is being built; until it lands they say
 * so. The real preview replaces this one file: keep the command ids and the registration function.
 */
import * as vscode from 'vscode';

export const PREVIEW_COMMANDS = ['sop.openPreview', 'sop.openPreviewToSide', 'sop.exportSvg'] as const;

export function registerPreviewCommands(context: vscode.ExtensionContext): void {
    for (const command of PREVIEW_COMMANDS) {
        context.subscriptions.push(vscode.commands.registerCommand(command, () => {
            void vscode.window.showInformationMessage(vscode.l10n.t('The flowchart preview and SVG export are coming with the swimlane diagram. Until then, SOP: Export HTML and SOP: Export PDF show the printed flowchart.'));
        }));
    }
}
