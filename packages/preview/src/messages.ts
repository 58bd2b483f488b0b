/**
 * The messages between the editor extension and the preview page. The extension owns the state (which
 * document, which SOP, the cursor); the page shows it and reports what the user did.
 */

export interface PreviewProblem {
    /** 1-based, as people read them. */
    line: number;
    column: number;
    message: string;
    code: string;
}

/** Extension → page. */
export type ToPreview =
    /** A new diagram for the SOP on show. The page keeps its zoom and scroll. */
    | { type: 'diagram'; uri: string; version: number; sopId: string; title: string; svg: string }
    /** The source has errors (empty: it has none). The page keeps the last good diagram under a banner. */
    | { type: 'problems'; sopId: string | null; problems: PreviewProblem[] }
    /** The step under the editor's cursor, or null. */
    | { type: 'select'; step: number | null }
    /** The printed document of the SOP on show, for the Tabel tab. */
    | { type: 'table'; sopId: string; html: string }
    /** `sop.preview.theme`: `auto` follows VS Code's colours. */
    | { type: 'theme'; theme: PreviewTheme }
    /** Turn a standalone SVG into a PNG (the page has a canvas; the extension has none). */
    | { type: 'rasterize'; requestId: number; svg: string; scale: number }
    /** An empty preview: no .sop editor to follow. */
    | { type: 'empty'; message: string }
    /** What the extension needs to restore this panel after a window reload; the page keeps it. */
    | { type: 'panel'; panel: PanelRestoreState };

/** Which document a panel shows, kept by the page so that the panel comes back after a reload. */
export interface PanelRestoreState {
    resource: string;
    locked: boolean;
    line: number;
}

export type PreviewTheme = 'auto' | 'light' | 'dark';

/** Page → extension. */
export type FromPreview =
    | { type: 'ready' }
    /** A shape was clicked: reveal its step in the editor. */
    | { type: 'reveal'; step: number; line: number }
    /** A problem in the banner was clicked: reveal it in the editor. */
    | { type: 'revealLine'; line: number; column: number }
    | { type: 'export'; format: 'svg' | 'png' }
    | { type: 'rasterized'; requestId: number; dataUrl: string | null; error?: string }
    | { type: 'tab'; tab: PreviewTab };

export type PreviewTab = 'diagram' | 'table';

/** What the page remembers across reloads of the window (VS Code keeps it with the panel). */
export interface PreviewPageState {
    zoom: number;
    panX: number;
    panY: number;
    tab: PreviewTab;
    /** The view is fitted to the window until the user zooms or pans. */
    fitted: boolean;
    panel?: PanelRestoreState;
}

/** The words of the page, in the editor's language. */
export interface PreviewStrings {
    diagram: string;
    table: string;
    zoomIn: string;
    zoomOut: string;
    actualSize: string;
    fit: string;
    exportSvg: string;
    exportPng: string;
    errorsBanner: string;
    waiting: string;
}
