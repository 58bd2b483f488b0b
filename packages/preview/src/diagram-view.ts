/**
 * The diagram on show: replaced as a whole when a new one arrives (the viewport's transform, and so
 * the zoom and scroll, stay), the selected step marked with `data-selected="true"`, and a click on
 * a shape turned into "reveal this step in the editor".
 */
import type { Viewport } from './viewport.js';

export class DiagramView {
    private selectedStep: number | null = null;
    sopId: string | null = null;

    constructor(
        private readonly viewport: Viewport,
        private readonly onReveal: (step: number, line: number) => void,
    ) {
        viewport.canvas.addEventListener('click', event => this.onClick(event));
    }

    get svg(): SVGSVGElement | null {
        return this.viewport.canvas.querySelector('svg');
    }

    /** Shows `svgText`; false when it is not a well-formed SVG (the old one stays). */
    show(svgText: string, sopId: string): boolean {
        const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        const root = parsed.documentElement;
        if (root.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
            return false;
        }
        const changedSop = sopId !== this.sopId;
        this.viewport.canvas.replaceChildren(document.importNode(root, true));
        this.sopId = sopId;
        if (this.viewport.fitted || changedSop) {
            this.viewport.fitWidth();
        }
        this.markSelection(false);
        return true;
    }

    select(step: number | null): void {
        this.selectedStep = step;
        this.markSelection(true);
    }

    private markSelection(reveal: boolean): void {
        const svg = this.svg;
        if (!svg) return;
        for (const node of svg.querySelectorAll('[data-selected]')) {
            node.removeAttribute('data-selected');
        }
        if (this.selectedStep === null) return;
        const node = svg.querySelector(`g[data-step="${this.selectedStep}"]`);
        if (node) {
            node.setAttribute('data-selected', 'true');
            if (reveal) this.viewport.reveal(node);
        }
    }

    private onClick(event: MouseEvent): void {
        if (this.viewport.wasDragged) return;
        const node = (event.target as Element).closest('g[data-step]');
        const step = Number(node?.getAttribute('data-step'));
        const line = Number(node?.getAttribute('data-line'));
        if (node && Number.isInteger(step) && Number.isInteger(line)) {
            this.onReveal(step, line);
        }
    }
}
