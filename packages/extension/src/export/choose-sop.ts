/**
 * Which SOP of the file to export: the only one, the one asked for by id, or the user's pick from
 * a list that starts with the SOP under the cursor (Enter exports the one being edited).
 */
import * as vscode from 'vscode';
import type { SopDocumentSource } from '@sop-ap/cli/library';

export async function chooseSop(sops: readonly SopDocumentSource[], requestedId: string | undefined, cursorLine: number): Promise<SopDocumentSource | undefined> {
    if (requestedId !== undefined) {
        const found = sops.find(sop => sop.id === requestedId);
        if (!found) void vscode.window.showErrorMessage(vscode.l10n.t('This file has no SOP with the id {0}.', requestedId));
        return found;
    }
    if (sops.length === 1) {
        return sops[0];
    }
    const underCursor = sops.filter(sop => sop.lines.start <= cursorLine && cursorLine <= sop.lines.end);
    const ordered = [...underCursor, ...sops.filter(sop => !underCursor.includes(sop))];
    const picked = await vscode.window.showQuickPick(
        ordered.map(sop => ({ label: sop.id, description: sop.title, sop })),
        { title: vscode.l10n.t('Which SOP?'), placeHolder: vscode.l10n.t('This file holds {0} SOPs: choose the one to export', sops.length) },
    );
    return picked?.sop;
}
