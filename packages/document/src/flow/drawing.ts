/** What the flowchart of one printed page consists of, in table coordinates (px). */
import type { Box, Point } from './geometry.js';
import type { ConnectorDirection } from './connectors.js';
import type { Grid } from './grid.js';
import type { SymbolShape } from './symbols.js';

export interface PlacedSymbol {
    /** The step drawn, or 'end' for the capsule of a decision's branch to `selesai`. */
    step: number | 'end';
    /** The step the symbol belongs to (for an end capsule: the decision). */
    owner: number;
    shape: SymbolShape;
    box: Box;
    /** Actor ids whose lanes the symbol spans (empty for an end capsule). */
    actors: string[];
}

/** One drawn piece of an edge: the whole edge, or its part on one page of a page-crossing edge. */
export interface FlowPiece {
    edgeIndex: number;
    from: number;
    to: number | 'end';
    label: string | null;
    points: Point[];
    /** Where the piece starts and ends: at a symbol, or at an off-page connector. */
    starts: 'symbol' | 'connector';
    ends: 'symbol' | 'connector';
}

export interface PlacedConnector {
    letter: string;
    /** Out: the flow leaves this page here; in: it resumes here. */
    role: 'out' | 'in';
    box: Box;
    /** Where the point of the pentagon points: down in a band, towards the flow beside a step. */
    direction: ConnectorDirection;
    /** The band over or under the table it sits in; null beside a step. */
    band: 'top' | 'bottom' | null;
    /** The step on this page the connector belongs to. */
    step: number;
    edgeIndex: number;
}

export interface PlacedLabel {
    edgeIndex: number;
    lines: string[];
    box: Box;
    /** Font size in px: the label size, smaller where a long word would otherwise meet a line. */
    size: number;
}

export interface PageDrawing {
    symbols: PlacedSymbol[];
    pieces: FlowPiece[];
    connectors: PlacedConnector[];
    labels: PlacedLabel[];
    /** Where a horizontal stretch of an arrow hops over a vertical one of another. */
    hops: Point[];
    /** Where arrows into the same entry join. */
    junctions: Point[];
    /** The table's ruled lines, drawn with the flow so that their weight is exact in print. */
    grid: Grid;
}
