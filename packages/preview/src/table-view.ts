/**
 * The Tabel tab: the printed document (identity page and flowchart pages), as `sop compile` writes
 * it. Its stylesheet is scoped to a shadow root so that it cannot restyle the page around it; its
 * embedded font is declared on the page, because Chromium ignores @font-face inside a shadow root.
 */
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

export class TableView {
    private readonly root: ShadowRoot;
    private readonly fonts: HTMLStyleElement;
    sopId: string | null = null;

    constructor(host: HTMLElement) {
        this.root = host.attachShadow({ mode: 'open' });
        this.fonts = document.createElement('style');
        document.head.append(this.fonts);
    }

    show(html: string, sopId: string): void {
        const printed = new DOMParser().parseFromString(html, 'text/html');
        const css = [...printed.querySelectorAll('style')].map(style => style.textContent ?? '').join('\n');
        this.fonts.textContent = (css.match(FONT_FACE) ?? []).join('\n');
        const style = document.createElement('style');
        style.textContent = css.replace(FONT_FACE, '') + '\n:host { display: block; } .sop-table-document { zoom: var(--sop-table-zoom, 1); }';
        const body = document.createElement('div');
        body.className = 'sop-table-document';
        body.append(...[...printed.body.childNodes].map(node => document.importNode(node, true)));
        this.root.replaceChildren(style, body);
        this.sopId = sopId;
    }
}
