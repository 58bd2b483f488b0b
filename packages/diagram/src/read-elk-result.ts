/**
 * ELK's answer turned into our plain data: node boxes, edge polylines (ending on a diamond's or a
 * capsule's outline rather than on its bounding box) and the lane bands around the nodes.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { centreX, centreY, right, simplify } from './geometry.js';
import { presetX } from './elk-graph.js';
import type { LaneGrid } from './lane-grid.js';
import type { FlowEdge, FlowNode } from './flow-nodes.js';
import type { Box, Point } from './types.js';

export interface PlacedNode {
    node: FlowNode;
    box: Box;
}

export interface PlacedEdge {
    edge: FlowEdge;
    points: Point[];
}

export interface LaneBand {
    x: number;
    width: number;
}

export function placedNodes(result: ElkNode, nodes: readonly FlowNode[]): PlacedNode[] {
    const byId = new Map((result.children ?? []).map(child => [child.id, child]));
    return nodes.map(node => {
        const child = byId.get(node.id)!;
        return { node, box: { x: child.x ?? 0, y: child.y ?? 0, width: node.width, height: node.height } };
    });
}

export function placedEdges(result: ElkNode, edges: readonly FlowEdge[], nodes: ReadonlyMap<string, PlacedNode>): PlacedEdge[] {
    const byId = new Map((result.edges ?? []).map(edge => [edge.id, edge]));
    return edges.map(edge => {
        const section = byId.get(edge.id)?.sections?.[0];
        const raw = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
        const points = simplify(raw.map(point => ({ x: point.x, y: point.y })));
        if (points.length >= 2) {
            points[0] = onOutline(points[0], points[1], nodes.get(edge.source)!);
            points[points.length - 1] = onOutline(points[points.length - 1], points[points.length - 2], nodes.get(edge.target)!);
        }
        return { edge, points };
    });
}

/**
 * Moves an edge's end along its last segment onto the shape's outline: a port on a diamond's or
 * capsule's bounding box is in empty space when the shape does not fill its box there.
 */
function onOutline(end: Point, next: Point, placed: PlacedNode): Point {
    const { box, node } = placed;
    const vertical = Math.abs(end.x - next.x) < 0.01;
    if (node.kind === 'decision') {
        const halfWidth = box.width / 2;
        const halfHeight = box.height / 2;
        if (vertical) {
            const dy = halfHeight * Math.max(0, 1 - Math.abs(end.x - centreX(box)) / halfWidth);
            return { x: end.x, y: end.y <= centreY(box) ? centreY(box) - dy : centreY(box) + dy };
        }
        const dx = halfWidth * Math.max(0, 1 - Math.abs(end.y - centreY(box)) / halfHeight);
        return { x: end.x <= centreX(box) ? centreX(box) - dx : centreX(box) + dx, y: end.y };
    }
    if (node.kind === 'start' || node.kind === 'end') {
        const radius = box.height / 2;
        if (vertical) {
            const fromSide = Math.min(end.x - box.x, right(box) - end.x);
            if (fromSide >= radius) return end;
            const dy = radius - Math.sqrt(Math.max(0, radius * radius - (radius - fromSide) ** 2));
            return { x: end.x, y: end.y <= centreY(box) ? box.y + dy : box.y + box.height - dy };
        }
    }
    return end;
}

/**
 * One band per lane, as wide as the grid's lane and shifted by however far ELK moved the nodes as
 * a whole; the outer bands reach out to whatever is drawn beyond them.
 */
export function laneBands(laneCount: number, grid: LaneGrid, nodes: readonly PlacedNode[], edges: readonly PlacedEdge[], texts: readonly Box[], margin: number): LaneBand[] {
    const shifts = nodes.map(placed => placed.box.x - presetX(placed.node, grid)).sort((a, b) => a - b);
    const shift = shifts.length > 0 ? shifts[Math.floor(shifts.length / 2)] : 0;
    const bands = Array.from({ length: laneCount }, (_, index) => ({ x: grid.lefts[index] + shift, width: grid.widths[index] }));
    const xs = [...nodes.flatMap(placed => [placed.box.x, right(placed.box)]), ...edges.flatMap(placed => placed.points.map(point => point.x)), ...texts.flatMap(box => [box.x, right(box)])];
    const first = bands[0];
    const last = bands[bands.length - 1];
    const minX = Math.min(...xs) - margin;
    const maxX = Math.max(...xs) + margin;
    if (first && minX < first.x) {
        first.width += first.x - minX;
        first.x = minX;
    }
    if (last && maxX > last.x + last.width) {
        last.width = maxX - last.x;
    }
    return bands;
}
