/**
 * Where the edges that ELK does not route leave and enter their nodes. Each gets a point of its
 * own, spread along the side from its middle (a side's middle stays with ELK's edge when it has
 * one), moved onto the outline of a diamond or a capsule.
 */
import { centreY, right } from './geometry.js';
import type { FlowEdge, Side } from './flow-nodes.js';
import type { PlacedEdge, PlacedNode } from './read-elk-result.js';
import type { Point } from './types.js';

/** Distance between the ends of edges that share a side of a node. */
const PORT_SPACING = 16;

export function sidePorts(edges: readonly FlowEdge[], nodes: ReadonlyMap<string, PlacedNode>, byElk: readonly PlacedEdge[]): Map<string, Point> {
    type End = { key: string; span: number; fromRight: boolean };
    const groups = new Map<string, { node: PlacedNode; side: Side; ends: End[]; taken: number }>();
    const group = (nodeId: string, side: Side) => {
        const key = `${nodeId}:${side}`;
        let found = groups.get(key);
        if (!found) groups.set(key, found = { node: nodes.get(nodeId)!, side, ends: [], taken: 0 });
        return found;
    };
    for (const placed of byElk) {
        group(placed.edge.source, placed.edge.sourceSide).taken++;
        group(placed.edge.target, placed.edge.targetSide).taken++;
    }
    const span = (edge: FlowEdge) => Math.abs(nodes.get(edge.target)!.node.row - nodes.get(edge.source)!.node.row);
    // Exits before entries, so that a node's own way out keeps the middle of its side.
    for (const edge of edges) group(edge.source, edge.sourceSide).ends.push({ key: `${edge.id}:out`, span: 0, fromRight: false });
    for (const edge of edges) {
        const source = nodes.get(edge.source)!;
        const target = nodes.get(edge.target)!;
        const fromRight = edge.sourceSide === 'EAST' || (edge.sourceSide === 'SOUTH' && source.box.x + source.node.anchorX > target.box.x + target.node.anchorX);
        group(edge.target, edge.targetSide).ends.push({ key: `${edge.id}:in`, span: span(edge), fromRight });
    }
    const ports = new Map<string, Point>();
    for (const { node, side, ends, taken } of groups.values()) {
        if (side === 'NORTH') {
            // Into the top: the nearest source takes the middle, the others come in on the side
            // they arrive from, so that an edge arriving from the right never crosses the others.
            ends.sort((a, b) => a.span - b.span);
            let right = 0;
            let left = 0;
            ends.forEach((end, index) => {
                const offset = index === 0 && taken === 0 ? 0 : end.fromRight ? ++right * PORT_SPACING : -(++left) * PORT_SPACING;
                ports.set(end.key, portOn(node, side, offset));
            });
            continue;
        }
        ends.forEach((end, index) => {
            // The same sequence as ELK's ports on that side (elk-graph.ts), after them.
            ports.set(end.key, portOn(node, side, portOffset(index + taken)));
        });
    }
    return ports;
}

/**
 * 0, +1, -1, +2, -2 ... port spacings from the middle (the anchor) of a side. Below (or right of)
 * the middle first: a branch label sits above its sideways first segment, so an edge coming into
 * the same side keeps clear of it.
 */
export function portOffset(rank: number): number {
    return rank === 0 ? 0 : Math.ceil(rank / 2) * PORT_SPACING * (rank % 2 ? 1 : -1);
}

function portOn(placed: PlacedNode, side: Side, wantedOffset: number): Point {
    const { box, node } = placed;
    const vertical = side === 'NORTH' || side === 'SOUTH';
    const anchor = vertical ? node.anchorX : box.height / 2;
    const length = vertical ? box.width : box.height;
    // A diamond's sides slope: keep ends on the half near the vertex; other shapes, off the corners.
    const margin = node.kind === 'decision' ? length / 4 : vertical ? 10 : 5;
    const offset = Math.max(margin - anchor, Math.min(length - margin - anchor, wantedOffset));
    if (vertical) {
        const x = box.x + anchor + offset;
        let inset = 0;
        if (node.kind === 'decision') inset = (box.height / 2) * (Math.abs(offset) / (box.width / 2));
        if ((node.kind === 'start' || node.kind === 'end') && box.width / 2 - Math.abs(offset) < box.height / 2) {
            const radius = box.height / 2;
            const fromCentre = radius - (box.width / 2 - Math.abs(offset));
            inset = radius - Math.sqrt(Math.max(0, radius * radius - fromCentre * fromCentre));
        }
        return { x, y: side === 'NORTH' ? box.y + inset : box.y + box.height - inset };
    }
    const y = centreY(box) + offset;
    let inset = 0;
    if (node.kind === 'decision') inset = (box.width / 2) * (Math.abs(offset) / (box.height / 2));
    if (node.kind === 'start' || node.kind === 'end') {
        const radius = box.height / 2;
        inset = radius - Math.sqrt(Math.max(0, radius * radius - offset * offset));
    }
    return { x: side === 'EAST' ? right(box) - inset : box.x + inset, y };
}
