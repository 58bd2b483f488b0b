/**
 * Text placed beside the drawing after the edges are routed: a branch label ("Ya", "Tidak",
 * "lengkap") beside the first segment of its own edge, right where it leaves its node, and the
 * waktu beside its node. Each goes to the first candidate place that touches no node, edge or
 * other label; a waktu that finds no free place is left out rather than drawn over something.
 */
import { measureText, wrapText } from '@sop-ap/document';
import { bottom, boxesOverlap, boxTouchesShape, segmentBox, segments } from './geometry.js';
import { BandIndex } from './spatial-index.js';
import type { PlacedEdge, PlacedNode } from './read-elk-result.js';
import type { Box, Point } from './types.js';
import { LABEL_LINE, LABEL_TEXT, WAKTU_LINE, WAKTU_TEXT } from './typography.js';

/** Between a label and its edge: more than an edge's thickness plus the margin `conflicts` keeps. */
const GAP = 4;
const LABEL_MAX_WIDTH = 110;

/** What text must not sit on: nodes, edge segments (thickened) and the texts placed so far. */
export class Obstacles {
    private readonly nodes = new BandIndex<PlacedNode>();
    private readonly segments = new BandIndex<Box>();
    private readonly texts = new BandIndex<Box>();

    constructor(nodes: readonly PlacedNode[]) {
        for (const placed of nodes) this.nodes.add(placed.box.y, bottom(placed.box), placed);
    }

    addEdge(points: readonly Point[]): void {
        for (const [a, b] of segments(points)) {
            const box = segmentBox(a, b, 1.5);
            this.segments.add(box.y, bottom(box), box);
        }
    }

    addText(box: Box): void {
        this.texts.add(box.y, bottom(box), box);
    }


    /** How many things a text box would sit on (its own edge counts too: a label sits beside it, not on it). */
    conflicts(box: Box): number {
        let count = 0;
        for (const placed of this.nodes.near(box.y, bottom(box))) {
            if (boxTouchesShape(box, placed.box, placed.node.kind === 'decision')) count++;
        }
        for (const other of [...this.segments.near(box.y - 1, bottom(box) + 1), ...this.texts.near(box.y - 1, bottom(box) + 1)]) {
            if (boxesOverlap(box, other, 1)) count++;
        }
        return count;
    }
}

export function labelLines(text: string): string[] {
    return wrapText(text, LABEL_MAX_WIDTH, LABEL_TEXT);
}

export function labelSize(lines: readonly string[]): { width: number; height: number } {
    return { width: Math.ceil(Math.max(...lines.map(line => measureText(line, LABEL_TEXT)))) + 4, height: lines.length * LABEL_LINE + 2 };
}

/** Candidates beside the first segment of the edge, nearest first. */
export function placeBranchLabel(edge: PlacedEdge, size: { width: number; height: number }, obstacles: Obstacles): Box | null {
    const [start, next] = edge.points;
    if (!start || !next) return null;
    const { width, height } = size;
    const length = Math.hypot(next.x - start.x, next.y - start.y);
    const candidates: Point[] = [];
    // Along the first segment, nearest its start first; the label always overlaps the segment's
    // extent, so that it reads as this edge's label even where the segment is shorter than it.
    if (Math.abs(start.x - next.x) < 0.01) {
        const down = next.y > start.y;
        for (let along = 2; along === 2 || along < length - 4; along += 6) {
            const y = down ? start.y + along : start.y - along - height;
            candidates.push({ x: start.x + GAP, y }, { x: start.x - GAP - width, y });
        }
    } else {
        const east = next.x > start.x;
        for (let along = GAP; along === GAP || along < length - 4; along += 6) {
            const x = east ? start.x + along : start.x - along - width;
            candidates.push({ x, y: start.y - GAP - height }, { x, y: start.y + GAP });
        }
    }
    return firstFree(candidates, size, obstacles);
}

/** Beside the node's top corners, then its bottom corners; a diamond's empty corners count as free. */
export function placeWaktu(text: string, node: PlacedNode, obstacles: Obstacles): Box | null {
    const width = Math.ceil(measureText(text, WAKTU_TEXT)) + 2;
    const height = WAKTU_LINE;
    const { box } = node;
    const diamond = node.node.kind === 'decision';
    const rightX = diamond ? box.x + box.width * 0.75 + 2 : box.x + box.width + GAP;
    const leftX = diamond ? box.x + box.width * 0.25 - 2 - width : box.x - GAP - width;
    const candidates: Point[] = [
        { x: rightX, y: box.y }, { x: leftX, y: box.y },
        { x: rightX, y: box.y + box.height - height }, { x: leftX, y: box.y + box.height - height },
    ];
    return firstFree(candidates, { width, height }, obstacles, true);
}

function firstFree(candidates: readonly Point[], size: { width: number; height: number }, obstacles: Obstacles, strict = false): Box | null {
    let best: { box: Box; cost: number } | null = null;
    for (const candidate of candidates) {
        const box = { x: candidate.x, y: candidate.y, width: size.width, height: size.height };
        const cost = obstacles.conflicts(box);
        if (cost === 0) return box;
        if (!best || cost < best.cost) best = { box, cost };
    }
    return strict ? null : best?.box ?? null;
}
