/**
 * The promises the diagram makes, checked on every layout: each node inside its lane band, steps
 * top to bottom in order, no edge through a node, no two edges on top of each other for more than
 * a crossing, no label on a node or on another label, every edge drawn (with its label). Each
 * broken promise comes back as a sentence; the layout tries again wider when there is any.
 */
import { boxesOverlap, boxTouchesShape, collinearOverlap, right, segmentBox, segmentEntersShape, segments } from './geometry.js';
import { BandIndex } from './spatial-index.js';
import type { Point, SwimlaneLayout } from './types.js';

const TOLERANCE = 0.5;
/** Two edges may share a point (a crossing, a common end); sharing a run longer than this is overlap. */
const MAX_SHARED_RUN = 2;

export function geometryProblems(layout: SwimlaneLayout): string[] {
    const problems: string[] = [];
    const lanes = new Map(layout.lanes.map(lane => [lane.id, lane]));
    const steps = layout.nodes.filter(node => typeof node.step === 'number');

    for (const node of layout.nodes) {
        const spanned = node.lanes.map(id => lanes.get(id)).filter(lane => lane !== undefined);
        const left = Math.min(...spanned.map(lane => lane.x));
        const rightEdge = Math.max(...spanned.map(lane => lane.x + lane.width));
        if (spanned.length === 0 || node.box.x < left - TOLERANCE || right(node.box) > rightEdge + TOLERANCE) {
            problems.push(`node ${node.id} (${node.box.x.toFixed(1)}..${right(node.box).toFixed(1)}) leaves its lane ${node.lanes.join('+')} (${left.toFixed(1)}..${rightEdge.toFixed(1)})`);
        }
    }
    for (let index = 1; index < steps.length; index++) {
        const before = steps[index - 1].box;
        if (steps[index].box.y < before.y + before.height - TOLERANCE) {
            problems.push(`step ${steps[index].step} is not below step ${steps[index - 1].step}`);
        }
    }

    const nodeIndex = rowIndex(layout.nodes.map(node => ({ top: node.box.y, bottom: node.box.y + node.box.height, item: node })));
    const allSegments: Array<{ edge: string; segment: [Point, Point] }> = [];
    for (const edge of layout.edges) {
        const name = `edge ${edge.from}->${edge.to}${edge.label ? ` (${edge.label})` : ''}`;
        if (edge.points.length < 2) {
            problems.push(`${name} is not drawn`);
            continue;
        }
        if (edge.label && !edge.labelBox) problems.push(`${name} has no label`);
        for (const segment of segments(edge.points)) {
            const [a, b] = segment;
            if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) problems.push(`${name} has a slanted segment`);
            for (const node of nodeIndex(Math.min(a.y, b.y), Math.max(a.y, b.y))) {
                if (segmentEntersShape(a, b, node.box, node.kind === 'decision')) problems.push(`${name} runs through node ${node.id}`);
            }
            allSegments.push({ edge: name, segment });
        }
    }
    problems.push(...overlappingEdges(allSegments));

    const texts = layout.edges.filter(edge => edge.labelBox).map(edge => ({ name: `label "${edge.label}" of ${edge.from}->${edge.to}`, box: edge.labelBox! }))
        .concat(layout.nodes.filter(node => node.waktuBox).map(node => ({ name: `waktu of ${node.id}`, box: node.waktuBox! })));
    const segmentIndex = rowIndex(allSegments.map(item => ({ top: Math.min(item.segment[0].y, item.segment[1].y), bottom: Math.max(item.segment[0].y, item.segment[1].y), item })));
    for (const [index, text] of texts.entries()) {
        for (const node of nodeIndex(text.box.y, text.box.y + text.box.height)) {
            if (boxTouchesShape(text.box, node.box, node.kind === 'decision')) problems.push(`${text.name} lies on node ${node.id}`);
        }
        for (const { edge, segment } of segmentIndex(text.box.y, text.box.y + text.box.height)) {
            if (boxesOverlap(text.box, segmentBox(segment[0], segment[1]))) problems.push(`${text.name} lies on ${edge}`);
        }
        for (const other of texts.slice(index + 1)) {
            if (boxesOverlap(text.box, other.box)) problems.push(`${text.name} lies on ${other.name}`);
        }
    }
    return problems;
}

/** Axis-parallel runs of different edges lying on each other: bucketed by their x (or y). */
function overlappingEdges(all: ReadonlyArray<{ edge: string; segment: [Point, Point] }>): string[] {
    const problems: string[] = [];
    const buckets = new Map<string, Array<{ edge: string; segment: [Point, Point] }>>();
    for (const item of all) {
        const [a, b] = item.segment;
        const axis = Math.abs(a.x - b.x) < 0.01 ? 'v' : 'h';
        const at = Math.round(axis === 'v' ? a.x : a.y);
        for (const near of [at - 1, at, at + 1]) {
            for (const other of buckets.get(`${axis}${near}`) ?? []) {
                if (other.edge !== item.edge && collinearOverlap(other.segment, item.segment) > MAX_SHARED_RUN) {
                    problems.push(`${item.edge} runs on top of ${other.edge}`);
                }
            }
        }
        const key = `${axis}${at}`;
        if (!buckets.has(key)) buckets.set(key, []);
        buckets.get(key)!.push(item);
    }
    return problems;
}

/** Items by vertical extent, to find the few that a given y range touches without looking at all. */
export function rowIndex<T>(items: ReadonlyArray<{ top: number; bottom: number; item: T }>): (top: number, bottom: number) => T[] {
    const index = new BandIndex<T>();
    for (const entry of items) index.add(entry.top, entry.bottom, entry.item);
    return (top, bottom) => index.near(top, bottom);
}
