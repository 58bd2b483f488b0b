/**
 * The live preview, designed after VS Code's Markdown preview: `SOP: Open Preview` (in place) and
 * `SOP: Open Preview to the Side` (Ctrl+K V) open one panel that follows the active .sop editor
 * unless locked, comes back after a window reload, and asks the language server to draw only the
 * documents a panel shows. Export SVG and PNG from the page's toolbar, `SOP: Export SVG` from the
 * palette.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewPageState, PreviewTheme } from '@sop-ap/preview';
import { PreviewMethods, type PreviewUpdate } from '@sop-ap/language/preview-protocol';
import { PREVIEW_VIEW_TYPE, PreviewPanel, type PanelHost, type PanelState } from './preview-panel.js';
import { exportDiagram, type DiagramFormat } from './export-diagram.js';

export class PreviewManager implements PanelHost {
    private readonly panels = new Set<PreviewPanel>();
    private readonly updates = new Map<string, PreviewUpdate>();

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: Promise<LanguageClient>) {
        void client.then(ready => context.subscriptions.push(ready.onNotification(PreviewMethods.update, (update: PreviewUpdate) => this.onUpdate(update))));
        context.subscriptions.push(
            vscode.commands.registerCommand('sop.openPreview', (uri?: vscode.Uri) => this.open(uri, false)),
            vscode.commands.registerCommand('sop.openPreviewToSide', (uri?: vscode.Uri) => this.open(uri, true)),
            vscode.commands.registerCommand('sop.togglePreviewLock', () => this.activePanel()?.toggleLock()),
            vscode.commands.registerCommand('sop.exportSvg', (args?: { target?: string; sop?: string }) => this.exportActive('svg', args ?? {})),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state?: PreviewPageState) => {
                    if (!state?.panel?.resource) {
                        panel.dispose();
                        return;
                    }
                    this.adopt(panel, state.panel);
                },
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
            vscode.window.onDidChangeTextEditorSelection(event => this.cursorMoved(event.textEditor)),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('sop.preview.theme')) {
                    this.panels.forEach(panel => panel.applyTheme(this.theme()));
                }
            }),
        );
    }

    latestUpdate(uri: string): PreviewUpdate | undefined {
        return this.updates.get(uri);
    }

    resourceChanged(panel: PreviewPanel, previous: string | undefined): void {
        if (previous && ![...this.panels].some(other => other !== panel && other.resource.toString() === previous)) {
            void this.notify(PreviewMethods.unsubscribe, previous);
        }
        void this.notify(PreviewMethods.subscribe, panel.resource.toString());
    }

    disposed(panel: PreviewPanel): void {
        this.panels.delete(panel);
        const uri = panel.resource.toString();
        if (![...this.panels].some(other => other.resource.toString() === uri)) {
            this.updates.delete(uri);
        }
        void this.notify(PreviewMethods.unsubscribe, uri);
    }

    async exportFromPage(panel: PreviewPanel, format: 'svg' | 'png'): Promise<void> {
        if (panel.sopId) {
            await exportDiagram(await this.client, panel.resource, panel.sopId, format, undefined, svg => panel.rasterize(svg, 2));
        }
    }

    async tableFor(panel: PreviewPanel): Promise<string | undefined> {
        if (!panel.sopId) return undefined;
        const paper = vscode.workspace.getConfiguration('sop', panel.resource).get<'a4' | 'f4' | 'letter'>('paper') ?? 'a4';
        try {
            const client = await this.client;
            const result = await client.sendRequest<{ html: string }>(PreviewMethods.table, { uri: panel.resource.toString(), sopId: panel.sopId, paper });
            return result.html;
        } catch (error) {
            void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
            return undefined;
        }
    }

    private async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        const resource = uri ?? (editor?.document.languageId === 'sop' ? editor.document.uri : undefined);
        if (!resource) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Open a .sop file first: the preview draws the SOP of the active editor.'));
            return;
        }
        const line = editor && editor.document.uri.toString() === resource.toString() ? editor.selection.active.line : 0;
        // One preview follows the editor; opening it again brings it forward.
        const existing = [...this.panels].find(panel => !panel.locked);
        if (existing) {
            existing.show(resource, line);
            existing.panel.reveal(undefined, true);
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : editor?.viewColumn ?? vscode.ViewColumn.Active;
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'SOP', { viewColumn: column, preserveFocus: toSide }, { enableScripts: true });
        this.adopt(panel, { resource: resource.toString(), locked: false, line });
    }

    private adopt(webviewPanel: vscode.WebviewPanel, state: PanelState): void {
        const panel = new PreviewPanel(webviewPanel, this, this.context.extensionUri, state);
        this.panels.add(panel);
        void this.notify(PreviewMethods.subscribe, panel.resource.toString());
    }

    private follow(editor: vscode.TextEditor | undefined): void {
        if (editor?.document.languageId !== 'sop') return;
        for (const panel of this.panels) {
            if (!panel.locked) panel.show(editor.document.uri, editor.selection.active.line);
        }
    }

    private cursorMoved(editor: vscode.TextEditor): void {
        const uri = editor.document.uri.toString();
        for (const panel of this.panels) {
            if (panel.resource.toString() === uri) panel.moveCursor(editor.selection.active.line);
        }
    }

    private onUpdate(update: PreviewUpdate): void {
        const current = this.updates.get(update.uri);
        // Never go back to an older text than the one shown.
        if (current && current.version !== null && update.version !== null && update.version < current.version) return;
        this.updates.set(update.uri, update);
        for (const panel of this.panels) {
            if (panel.resource.toString() === update.uri) panel.refresh();
        }
    }

    private activePanel(): PreviewPanel | undefined {
        return [...this.panels].find(panel => panel.panel.active);
    }

    private theme(): PreviewTheme {
        return vscode.workspace.getConfiguration('sop').get<PreviewTheme>('preview.theme') ?? 'auto';
    }

    private async exportActive(format: DiagramFormat, args: { target?: string; sop?: string }): Promise<vscode.Uri | undefined> {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId !== 'sop') {
            void vscode.window.showErrorMessage(vscode.l10n.t('Open a .sop file first: the export prints the SOP of the active editor.'));
            return undefined;
        }
        const client = await this.client;
        const update = this.updates.get(editor.document.uri.toString());
        const sopId = args.sop ?? sopIdAtCursor(editor, update) ?? await pickSopId(editor.document);
        if (!sopId) return undefined;
        return exportDiagram(client, editor.document.uri, sopId, format, args.target);
    }

    private async notify(method: string, uri: string): Promise<void> {
        const client = await this.client;
        await client.sendNotification(method, { uri });
    }
}

/** The SOP under the cursor: from the server's last drawing, or else the last `sop Id` above the cursor. */
function sopIdAtCursor(editor: vscode.TextEditor, update: PreviewUpdate | undefined): string | undefined {
    const line = editor.selection.active.line;
    const drawn = update?.sops.find(sop => sop.startLine <= line && line <= sop.endLine)?.id;
    if (drawn) return drawn;
    const above = editor.document.getText(new vscode.Range(0, 0, line + 1, 0));
    return [...above.matchAll(/^\s*sop\s+([A-Za-z_]\w*)/gm)].at(-1)?.[1];
}

/** Without a preview the server has not drawn the file: read the SOP ids from the text. */
async function pickSopId(document: vscode.TextDocument): Promise<string | undefined> {
    const ids = [...document.getText().matchAll(/^\s*sop\s+([A-Za-z_]\w*)/gm)].map(match => match[1]);
    if (ids.length <= 1) return ids[0];
    return vscode.window.showQuickPick(ids, { title: vscode.l10n.t('Which SOP?') });
}
