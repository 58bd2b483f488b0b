/**
 * The ELK graph of a swimlane: every node preset at its lane's x and its row's y, and the
 * INTERACTIVE strategies, which keep those positions' order (rows) and, given room between lanes,
 * their x. ELK cannot hold lanes itself (partitions order along the flow, compound lanes do not
 * constrain placement), so the positions are ours and the result is checked afterwards.
 */
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api.js';
import type { FlowEdge, FlowNode, Side } from './flow-nodes.js';
import { portOffset } from './side-ports.js';
import { spanCentre, type LaneGrid } from './lane-grid.js';
import { MARGIN, ROW_GAP } from './typography.js';

export const LAYOUT_OPTIONS: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.separateConnectedComponents': 'false',
    // Crossing minimisation and placement follow the preset positions: nothing to gain from more sweeps.
    'elk.layered.thoroughness': '1',
    'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
    'elk.layered.layering.strategy': 'INTERACTIVE',
    'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
    'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
    'elk.layered.spacing.nodeNodeBetweenLayers': String(ROW_GAP),
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '9',
    'elk.spacing.nodeNode': '24',
    'elk.spacing.edgeNode': '16',
    'elk.spacing.edgeEdge': '10',
    'elk.padding': `[top=${MARGIN},left=${MARGIN},bottom=${MARGIN},right=${MARGIN}]`,
};

/** The x where a node's box starts: centred on its span, or beside the centre line when offset. */
export function presetX(node: FlowNode, grid: LaneGrid): number {
    const centre = spanCentre(grid, node.firstLane, node.lastLane);
    if (node.offset === 'EAST') return centre + 18;
    if (node.offset === 'WEST') return centre - 18 - node.width;
    return centre - node.width / 2;
}

export function elkGraph(nodes: readonly FlowNode[], edges: readonly FlowEdge[], grid: LaneGrid): ElkNode {
    // Ports at fixed positions: the middle of a side (a meeting's first lane on top and bottom),
    // then spread from there, as side-ports.ts continues for the edges routed after ELK.
    const byId = new Map(nodes.map(node => [node.id, node]));
    const ports = new Map<string, ElkPort[]>(nodes.map(node => [node.id, []]));
    const perSide = new Map<string, number>();
    const port = (nodeId: string, id: string, side: Side) => {
        const node = byId.get(nodeId)!;
        const rank = perSide.get(`${nodeId}:${side}`) ?? 0;
        perSide.set(`${nodeId}:${side}`, rank + 1);
        const offset = portOffset(rank);
        const x = side === 'EAST' ? node.width : side === 'WEST' ? 0 : Math.max(4, Math.min(node.width - 4, node.anchorX + offset));
        const y = side === 'NORTH' ? 0 : side === 'SOUTH' ? node.height : Math.max(4, Math.min(node.height - 4, node.height / 2 + offset));
        ports.get(nodeId)!.push({ id, x, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } });
        return id;
    };
    // Only edges between consecutive rows: a longer one would make ELK push nodes aside for it.
    const elkEdges: ElkExtendedEdge[] = edges.filter(edge => edge.byElk).map(edge => ({
        id: edge.id,
        sources: [port(edge.source, `${edge.id}:out`, edge.sourceSide)],
        targets: [port(edge.target, `${edge.id}:in`, edge.targetSide)],
    }));
    let y = MARGIN;
    const children: ElkNode[] = nodes.map(node => {
        const child: ElkNode = {
            id: node.id, x: presetX(node, grid), y, width: node.width, height: node.height,
            ports: ports.get(node.id), layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        };
        y += node.height + ROW_GAP;
        return child;
    });
    return { id: 'root', layoutOptions: LAYOUT_OPTIONS, children, edges: elkEdges };
}
