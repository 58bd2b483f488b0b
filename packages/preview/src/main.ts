/**
 * The preview page: a toolbar (Diagram / Tabel tabs, zoom, fit, export), a banner for errors in the
 * source, the diagram in a zoomable viewport and the printed table. It is loaded once per panel; the
 * extension sends everything else by postMessage.
 */
import { DiagramView } from './diagram-view.js';
import type { FromPreview, PanelRestoreState, PreviewPageState, PreviewProblem, PreviewStrings, PreviewTab, PreviewTheme, ToPreview } from './messages.js';
import { rasterize } from './rasterize.js';
import { TableView } from './table-view.js';
import { Viewport } from './viewport.js';

interface VsCodeApi {
    postMessage(message: FromPreview): void;
    getState(): Partial<PreviewPageState> | undefined;
    setState(state: PreviewPageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('sop-preview')!;
const strings = JSON.parse(root.dataset.strings ?? '{}') as PreviewStrings;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
    const created = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
    if (text !== undefined) created.textContent = text;
    return created;
}

function button(action: string, label: string, text: string): HTMLButtonElement {
    return element('button', { type: 'button', 'data-action': action, title: label, 'aria-label': label }, text);
}

const tabs = element('div', { class: 'tabs', role: 'tablist' });
const diagramTab = element('button', { type: 'button', role: 'tab', 'data-tab': 'diagram' }, strings.diagram);
const tableTab = element('button', { type: 'button', role: 'tab', 'data-tab': 'table' }, strings.table);
tabs.append(diagramTab, tableTab);
const zoomLabel = element('span', { class: 'zoom-level', 'aria-live': 'polite' });
const toolbar = element('div', { class: 'toolbar', role: 'toolbar' });
toolbar.append(
    tabs, element('span', { class: 'spacer' }),
    button('zoom-out', strings.zoomOut, '−'), zoomLabel, button('zoom-in', strings.zoomIn, '+'),
    button('actual-size', strings.actualSize, '100 %'), button('fit', strings.fit, strings.fit),
    button('export-svg', strings.exportSvg, 'SVG'), button('export-png', strings.exportPng, 'PNG'),
);
const banner = element('div', { class: 'banner', role: 'alert', hidden: '' });
const viewportElement = element('div', { class: 'viewport', tabindex: '0', 'data-pane': 'diagram' });
const canvas = element('div', { class: 'canvas' });
viewportElement.append(canvas);
const tableHost = element('div', { class: 'table-pane', 'data-pane': 'table', hidden: '' });
const emptyMessage = element('div', { class: 'empty' }, strings.waiting);
root.append(toolbar, banner, viewportElement, tableHost, emptyMessage);

let tab: PreviewTab = 'diagram';
let panel: PanelRestoreState | undefined;
const saveState = () => vscode.setState({ zoom: viewport.zoom, panX: viewport.panX, panY: viewport.panY, fitted: viewport.fitted, tab, panel });
const viewport = new Viewport(viewportElement, canvas, () => {
    zoomLabel.textContent = `${Math.round(viewport.zoom * 100)} %`;
    saveState();
});
const diagram = new DiagramView(viewport, (step, line) => vscode.postMessage({ type: 'reveal', step, line }));
const table = new TableView(tableHost);

function showTab(next: PreviewTab, tell = true): void {
    tab = next;
    diagramTab.setAttribute('aria-selected', String(next === 'diagram'));
    tableTab.setAttribute('aria-selected', String(next === 'table'));
    viewportElement.hidden = next !== 'diagram';
    tableHost.hidden = next !== 'table';
    root.dataset.tab = next;
    saveState();
    if (tell) vscode.postMessage({ type: 'tab', tab: next });
}

function showProblems(problems: PreviewProblem[]): void {
    banner.hidden = problems.length === 0;
    banner.replaceChildren();
    if (problems.length === 0) return;
    banner.append(element('strong', {}, strings.errorsBanner));
    const list = element('ul');
    for (const problem of problems.slice(0, 5)) {
        const item = element('li', { 'data-line': String(problem.line) });
        const link = element('a', { href: '#' }, `${problem.line}:${problem.column}`);
        link.addEventListener('click', event => {
            event.preventDefault();
            vscode.postMessage({ type: 'revealLine', line: problem.line, column: problem.column });
        });
        item.append(link, ` ${problem.message} `, element('code', {}, problem.code));
        list.append(item);
    }
    banner.append(list);
}

function applyTheme(theme: PreviewTheme): void {
    root.dataset.theme = theme;
}

async function onMessage(message: ToPreview): Promise<void> {
    switch (message.type) {
        case 'diagram':
            if (diagram.show(message.svg, message.sopId)) {
                emptyMessage.hidden = true;
                root.dataset.sop = message.sopId;
                root.dataset.version = String(message.version);
            }
            break;
        case 'problems':
            showProblems(message.problems);
            break;
        case 'select':
            diagram.select(message.step);
            break;
        case 'table':
            table.show(message.html, message.sopId);
            break;
        case 'theme':
            applyTheme(message.theme);
            break;
        case 'panel':
            panel = message.panel;
            saveState();
            break;
        case 'empty':
            emptyMessage.textContent = message.message;
            emptyMessage.hidden = false;
            break;
        case 'rasterize':
            try {
                vscode.postMessage({ type: 'rasterized', requestId: message.requestId, dataUrl: await rasterize(message.svg, message.scale) });
            } catch (error) {
                vscode.postMessage({ type: 'rasterized', requestId: message.requestId, dataUrl: null, error: String(error) });
            }
            break;
    }
}

window.addEventListener('message', event => void onMessage(event.data as ToPreview));
toolbar.addEventListener('click', event => {
    const target = (event.target as Element).closest('button');
    if (!target) return;
    const requested = target.getAttribute('data-tab');
    if (requested === 'diagram' || requested === 'table') {
        showTab(requested);
        return;
    }
    switch (target.getAttribute('data-action')) {
        case 'zoom-in': viewport.zoomIn(); break;
        case 'zoom-out': viewport.zoomOut(); break;
        case 'actual-size': viewport.actualSize(); break;
        case 'fit': viewport.fitAll(); break;
        case 'export-svg': vscode.postMessage({ type: 'export', format: 'svg' }); break;
        case 'export-png': vscode.postMessage({ type: 'export', format: 'png' }); break;
    }
});
window.addEventListener('keydown', event => {
    if (tab === 'diagram' && !event.ctrlKey && !event.altKey && !event.metaKey && viewport.handleKey(event)) {
        event.preventDefault();
    }
});

const saved = vscode.getState() ?? {};
panel = saved.panel;
viewport.restore(saved);
showTab(saved.tab === 'table' ? 'table' : 'diagram', false);
zoomLabel.textContent = `${Math.round(viewport.zoom * 100)} %`;
vscode.postMessage({ type: 'ready' });
