/**
 * `layoutSwimlane(model)`: nodes sized to their text and preset in their lanes and rows; ELK lays
 * out the rows and routes the edges down between consecutive rows; the other edges (loop-backs,
 * jumps, sideways branches) are routed along free tracks; labels and waktu go beside them. Then
 * every promise of `geometryProblems` is checked, and a layout that breaks one is done again with
 * wider gaps between the lanes (what is left is reported in `problems`, never hidden).
 */
import { wrapText } from '@sop-ap/document';
import type { SopModel } from '@sop-ap/model';
import { labelLines, labelSize, Obstacles, placeBranchLabel, placeWaktu } from './beside-labels.js';
import { elkGraph } from './elk-graph.js';
import { laneGrid } from './lane-grid.js';
import { elkFor } from './elk-instance.js';
import { flowNodes, type FlowEdge } from './flow-nodes.js';
import { geometryProblems } from './geometry-check.js';
import { routeChannels } from './channel-routes.js';
import { laneBands, placedEdges, placedNodes, type PlacedEdge, type PlacedNode } from './read-elk-result.js';
import type { Box, EdgeLayout, ElkLike, LaneLayout, LayoutOptions, NodeLayout, SwimlaneLayout } from './types.js';
import { HEADER_LINE, HEADER_PADDING, HEADER_TEXT, LANE_GAP, MARGIN, TITLE_LINE, TITLE_TEXT } from './typography.js';

/** Wider gaps each time: 100, 150, 225, 338 px. */
const MAX_ATTEMPTS = 4;
const GAP_GROWTH = 1.5;
/** Space between the lane headers and the first node. */
const HEADER_CLEARANCE = 14;

export async function layoutSwimlane(model: SopModel, options: LayoutOptions = {}): Promise<SwimlaneLayout> {
    const elk = await elkFor(options);
    let gap = LANE_GAP;
    let layout: SwimlaneLayout | undefined;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        layout = await layoutOnce(model, elk, gap, attempt);
        layout.problems = geometryProblems(layout);
        if (layout.problems.length === 0) break;
        gap = Math.round(gap * GAP_GROWTH);
    }
    return layout!;
}

async function layoutOnce(model: SopModel, elk: ElkLike, gap: number, attempt: number): Promise<SwimlaneLayout> {
    const grid = laneGrid(model, gap);
    const { nodes, edges } = flowNodes(model, grid);
    const result = await elk.layout(elkGraph(nodes, edges, grid));
    const placed = placedNodes(result, nodes);
    const byId = new Map(placed.map(item => [item.node.id, item]));
    const fromElk = placedEdges(result, edges.filter(edge => edge.byElk), byId);

    const ours = routeChannels(edges.filter(edge => !edge.byElk), byId, fromElk);
    const byEdge = new Map([...fromElk, ...ours].map(item => [item.edge, item]));
    const routed = edges.map(edge => byEdge.get(edge)!);

    // Labels beside their edges once every edge is drawn, then waktu where there is room.
    const obstacles = new Obstacles(placed);
    const labels = new Map<FlowEdge, { lines: string[]; box: Box | null }>();
    const placeLabel = (item: PlacedEdge) => {
        if (!item.edge.label) return;
        const lines = labelLines(item.edge.label);
        const box = placeBranchLabel(item, labelSize(lines), obstacles);
        if (box) obstacles.addText(box);
        labels.set(item.edge, { lines, box });
    };
    routed.forEach(item => obstacles.addEdge(item.points));
    routed.forEach(placeLabel);
    const waktu = new Map(placed.map(item => [item, item.node.waktu ? placeWaktu(item.node.waktu, item, obstacles) : null]));
    for (const box of waktu.values()) if (box) obstacles.addText(box);
    const texts = [...[...labels.values()].map(label => label.box), ...waktu.values()].filter((box): box is Box => box !== null);
    const bands = laneBands(model.actors.length, grid, placed, routed, texts, 12);

    // Title and lane headers above; everything shifted so that the first lane starts at the margin.
    const diagramWidth = bands.reduce((sum, band) => sum + band.width, 0);
    const titleLines = wrapText(model.title, Math.max(200, diagramWidth), TITLE_TEXT);
    const headerLines = model.actors.map((actor, index) => wrapText(actor.title, bands[index].width - 2 * HEADER_PADDING, HEADER_TEXT));
    const headerHeight = Math.max(1, ...headerLines.map(lines => lines.length)) * HEADER_LINE + 2 * HEADER_PADDING;
    const headerTop = MARGIN + titleLines.length * TITLE_LINE + 8;
    const contentTop = Math.min(...placed.map(item => item.box.y), ...routed.flatMap(item => item.points.map(point => point.y)), ...texts.map(box => box.y));
    const dx = MARGIN - (bands[0]?.x ?? MARGIN);
    const dy = headerTop + headerHeight + HEADER_CLEARANCE - (Number.isFinite(contentTop) ? contentTop : 0);
    const move = (box: Box): Box => ({ ...box, x: box.x + dx, y: box.y + dy });
    const contentBottom = dy + Math.max(headerTop + headerHeight - dy, ...placed.map(item => item.box.y + item.box.height), ...routed.flatMap(item => item.points.map(point => point.y)), ...texts.map(box => box.y + box.height));
    const height = Math.ceil(contentBottom + HEADER_CLEARANCE + MARGIN);
    const lanes: LaneLayout[] = model.actors.map((actor, index) => {
        const band = bands[index];
        const x = band.x + dx;
        return { id: actor.id, title: actor.title, titleLines: headerLines[index], x, width: band.width, header: { x, y: headerTop, width: band.width, height: headerHeight } };
    });
    const edgeLayouts: EdgeLayout[] = routed.map(({ edge, points }) => {
        const label = labels.get(edge);
        return {
            from: edge.from, to: edge.to, source: edge.source, target: edge.target, label: edge.label,
            points: points.map(point => ({ x: point.x + dx, y: point.y + dy })),
            labelLines: label?.lines ?? [], labelBox: label?.box ? move(label.box) : null,
        };
    });
    const nodeLayouts = placed.map(item => nodeLayout(item, model, move, waktu.get(item) ?? null));
    return {
        sopId: model.id, title: model.title, titleLines, width: Math.ceil(MARGIN * 2 + diagramWidth), height,
        lanes, nodes: nodeLayouts, edges: edgeLayouts, attempts: attempt, problems: [],
    };
}

function nodeLayout(item: PlacedNode, model: SopModel, move: (box: Box) => Box, waktuBox: Box | null): NodeLayout {
    const { node, box } = item;
    return {
        id: node.id, step: node.step, kind: node.kind, actors: node.actors,
        lanes: model.actors.slice(node.firstLane, node.lastLane + 1).map(actor => actor.id),
        box: move(box), lines: node.lines, noteLines: node.noteLines, text: node.text, line: node.line, waktu: waktuBox ? node.waktu : null,
        waktuBox: waktuBox ? move(waktuBox) : null, owner: node.owner,
    };
}
