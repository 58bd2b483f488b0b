/**
 * The edges ELK does not route: loop-backs ("Tidak" back to an earlier step for correction) and
 * jumps over other rows. A loop-back leaves its node sideways, runs up a free vertical track beside
 * the nodes it passes and comes into the side of its target: a U around everything between. A
 * jump runs straight down when nothing is in the way, else down a free track beside the nodes.
 * One node per row keeps this simple: only the tracks between rows and beside nodes are searched,
 * and every candidate path is tested against the nodes and the edges already drawn.
 */
import { boxesOverlap, inflate, segmentBox, segmentEntersShape, simplify } from './geometry.js';
import { rowIndex } from './geometry-check.js';
import type { FlowEdge } from './flow-nodes.js';
import type { PlacedEdge, PlacedNode } from './read-elk-result.js';
import { sidePorts } from './side-ports.js';
import { BandIndex } from './spatial-index.js';
import type { Box, Point } from './types.js';

/** Distance of a track from the nodes it passes, between neighbouring tracks, and between rows' tracks. */
const CLEARANCE = 16;
const TRACK = 9;
const ROW_TRACK = 7;

interface Run {
    at: number;
    from: number;
    to: number;
}

export function routeChannels(edges: readonly FlowEdge[], nodes: ReadonlyMap<string, PlacedNode>, byElk: readonly PlacedEdge[]): PlacedEdge[] {
    const ports = sidePorts(edges, nodes, byElk);
    // Enough tracks to get round the widest node (a meeting across every lane) from anywhere.
    const xs = [...nodes.values()].flatMap(placed => [placed.box.x, placed.box.x + placed.box.width]);
    const tracks = Math.ceil((Math.max(...xs) - Math.min(...xs)) / TRACK) + 40;
    const nodeAt = rowIndex([...nodes.values()].map(placed => ({ top: placed.box.y, bottom: placed.box.y + placed.box.height, item: placed })));
    const byRow = [...nodes.values()].sort((a, b) => a.node.row - b.node.row);
    const verticals = new BandIndex<Run>();
    const horizontals = new BandIndex<Run>();
    const occupy = (points: readonly Point[]) => {
        for (let index = 1; index < points.length; index++) {
            const [a, b] = [points[index - 1], points[index]];
            if (Math.abs(a.x - b.x) < 0.01) verticals.add(Math.min(a.y, b.y), Math.max(a.y, b.y), { at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
            else horizontals.add(a.y, a.y, { at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
        }
    };
    byElk.forEach(placed => occupy(placed.points));
    // Room for each branch label beside where its edge leaves its node: other edges' tracks keep out.
    const labelZones = new BandIndex<{ edge: FlowEdge; box: Box }>();
    const zoneFor = (edge: FlowEdge, exit: Point) => {
        if (!edge.label) return;
        const width = edge.labelWidth + 6;
        const height = edge.labelHeight + 6;
        const box = edge.sourceSide === 'SOUTH'
            ? { x: exit.x - width, y: exit.y, width: 2 * width, height }
            : { x: edge.sourceSide === 'EAST' ? exit.x : exit.x - width, y: exit.y - height, width, height: 2 * height };
        labelZones.add(box.y, box.y + box.height, { edge, box });
    };
    byElk.forEach(placed => zoneFor(placed.edge, placed.points[0]));
    edges.forEach(edge => zoneFor(edge, ports.get(`${edge.id}:out`)!));

    let current: FlowEdge | undefined;
    const free = (points: readonly Point[]): boolean => {
        for (let index = 1; index < points.length; index++) {
            const [a, b] = [points[index - 1], points[index]];
            const vertical = Math.abs(a.x - b.x) < 0.01;
            const [at, from, to] = vertical ? [a.x, Math.min(a.y, b.y), Math.max(a.y, b.y)] : [a.y, Math.min(a.x, b.x), Math.max(a.x, b.x)];
            if (to - from < 0.01) continue;
            const runs = vertical ? verticals.near(from, to) : horizontals.near(at - 5, at + 5);
            if (runs.some(run => Math.abs(run.at - at) < 5 && run.from < to - 0.5 && run.to > from + 0.5)) return false;
            // The first and last segments touch their own nodes; the others keep a margin from every
            // node and out of the room kept for other edges' labels.
            const end = index === 1 || index === points.length - 1;
            if (!end) {
                const box = segmentBox(a, b, 1.5);
                if (labelZones.near(box.y, box.y + box.height).some(zone => zone.edge !== current && boxesOverlap(box, zone.box))) return false;
            }
            for (const placed of nodeAt(from - CLEARANCE, to + CLEARANCE)) {
                const box = end ? placed.box : inflate(placed.box, 6);
                if (segmentEntersShape(a, b, box, placed.node.kind === 'decision' && end)) return false;
            }
        }
        return true;
    };
    /** Track positions in the gap above (or below) a node's row, nearest first. */
    const rowTracks = (placed: PlacedNode, above: boolean): number[] => {
        const neighbour = byRow[placed.node.row + (above ? -1 : 1)];
        const limit = neighbour ? (above ? neighbour.box.y + neighbour.box.height : neighbour.box.y) : (above ? placed.box.y - 60 : placed.box.y + placed.box.height + 60);
        const tracks: number[] = [];
        for (let k = 0; ; k++) {
            const y = above ? placed.box.y - 8 - k * ROW_TRACK : placed.box.y + placed.box.height + 8 + k * ROW_TRACK;
            if (tracks.length > 0 && (above ? y < limit + 6 : y > limit - 6)) break;
            tracks.push(y);
        }
        return tracks;
    };
    const firstFree = (candidates: Iterable<Point[]>): Point[] | undefined => {
        for (const candidate of candidates) {
            const points = simplify(candidate);
            if (free(points)) return points;
        }
        return undefined;
    };

    const span = (edge: FlowEdge) => Math.abs(nodes.get(edge.source)!.node.row - nodes.get(edge.target)!.node.row);
    // Jumps before loop-backs; short ones first, so that longer ones go round them.
    const order = [...edges].sort((a, b) => Number(a.loopBack) - Number(b.loopBack) || span(a) - span(b));
    const result = new Map<FlowEdge, PlacedEdge>();
    for (const edge of order) {
        current = edge;
        const source = nodes.get(edge.source)!;
        const target = nodes.get(edge.target)!;
        const exit = ports.get(`${edge.id}:out`)!;
        const entry = ports.get(`${edge.id}:in`)!;
        const candidates = edge.loopBack
            ? loopBackCandidates(edge, source, target, exit, entry, tracks, rowTracks(target, true))
            : jumpCandidates(edge, source, target, exit, entry, rowTracks, tracks);
        const points = firstFree(candidates) ?? simplify(fallback(edge, source, target, exit, entry));
        occupy(points);
        result.set(edge, { edge, points });
    }
    return edges.map(edge => result.get(edge)!);
}

/** Out sideways, along a vertical track beside everything between, into the target's side. */
function* loopBackCandidates(edge: FlowEdge, source: PlacedNode, target: PlacedNode, exit: Point, entry: Point, tracks: number, above: readonly number[]): Generator<Point[]> {
    const east = edge.sourceSide !== 'WEST';
    // The first segment holds the branch label beside it, so it is at least as long as the label.
    const start = east
        ? Math.max(source.box.x + source.box.width + CLEARANCE, target.box.x + target.box.width + CLEARANCE, exit.x + labelRoom(edge))
        : Math.min(source.box.x - CLEARANCE, target.box.x - CLEARANCE, exit.x - labelRoom(edge));
    for (let k = 0; k < tracks; k++) {
        const x = start + (east ? k : -k) * TRACK;
        if (edge.targetSide === 'NORTH') {
            // Up beside the nodes, over the target's row, down into its top.
            for (const y1 of above.slice(0, 3)) yield [exit, { x, y: exit.y }, { x, y: y1 }, { x: entry.x, y: y1 }, entry];
        } else {
            yield [exit, { x, y: exit.y }, { x, y: entry.y }, entry];
        }
    }
}

/** Down into the target's top: straight when possible, else beside the nodes between. */
function* jumpCandidates(edge: FlowEdge, source: PlacedNode, target: PlacedNode, exit: Point, entry: Point, rowTracks: (placed: PlacedNode, above: boolean) => number[], tracks: number): Generator<Point[]> {
    const above = rowTracks(target, true);
    const below = rowTracks(source, false);
    if (edge.sourceSide === 'SOUTH') {
        for (const y1 of above) yield [exit, { x: exit.x, y: y1 }, { x: entry.x, y: y1 }, entry];
        const east = entry.x >= exit.x;
        const start = east ? source.box.x + source.box.width + CLEARANCE : source.box.x - CLEARANCE;
        for (let k = 0; k < tracks; k++) {
            const x = start + (east ? k : -k) * TRACK;
            for (const y0 of below.slice(0, 3)) {
                for (const y1 of above.slice(0, 3)) {
                    yield [exit, { x: exit.x, y: y0 }, { x, y: y0 }, { x, y: y1 }, { x: entry.x, y: y1 }, entry];
                }
            }
        }
        return;
    }
    const east = edge.sourceSide === 'EAST';
    const room = Math.max(CLEARANCE, labelRoom(edge));
    if (east ? entry.x > exit.x + room : entry.x < exit.x - room) {
        yield [exit, { x: entry.x, y: exit.y }, entry];
    }
    for (let k = 0; k < tracks; k++) {
        const x = exit.x + (east ? 1 : -1) * (room + k * TRACK);
        for (const y1 of above.slice(0, 3)) yield [exit, { x, y: exit.y }, { x, y: y1 }, { x: entry.x, y: y1 }, entry];
    }
}

function labelRoom(edge: FlowEdge): number {
    return edge.labelWidth > 0 ? edge.labelWidth + 10 : 0;
}

/** Only when no track is free (never seen): the plain shape, which the geometry check will report. */
function fallback(edge: FlowEdge, source: PlacedNode, target: PlacedNode, exit: Point, entry: Point): Point[] {
    const x = Math.max(source.box.x + source.box.width, target.box.x + target.box.width) + CLEARANCE;
    return edge.loopBack || edge.sourceSide !== 'SOUTH'
        ? [exit, { x, y: exit.y }, { x, y: entry.y }, entry]
        : [exit, { x: exit.x, y: target.box.y - 8 }, { x: entry.x, y: target.box.y - 8 }, entry];
}
