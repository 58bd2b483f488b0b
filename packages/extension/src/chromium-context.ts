/**
 * `SOP: Export PDF` is enabled only when a Chromium or Chrome is on this machine (the same search as
 * `sop compile --to pdf`: SOP_CHROME, then the usual install paths). The context key drives that.
 */
import * as vscode from 'vscode';
import { findChrome } from '@sop-ap/cli/find-chrome';

export const CHROMIUM_FOUND = 'sop.chromiumFound';

export function updateChromiumContext(): boolean {
    const found = findChrome(undefined).path !== undefined;
    void vscode.commands.executeCommand('setContext', CHROMIUM_FOUND, found);
    return found;
}
