/**
 * The laid-out swimlane diagram as plain data: what `layoutSwimlane` returns and `renderSvg`
 * draws. Coordinates are SVG user units (CSS pixels), origin at the top left of the diagram.
 */

export interface Point {
    x: number;
    y: number;
}

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** One vertical band per actor, in `pelaksana` order. */
export interface LaneLayout {
    id: string;
    title: string;
    /** The title wrapped to the header. */
    titleLines: string[];
    x: number;
    width: number;
    /** The header cell holding the title; the band runs from its bottom to the diagram's. */
    header: Box;
}

export type NodeKind = 'start' | 'process' | 'decision' | 'end';

export interface NodeLayout {
    /** Unique within the diagram: `start`, `step-N`, `end-N` (the end after step N's branch). */
    id: string;
    /** The step number, or `start` / `end` for the terminators that are not steps. */
    step: number | 'start' | 'end';
    kind: NodeKind;
    /** Actor ids: one, or several for a meeting. A terminator has the actor of the step it touches. */
    actors: string[];
    /** The lanes the node spans: from its leftmost to its rightmost actor, lanes between included. */
    lanes: string[];
    box: Box;
    /** The text drawn inside, wrapped to the node ("3. Membuat konsep ..."). */
    lines: string[];
    /**
     * How many of the last `lines` are a note naming a meeting's participants, drawn when its box
     * crosses lanes that take no part in it ("(Pemohon, Kepala Dinas)"); 0 otherwise.
     */
    noteLines: number;
    /** The full text, for a tooltip (`<title>`). */
    text: string;
    /** 1-based source line of a step; null for terminators. */
    line: number | null;
    /** The waktu as written ("1-2 jam"), drawn beside the node; null when none. */
    waktu: string | null;
    waktuBox: Box | null;
    /** For an end terminator: the step whose edge it ends. */
    owner: number | null;
}

export interface EdgeLayout {
    /** The step the edge leaves, or `start` for the arrow into step 1. */
    from: number | 'start';
    to: number | 'end';
    /** Ids of the nodes it joins (an end edge ends at its own end terminator). */
    source: string;
    target: string;
    /** "Ya", "Tidak", a custom branch label, or null for plain flow. */
    label: string | null;
    /** The orthogonal polyline from the source's outline to the target's, arrowhead at the end. */
    points: Point[];
    labelLines: string[];
    labelBox: Box | null;
}

export interface SwimlaneLayout {
    sopId: string;
    title: string;
    /** The title wrapped to the diagram's width, drawn above the lane headers. */
    titleLines: string[];
    width: number;
    height: number;
    lanes: LaneLayout[];
    nodes: NodeLayout[];
    edges: EdgeLayout[];
    /** How many layouts it took before every geometry check held (1 when ELK's first one did). */
    attempts: number;
    /** Geometry promises still broken after the last attempt (see geometry-check.ts); empty when all hold. */
    problems: string[];
}

/** The part of elkjs's API the layout uses, so that a host can hand in its own instance. */
export interface ElkLike {
    layout(graph: import('elkjs/lib/elk-api.js').ElkNode, args?: { layoutOptions?: Record<string, string> }): Promise<import('elkjs/lib/elk-api.js').ElkNode>;
}

export interface LayoutOptions {
    /** An ELK instance to use (for example one running in a web worker). */
    elk?: ElkLike;
    /**
     * Makes the worker ELK runs in: a host that must not block its main thread passes
     * `url => new Worker(url)` (browsers) or a `web-worker` factory. Ignored when `elk` is given.
     */
    workerFactory?: (url?: string) => unknown;
    /** Where the ELK worker script lives, for `workerFactory`. */
    workerUrl?: string;
}
