/**
 * The preview's own messages between the editor extension and the language server, beside LSP.
 * The server lays out and renders only for documents that have a preview open (subscribe), after
 * validation, and sends every SOP of the file with its SVG and the version it shows.
 */

export const PreviewMethods = {
    /** Client → server notification: a preview shows this document now. */
    subscribe: 'sop/preview/subscribe',
    /** Client → server notification: no preview shows this document any more. */
    unsubscribe: 'sop/preview/unsubscribe',
    /** Server → client notification: the document's SOPs, drawn. */
    update: 'sop/preview/update',
    /** Client → server request: the printed document of one SOP (the Tabel tab). */
    table: 'sop/preview/table',
    /** Client → server request: one SOP's standalone SVG (font and colours inside), for export. */
    standaloneSvg: 'sop/preview/standaloneSvg',
} as const;

export interface PreviewSubscription {
    uri: string;
}

export interface PreviewProblemInfo {
    /** 1-based. */
    line: number;
    column: number;
    message: string;
    code: string;
}

export interface PreviewStepInfo {
    number: number;
    /** 0-based lines, as LSP counts, of the step's whole text. */
    startLine: number;
    endLine: number;
}

export interface PreviewSopInfo {
    id: string;
    title: string;
    /** 0-based lines of the whole `sop ... { }`. */
    startLine: number;
    endLine: number;
    steps: PreviewStepInfo[];
    /** The diagram, styled by the host's CSS; null while the SOP has errors (keep the last good one). */
    svg: string | null;
    /** The SOP's errors (none when `svg` is set). */
    problems: PreviewProblemInfo[];
}

export interface PreviewUpdate {
    uri: string;
    /** The editor's version of the text drawn (null for text read from disk). */
    version: number | null;
    sops: PreviewSopInfo[];
    /** Errors outside any SOP (a syntax error between two SOPs), which may hide an SOP. */
    fileProblems: PreviewProblemInfo[];
}

export interface PreviewSopRequest {
    uri: string;
    sopId: string;
    theme?: 'light' | 'dark';
    paper?: 'a4' | 'f4' | 'letter';
}

export interface PreviewTableResult {
    html: string;
}

export interface PreviewSvgResult {
    svg: string;
}
