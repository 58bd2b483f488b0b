/**
 * One preview panel: the page (loaded once), the document it shows, and what it last showed. It
 * turns the server's updates and the editor's cursor into messages for the page, and the page's
 * clicks into cursor moves in the editor.
 */
import * as vscode from 'vscode';
import { fontFaceCss } from '@sop-ap/document';
import { previewHtml, type FromPreview, type PanelRestoreState, type PreviewTheme, type ToPreview } from '@sop-ap/preview';
import type { PreviewSopInfo, PreviewUpdate } from '@sop-ap/language/preview-protocol';
import { previewStrings } from './preview-strings.js';
import { sopAtLine, stepAtLine } from './sop-at-cursor.js';

export const PREVIEW_VIEW_TYPE = 'sop.preview';

/** What VS Code keeps of a panel across a window reload (the page stores it with its own state). */
export type PanelState = PanelRestoreState;

export interface PanelHost {
    latestUpdate(uri: string): PreviewUpdate | undefined;
    /** The panel shows another document now (or none). */
    resourceChanged(panel: PreviewPanel, previous: string | undefined): void;
    disposed(panel: PreviewPanel): void;
    exportFromPage(panel: PreviewPanel, format: 'svg' | 'png'): Promise<void>;
    tableFor(panel: PreviewPanel): Promise<string | undefined>;
}

export class PreviewPanel {
    resource: vscode.Uri;
    locked: boolean;
    line: number;
    /** The SOP on show, and the SVG last sent for it (not sent again when unchanged). */
    sopId: string | null = null;
    private shownSvg: string | null = null;
    private shownStep: number | null | undefined;
    private tab: 'diagram' | 'table' = 'diagram';
    private ready = false;
    private readonly rasterWaiters = new Map<number, (dataUrl: string | null) => void>();
    private nextRequest = 1;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(readonly panel: vscode.WebviewPanel, private readonly host: PanelHost, extensionUri: vscode.Uri, state: PanelState) {
        this.resource = vscode.Uri.parse(state.resource);
        this.locked = state.locked;
        this.line = state.line;
        const media = vscode.Uri.joinPath(extensionUri, 'dist', 'preview');
        panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
        panel.webview.html = previewHtml({
            cspSource: panel.webview.cspSource,
            nonce: nonce(),
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
            lang: vscode.env.language,
            strings: previewStrings(),
            fontCss: fontFaceCss(),
        });
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'icon.png');
        this.updateTitle();
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: FromPreview) => void this.onMessage(message)),
            panel.onDidDispose(() => this.dispose()),
        );
    }

    get state(): PanelState {
        return { resource: this.resource.toString(), locked: this.locked, line: this.line };
    }

    /** Shows another document (following the active editor). */
    show(resource: vscode.Uri, line: number): void {
        if (resource.toString() === this.resource.toString()) {
            this.moveCursor(line);
            return;
        }
        const previous = this.resource.toString();
        this.resource = resource;
        this.line = line;
        this.sopId = null;
        this.shownSvg = null;
        this.shownStep = undefined;
        this.updateTitle();
        this.host.resourceChanged(this, previous);
        this.refresh();
    }

    /** The server sent a new drawing of this panel's document. */
    refresh(): void {
        const update = this.host.latestUpdate(this.resource.toString());
        if (!this.ready || !update) return;
        const sop = sopAtLine(update, this.line, this.sopId);
        if (!sop) {
            void this.post({ type: 'empty', message: vscode.l10n.t('This file holds no SOP to draw.') });
            return;
        }
        const changedSop = sop.id !== this.sopId;
        this.sopId = sop.id;
        if (changedSop) void this.post({ type: 'panel', panel: this.state });
        if (sop.svg !== null && sop.svg !== this.shownSvg) {
            this.shownSvg = sop.svg;
            void this.post({ type: 'diagram', uri: update.uri, version: update.version ?? 0, sopId: sop.id, title: sop.title, svg: sop.svg });
            this.shownStep = undefined;
        }
        void this.post({ type: 'problems', sopId: sop.id, problems: [...sop.problems, ...update.fileProblems] });
        this.markStep(sop);
        if (changedSop && this.tab === 'table') void this.sendTable();
    }

    /** The editor's cursor moved in this panel's document. */
    moveCursor(line: number): void {
        this.line = line;
        const update = this.host.latestUpdate(this.resource.toString());
        if (!update) return;
        const sop = sopAtLine(update, line, this.sopId);
        if (sop && sop.id !== this.sopId) {
            this.refresh();
        } else if (sop) {
            this.markStep(sop);
        }
    }

    applyTheme(theme: PreviewTheme): void {
        void this.post({ type: 'theme', theme });
    }

    /** A PNG of `svg` drawn by the page (which has a canvas), as a data URL. */
    rasterize(svg: string, scale: number): Promise<string | null> {
        const requestId = this.nextRequest++;
        return new Promise(resolve => {
            this.rasterWaiters.set(requestId, resolve);
            void this.post({ type: 'rasterize', requestId, svg, scale });
        });
    }

    private markStep(sop: PreviewSopInfo): void {
        const step = stepAtLine(sop, this.line);
        if (step !== this.shownStep) {
            this.shownStep = step;
            void this.post({ type: 'select', step });
        }
    }

    private async onMessage(message: FromPreview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                void this.post({ type: 'panel', panel: this.state });
                this.shownSvg = null;
                this.shownStep = undefined;
                this.applyTheme(vscode.workspace.getConfiguration('sop').get<PreviewTheme>('preview.theme') ?? 'auto');
                this.refresh();
                break;
            case 'reveal':
                await this.revealInEditor(message.line - 1, 0, true);
                break;
            case 'revealLine':
                await this.revealInEditor(message.line - 1, message.column - 1, false);
                break;
            case 'export':
                await this.host.exportFromPage(this, message.format);
                break;
            case 'rasterized':
                this.rasterWaiters.get(message.requestId)?.(message.dataUrl);
                this.rasterWaiters.delete(message.requestId);
                break;
            case 'tab':
                this.tab = message.tab;
                if (message.tab === 'table') await this.sendTable();
                break;
        }
    }

    private async sendTable(): Promise<void> {
        const html = await this.host.tableFor(this);
        if (html !== undefined && this.sopId) {
            void this.post({ type: 'table', sopId: this.sopId, html });
        }
    }

    /** The editor of this document, focused, with the cursor on `line` (the whole line selected for a step). */
    private async revealInEditor(line: number, character: number, selectLine: boolean): Promise<void> {
        const document = await vscode.workspace.openTextDocument(this.resource);
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === this.resource.toString());
        const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
        const text = document.lineAt(Math.min(line, document.lineCount - 1));
        const start = selectLine ? text.range.start.translate(0, text.firstNonWhitespaceCharacterIndex) : new vscode.Position(text.lineNumber, character);
        editor.selection = new vscode.Selection(selectLine ? text.range.end : start, start);
        editor.revealRange(text.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    toggleLock(): void {
        this.locked = !this.locked;
        this.updateTitle();
        void this.post({ type: 'panel', panel: this.state });
    }

    private updateTitle(): void {
        const name = this.resource.path.split('/').pop() ?? this.resource.toString();
        this.panel.title = this.locked ? vscode.l10n.t('[Locked] Preview {0}', name) : vscode.l10n.t('Preview {0}', name);
    }

    private post(message: ToPreview): Thenable<boolean> {
        return this.panel.webview.postMessage(message);
    }

    private dispose(): void {
        this.disposables.forEach(disposable => disposable.dispose());
        this.host.disposed(this);
    }
}

/** A fresh, unguessable nonce for the page's Content-Security-Policy. */
function nonce(): string {
    return [...globalThis.crypto.getRandomValues(new Uint8Array(16))].map(byte => byte.toString(16).padStart(2, '0')).join('');
}
