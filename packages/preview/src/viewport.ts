/**
 * Zoom and pan of the diagram: a CSS transform on the canvas inside a fixed viewport. Ctrl+wheel (and
 * a trackpad pinch) zooms about the pointer, the wheel scrolls, dragging the background pans, and
 * the keyboard does both (+, -, 0 for 100 %, F to fit, arrows). Until the user zooms or pans, the view
 * stays fitted to the window's width, so a new diagram of another size still fills it.
 */
import type { PreviewPageState } from './messages.js';

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 8;
const STEP = 1.25;
const MARGIN = 16;

export class Viewport {
    zoom = 1;
    panX = MARGIN;
    panY = MARGIN;
    fitted = true;
    private drag: { pointerId: number; x: number; y: number; moved: boolean } | undefined;

    constructor(
        readonly element: HTMLElement,
        readonly canvas: HTMLElement,
        private readonly onChange: () => void,
    ) {
        element.addEventListener('wheel', event => this.onWheel(event), { passive: false });
        element.addEventListener('pointerdown', event => this.onPointerDown(event));
        element.addEventListener('pointermove', event => this.onPointerMove(event));
        element.addEventListener('pointerup', event => this.onPointerUp(event));
        element.addEventListener('pointercancel', () => { this.drag = undefined; });
        new ResizeObserver(() => { if (this.fitted) this.fitWidth(); }).observe(element);
    }

    restore(state: Partial<PreviewPageState>): void {
        if (typeof state.zoom === 'number' && typeof state.panX === 'number' && typeof state.panY === 'number') {
            this.zoom = clamp(state.zoom);
            this.panX = state.panX;
            this.panY = state.panY;
            this.fitted = state.fitted !== false;
            this.apply();
        }
    }

    /** True when the last pointer gesture was a drag, so that the click it ends is not a click on a shape. */
    get wasDragged(): boolean {
        return this.drag?.moved ?? false;
    }

    /** The diagram's natural size (CSS pixels at 100 %). */
    contentSize(): { width: number; height: number } {
        const svg = this.canvas.querySelector('svg');
        if (!svg) {
            return { width: 0, height: 0 };
        }
        const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width || svg.getBoundingClientRect().width / this.zoom;
        const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height || svg.getBoundingClientRect().height / this.zoom;
        return { width, height };
    }

    zoomBy(factor: number, atX = this.element.clientWidth / 2, atY = this.element.clientHeight / 2): void {
        const zoom = clamp(this.zoom * factor);
        this.panX = atX - (atX - this.panX) * (zoom / this.zoom);
        this.panY = atY - (atY - this.panY) * (zoom / this.zoom);
        this.zoom = zoom;
        this.fitted = false;
        this.apply();
    }

    zoomIn(): void { this.zoomBy(STEP); }
    zoomOut(): void { this.zoomBy(1 / STEP); }

    /** 100 %, keeping the middle of the window where it is. */
    actualSize(): void { this.zoomBy(1 / this.zoom); }

    /** The whole diagram in the window. */
    fitAll(): void {
        const { width, height } = this.contentSize();
        if (width === 0 || height === 0) return;
        const available = { width: this.element.clientWidth - 2 * MARGIN, height: this.element.clientHeight - 2 * MARGIN };
        this.zoom = clamp(Math.min(available.width / width, available.height / height, 2));
        this.panX = (this.element.clientWidth - width * this.zoom) / 2;
        this.panY = MARGIN;
        this.fitted = false;
        this.apply();
    }

    /** The diagram's width in the window, its top at the top: how a new preview opens. */
    fitWidth(): void {
        const { width } = this.contentSize();
        if (width === 0) return;
        this.zoom = clamp(Math.min((this.element.clientWidth - 2 * MARGIN) / width, 1));
        this.panX = Math.max(MARGIN, (this.element.clientWidth - width * this.zoom) / 2);
        this.panY = MARGIN;
        this.fitted = true;
        this.apply();
    }

    panBy(dx: number, dy: number): void {
        this.panX += dx;
        this.panY += dy;
        this.fitted = false;
        this.apply();
    }

    /** Brings `target` into view, centred, when any part of it is outside the window. */
    reveal(target: Element): void {
        const box = target.getBoundingClientRect();
        const view = this.element.getBoundingClientRect();
        const inside = box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
        if (inside) return;
        this.panX += (view.left + view.width / 2) - (box.left + box.width / 2);
        this.panY += (view.top + view.height / 2) - (box.top + box.height / 2);
        this.apply();
    }

    handleKey(event: KeyboardEvent): boolean {
        const pan = 40;
        switch (event.key) {
            case '+': case '=': this.zoomIn(); return true;
            case '-': case '_': this.zoomOut(); return true;
            case '0': this.actualSize(); return true;
            case 'f': case 'F': this.fitAll(); return true;
            case 'ArrowLeft': this.panBy(pan, 0); return true;
            case 'ArrowRight': this.panBy(-pan, 0); return true;
            case 'ArrowUp': this.panBy(0, pan); return true;
            case 'ArrowDown': this.panBy(0, -pan); return true;
            default: return false;
        }
    }

    apply(): void {
        this.canvas.style.transform = `translate(${this.panX}px, ${this.panY}px) scale(${this.zoom})`;
        this.onChange();
    }

    private onWheel(event: WheelEvent): void {
        event.preventDefault();
        const rect = this.element.getBoundingClientRect();
        if (event.ctrlKey || event.metaKey) {
            this.zoomBy(Math.exp(-event.deltaY * 0.002), event.clientX - rect.left, event.clientY - rect.top);
        } else if (event.shiftKey) {
            this.panBy(-event.deltaY, 0);
        } else {
            this.panBy(-event.deltaX, -event.deltaY);
        }
    }

    private onPointerDown(event: PointerEvent): void {
        if (event.button !== 0) return;
        this.drag = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    }

    private onPointerMove(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) return;
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (!drag.moved && Math.hypot(dx, dy) < 4) return;
        if (!drag.moved) {
            drag.moved = true;
            this.element.setPointerCapture(event.pointerId);
            this.element.classList.add('panning');
        }
        drag.x = event.clientX;
        drag.y = event.clientY;
        this.panBy(dx, dy);
    }

    private onPointerUp(event: PointerEvent): void {
        if (this.drag?.pointerId !== event.pointerId) return;
        this.element.classList.remove('panning');
        if (this.element.hasPointerCapture(event.pointerId)) this.element.releasePointerCapture(event.pointerId);
        // Keep `moved` until the click event that follows has been seen.
        const drag = this.drag;
        setTimeout(() => { if (this.drag === drag) this.drag = undefined; }, 0);
    }
}

function clamp(zoom: number): number {
    return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}
