/**
 * Where the edges that ELK does not route leave and enter their nodes. Each gets a point of its
 * own, spread along the side from its middle (a side's middle stays with ELK's edge when it has
 * one), moved onto the outline of a diamond or a capsule.
 */
import { centreX, centreY, right } from './geometry.js';
import type { FlowEdge, Side } from './flow-nodes.js';
import type { PlacedEdge, PlacedNode } from './read-elk-result.js';
import type { Point } from './types.js';

/** Distance between the ends of edges that share a side of a node. */
const PORT_SPACING = 16;

export function sidePorts(edges: readonly FlowEdge[], nodes: ReadonlyMap<string, PlacedNode>, byElk: readonly PlacedEdge[]): Map<string, Point> {
    const groups = new Map<string, { node: PlacedNode; side: Side; ends: string[]; middleTaken: boolean }>();
    const group = (nodeId: string, side: Side) => {
        const key = `${nodeId}:${side}`;
        let found = groups.get(key);
        if (!found) groups.set(key, found = { node: nodes.get(nodeId)!, side, ends: [], middleTaken: false });
        return found;
    };
    for (const placed of byElk) {
        group(placed.edge.source, placed.edge.sourceSide).middleTaken = true;
        group(placed.edge.target, placed.edge.targetSide).middleTaken = true;
    }
    // Exits before entries, so that a node's own way out keeps the middle of its side.
    for (const edge of edges) group(edge.source, edge.sourceSide).ends.push(`${edge.id}:out`);
    for (const edge of edges) group(edge.target, edge.targetSide).ends.push(`${edge.id}:in`);
    const ports = new Map<string, Point>();
    for (const { node, side, ends, middleTaken } of groups.values()) {
        ends.forEach((end, index) => {
            // 0, -1, +1, -2, +2 ... spacings from the middle (-1, +1, ... when the middle is taken).
            const rank = index + (middleTaken ? 1 : 0);
            const offset = rank === 0 ? 0 : Math.ceil(rank / 2) * PORT_SPACING * (rank % 2 ? -1 : 1);
            ports.set(end, portOn(node, side, offset));
        });
    }
    return ports;
}

function portOn(placed: PlacedNode, side: Side, wantedOffset: number): Point {
    const { box, node } = placed;
    const vertical = side === 'NORTH' || side === 'SOUTH';
    const half = (vertical ? box.width : box.height) / 2;
    // A diamond's sides slope: keep ends on the half near the vertex; other shapes, off the corners.
    const limit = node.kind === 'decision' ? half / 2 : Math.max(0, half - (vertical ? 10 : 5));
    const offset = Math.max(-limit, Math.min(limit, wantedOffset));
    if (vertical) {
        const x = centreX(box) + offset;
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
