/**
 * `layoutSwimlane(model)`: nodes sized to their text, preset in their lanes and rows, laid out and
 * routed by ELK, then checked. ELK keeps the preset x only when there is room between the lanes
 * for the edges it routes there, so a layout that breaks any promise of `geometryProblems` is
 * done again with wider gaps between the lanes.
 */
import { wrapText } from '@sop-ap/document';
import type { SopModel } from '@sop-ap/model';
import { labelLines, labelSize, Obstacles, placeBranchLabel, placeWaktu } from './beside-labels.js';
import { elkGraph } from './elk-graph.js';
import { laneGrid } from './lane-grid.js';
import { elkFor } from './elk-instance.js';
import { flowNodes } from './flow-nodes.js';
import { geometryProblems } from './geometry-check.js';
import { routeChannels } from './channel-routes.js';
import { laneBands, placedEdges, placedNodes, type PlacedEdge, type PlacedNode } from './read-elk-result.js';
import type { EdgeLayout, ElkLike, LaneLayout, LayoutOptions, NodeLayout, SwimlaneLayout } from './types.js';
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
    const bands = laneBands(model.actors.length, grid, placed, routed, 12);

    // Title and lane headers above; everything shifted so that the first lane starts at the margin.
    const diagramWidth = bands.reduce((sum, band) => sum + band.width, 0);
    const titleLines = wrapText(model.title, Math.max(200, diagramWidth), TITLE_TEXT);
    const headerLines = model.actors.map((actor, index) => wrapText(actor.title, bands[index].width - 2 * HEADER_PADDING, HEADER_TEXT));
    const headerHeight = Math.max(1, ...headerLines.map(lines => lines.length)) * HEADER_LINE + 2 * HEADER_PADDING;
    const headerTop = MARGIN + titleLines.length * TITLE_LINE + 8;
    const contentTop = Math.min(...placed.map(item => item.box.y), ...routed.flatMap(item => item.points.map(point => point.y)));
    const dx = MARGIN - (bands[0]?.x ?? MARGIN);
    const dy = headerTop + headerHeight + HEADER_CLEARANCE - (Number.isFinite(contentTop) ? contentTop : 0);
    for (const item of placed) {
        item.box = { ...item.box, x: item.box.x + dx, y: item.box.y + dy };
    }
    for (const item of routed) {
        item.points = item.points.map(point => ({ x: point.x + dx, y: point.y + dy }));
    }
    const contentBottom = Math.max(headerTop + headerHeight, ...placed.map(item => item.box.y + item.box.height), ...routed.flatMap(item => item.points.map(point => point.y)));
    const height = Math.ceil(contentBottom + HEADER_CLEARANCE + MARGIN);
    const lanes: LaneLayout[] = model.actors.map((actor, index) => {
        const band = bands[index];
        const x = band.x + dx;
        return { id: actor.id, title: actor.title, titleLines: headerLines[index], x, width: band.width, header: { x, y: headerTop, width: band.width, height: headerHeight } };
    });

    const obstacles = new Obstacles(placed, routed);
    const edgeLayouts = routed.map(item => edgeLayout(item, obstacles));
    const nodeLayouts = placed.map(item => nodeLayout(item, model, obstacles));
    return {
        sopId: model.id, title: model.title, titleLines, width: Math.ceil(MARGIN * 2 + diagramWidth), height,
        lanes, nodes: nodeLayouts, edges: edgeLayouts, attempts: attempt, problems: [],
    };
}

function edgeLayout(item: PlacedEdge, obstacles: Obstacles): EdgeLayout {
    const { edge, points } = item;
    let lines: string[] = [];
    let labelBox = null;
    if (edge.label) {
        lines = labelLines(edge.label);
        labelBox = placeBranchLabel(item, labelSize(lines), obstacles);
        if (labelBox) obstacles.addBox(labelBox);
    }
    return { from: edge.from, to: edge.to, source: edge.source, target: edge.target, label: edge.label, points, labelLines: lines, labelBox };
}

function nodeLayout(item: PlacedNode, model: SopModel, obstacles: Obstacles): NodeLayout {
    const { node, box } = item;
    const waktuBox = node.waktu ? placeWaktu(node.waktu, item, obstacles) : null;
    if (waktuBox) obstacles.addBox(waktuBox);
    return {
        id: node.id, step: node.step, kind: node.kind, actors: node.actors,
        lanes: model.actors.slice(node.firstLane, node.lastLane + 1).map(actor => actor.id),
        box, lines: node.lines, text: node.text, line: node.line, waktu: waktuBox ? node.waktu : null, waktuBox, owner: node.owner,
    };
}
