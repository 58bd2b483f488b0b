/**
 * Routes every edge of the flowchart over the printed pages. An arrow to the next row runs
 * straight down (with one bend 3 mm above the row's border when the lanes differ); every other
 * arrow is chosen among candidate shapes (see candidates.ts) by how well it fits what is already
 * on the page (see space.ts): 3 mm from the grid and from other arrows, clear of symbols, few
 * crossings. Loops enter a step from the side, never from the top where the flow comes in. An
 * arrow that must cross a page ends in a lettered off-page connector and resumes from the same
 * letter (see connectors.ts).
 */
import type { Columns } from '../layout/columns.js';
import { labelSize, wrapLabel, type StepRow } from '../layout/step-rows.js';
import type { TableHeader } from '../layout/table-header.js';
import { candidateRoutes, type Departure, type Entry } from './candidates.js';
import { cheapest } from './cheapest.js';
import { bandSlot, besideSlot, CONNECTOR_SIZE, type ConnectorDirection } from './connectors.js';
import { junctions, lineJumps } from './crossings.js';
import type { FlowPiece, PageDrawing } from './drawing.js';
import { exitSides, type ClassifiedEdge } from './edges.js';
import type { Side } from './exits.js';
import { bottom, boxesOverlap, centerX, centerY, right, simplify, type Box, type Point } from './geometry.js';
import { GRID_CLEARANCE, tableGrid } from './grid.js';
import { placeLabels, type LabelRequest } from './labels.js';
import { placeRows, type RowPlace } from './place-rows.js';
import { channelXs, laneBorders, portX } from './ports.js';
import { CONNECTOR_MARGIN, DIAMOND_MARGIN, PageSpace, SYMBOL_MARGIN } from './space.js';
import type { LaneGeometry } from './symbols.js';

/** The vertical layout of one page's table, from pagination. */
export interface PageFrame {
    rowIndices: number[];
    rowTops: number[];
    topBand?: { y: number; height: number };
    bottomBand?: { y: number; height: number };
}

export interface FlowLayoutInput {
    rows: readonly StepRow[];
    actorIds: readonly string[];
    frames: readonly PageFrame[];
    columns: Columns;
    geometry: LaneGeometry;
    header: Pick<TableHeader, 'firstRowHeight' | 'height'>;
    edges: readonly ClassifiedEdge[];
}

/** The bottom of a page's table. */
export function frameBottom(frame: PageFrame, rows: readonly StepRow[], headerHeight: number): number {
    if (frame.bottomBand) return frame.bottomBand.y + frame.bottomBand.height;
    const last = frame.rowIndices.length - 1;
    return last >= 0 ? frame.rowTops[last] + rows[frame.rowIndices[last]].height : headerHeight;
}

interface Router {
    input: FlowLayoutInput;
    places: RowPlace[];
    pages: PageDrawing[];
    spaces: PageSpace[];
    exitSides: Map<number, Set<Side>>;
    labels: LabelRequest[];
    channels: number[];
}

export function layoutFlow(input: FlowLayoutInput): PageDrawing[] {
    const { rows, columns, frames } = input;
    const places = placeRows(input);
    const pages: PageDrawing[] = frames.map(frame => {
        const tops = [...(frame.topBand ? [frame.topBand.y] : []), ...frame.rowTops, ...(frame.bottomBand ? [frame.bottomBand.y] : [])];
        const grid = tableGrid(columns, input.header, { tops, bottom: frameBottom(frame, rows, input.header.height) });
        return { symbols: [], pieces: [], connectors: [], labels: [], hops: [], junctions: [], grid };
    });
    const spaces = pages.map(page => new PageSpace(page.grid));

    rows.forEach((row, index) => {
        const place = places[index];
        const actors = input.actorIds.slice(row.lanes[0], row.lanes[1] + 1);
        pages[place.page].symbols.push({ step: row.step.number, owner: row.step.number, shape: row.shape, box: place.symbol, actors });
        spaces[place.page].addObstacle({ box: place.symbol, diamond: row.shape === 'decision', key: stepKey(row.step.number), margin: row.shape === 'decision' ? DIAMOND_MARGIN : SYMBOL_MARGIN });
        if (place.endCapsule) {
            pages[place.page].symbols.push({ step: 'end', owner: row.step.number, shape: 'terminator', box: place.endCapsule, actors: [] });
            spaces[place.page].addObstacle({ box: place.endCapsule, diamond: false, key: endKey(row.step.number), margin: SYMBOL_MARGIN });
        }
    });

    const { edges } = input;
    const router: Router = { input, places, pages, spaces, exitSides: exitSides(edges), labels: [], channels: channelXs(columns) };
    // Loops and jumps from other pages into one step resume from one connector: they share its letter.
    const letters = new Map<number, string>();
    const letterOfTarget = new Map<string, string>();
    for (const item of edges) {
        if (item.edge.to !== 'end' && places[item.edge.from - 1].page !== places[item.edge.to - 1].page) {
            const key = item.kind === 'next' ? `next:${item.index}` : `step:${item.edge.to}`;
            if (!letterOfTarget.has(key)) letterOfTarget.set(key, connectorLetter(letterOfTarget.size));
            letters.set(item.index, letterOfTarget.get(key)!);
        }
    }

    // The main flow first, then the connectors of arrows that leave the page (beside their steps,
    // where the room is), then the arrows that go round on their page, shortest first (they take the
    // nearest channels, and may join a connector's arrow into the same step).
    const span = (item: ClassifiedEdge) => (item.edge.to === 'end' ? 0 : Math.abs(item.edge.to - item.edge.from));
    const rank = (item: ClassifiedEdge) => (item.kind === 'down' || item.kind === 'side' ? (letters.has(item.index) ? 1 : 2) : 0);
    const ordered = [...edges].sort((a, b) => rank(a) - rank(b) || span(a) - span(b) || a.index - b.index);
    for (const item of ordered) {
        const letter = letters.get(item.index);
        if (item.kind === 'terminal') continue;
        if (item.kind === 'end-below' || item.kind === 'end-side') routeToEndCapsule(router, item);
        else if (item.kind === 'next') letter ? routeNextAcrossPages(router, item, letter) : routeNext(router, item);
        else letter ? routeAcrossPages(router, item, letter) : routeWithinPage(router, item);
    }

    consecutiveLetters(pages, [...letterOfTarget.values()]);
    placeLabels(router.labels, pages, { left: columns.x.lanes[0], right: columns.x.kelengkapan }, frames, spaces.map(space => space.grid));
    for (const page of pages) {
        page.hops = lineJumps(page.pieces);
        page.junctions = junctions(page.pieces);
    }
    return pages;
}

/**
 * Letters as the reader expects them, A, B, C... with none left out: an arrow that went to another
 * connector's letter (see routeAcrossPages) leaves its own unused. `assigned` is every letter in
 * the order it was given out.
 */
function consecutiveLetters(pages: PageDrawing[], assigned: readonly string[]): void {
    const used = new Set(pages.flatMap(page => page.connectors.map(connector => connector.letter)));
    const renamed = new Map(assigned.filter(letter => used.has(letter)).map((letter, index) => [letter, connectorLetter(index)]));
    for (const page of pages) {
        for (const connector of page.connectors) connector.letter = renamed.get(connector.letter) ?? connector.letter;
    }
}

const stepKey = (step: number) => `step:${step}`;
const endKey = (step: number) => `end:${step}`;

function addPiece(router: Router, page: number, item: ClassifiedEdge, points: readonly Point[], starts: FlowPiece['starts'], ends: FlowPiece['ends'], endName: string, labelled: boolean): void {
    const { edge } = item;
    const simplified = simplify(points);
    router.pages[page].pieces.push({ edgeIndex: item.index, from: edge.from, to: edge.to, label: edge.label, points: simplified, starts, ends });
    router.spaces[page].addArrow(simplified, item.index, endName);
    if (labelled && edge.label) {
        // Where the arrow actually leaves its symbol: down, or to a side.
        const [[x0], [x1]] = simplified;
        const exit = x1 === x0 ? 'bottom' : x1 > x0 ? 'right' : 'left';
        router.labels.push({ page, edgeIndex: item.index, from: edge.from, text: edge.label, exit, anchor: simplified[0] });
    }
}

function addConnector(router: Router, page: number, item: ClassifiedEdge, letter: string, role: 'out' | 'in', box: Box, direction: ConnectorDirection, band: 'top' | 'bottom' | null, step: number): void {
    router.pages[page].connectors.push({ letter, role, box, direction, band, step, edgeIndex: item.index });
    router.spaces[page].addObstacle({ box, diamond: false, key: `connector:${letter}`, margin: CONNECTOR_MARGIN });
}

/** How long the first stretch of a sideways arrow should be for its branch label to stand beside it. */
function labelRoomFor(label: string | null): number {
    return label ? labelSize(wrapLabel(label)).width + 8 : 0;
}

/** A first stretch too short for the label pushes it over the symbol, where it reads as the incoming arrow's. */
function labelRoomPenalty(points: readonly Point[], room: number, borders: readonly number[]): number {
    return room > 0 && longestClearPart(points[0], points[1], borders) < room ? 300 : 0;
}

/**
 * The longest part of a stretch a label can stand beside: a lane border across a level stretch
 * would strike the label through, so only the parts between borders count (a label may stand
 * past a border, in the next lane, still beside its own arrow).
 */
function longestClearPart([x0, y0]: Point, [x1, y1]: Point, borders: readonly number[]): number {
    if (y0 !== y1) return Math.abs(y1 - y0);
    const low = Math.min(x0, x1);
    const high = Math.max(x0, x1);
    // The parts between the borders that cut the stretch (borders ascend), each kept clear of them.
    let longest = 0;
    let start = low;
    for (let index = 0; index < borders.length; index++) {
        const border = borders[index];
        if (border <= low || border >= high) continue;
        longest = Math.max(longest, border - start - (start > low ? BORDER_MARGIN : 0) - BORDER_MARGIN);
        start = border;
    }
    return Math.max(longest, high - start - (start > low ? BORDER_MARGIN : 0));
}

/** What a label keeps from a lane border it stands beside. */
const BORDER_MARGIN = 2;

function rowBounds(place: RowPlace): { top: number; bottom: number } {
    return { top: place.top, bottom: place.top + place.height };
}

/** The bend of an arrow leaving a row downwards: 3 mm above the row's bottom border. */
function bendY(place: RowPlace): number {
    return place.top + place.height - GRID_CLEARANCE;
}

function routeToEndCapsule(router: Router, item: ClassifiedEdge): void {
    const source = router.places[item.edge.from - 1];
    const box = source.symbol;
    const capsule = source.endCapsule!;
    if (item.kind === 'end-below') {
        const x = centerX(box);
        addPiece(router, source.page, item, [[x, bottom(box)], [x, capsule.y]], 'symbol', 'symbol', endKey(item.edge.from), true);
        return;
    }
    const exitX = item.side === 'right' ? right(box) : box.x;
    const entryX = item.side === 'right' ? capsule.x : right(capsule);
    addPiece(router, source.page, item, [[exitX, centerY(box)], [entryX, centerY(box)]], 'symbol', 'symbol', endKey(item.edge.from), true);
}

/** Straight down to the next row; one bend 3 mm above the border when the symbols do not line up. */
function routeNext(router: Router, item: ClassifiedEdge): void {
    const { columns } = router.input;
    const source = router.places[item.edge.from - 1];
    const target = router.places[(item.edge.to as number) - 1];
    const shapeOf = (step: number) => router.input.rows[step - 1].shape;
    const [sx, tx] = alignedPorts(source.symbol, target.symbol, columns, shapeOf(item.edge.from) === 'decision', shapeOf(item.edge.to as number) === 'decision');
    const points: Point[] = sx === tx
        ? [[sx, bottom(source.symbol)], [tx, target.symbol.y]]
        : [[sx, bottom(source.symbol)], [sx, bendY(source)], [tx, bendY(source)], [tx, target.symbol.y]];
    addPiece(router, source.page, item, points, 'symbol', 'symbol', `${stepKey(item.edge.to as number)}:top`, true);
}

/**
 * The x of the arrow out of the bottom of `from` and into the top of `to`: one x when both symbols
 * allow it. A box is left or entered anywhere along its side; a diamond only at its vertex (one
 * drawn across lanes is wide, and an arrow beside its vertex would end on its slanted side).
 */
function alignedPorts(from: Box, to: Box, columns: Columns, fromDiamond: boolean, toDiamond: boolean): [number, number] {
    const sx = portX(from, columns);
    const tx = portX(to, columns);
    const within = (x: number, box: Box, diamond: boolean) => (diamond ? x === portX(box, columns) : x >= box.x + 6 && x <= right(box) - 6);
    if (within(tx, from, fromDiamond)) return [tx, tx];
    if (within(sx, to, toDiamond)) return [sx, sx];
    return [sx, tx];
}

/** The flow down from the last step of a page: into a connector in the band below, out of one in the band above the next. */
function routeNextAcrossPages(router: Router, item: ClassifiedEdge, letter: string): void {
    const { input, places } = router;
    const source = places[item.edge.from - 1];
    const target = places[(item.edge.to as number) - 1];
    const sx = portX(source.symbol, input.columns);
    const tx = portX(target.symbol, input.columns);
    const takenBelow = router.pages[source.page].connectors.filter(connector => connector.band === 'bottom').map(connector => connector.box);
    const out = bandSlot(input.frames[source.page].bottomBand!, sx, takenBelow, input.columns);
    const outX = centerX(out);
    const outPoints: Point[] = outX === sx
        ? [[sx, bottom(source.symbol)], [sx, out.y]]
        : [[sx, bottom(source.symbol)], [sx, bendY(source)], [outX, bendY(source)], [outX, out.y]];
    addConnector(router, source.page, item, letter, 'out', out, 'down', 'bottom', item.edge.from);
    addPiece(router, source.page, item, outPoints, 'symbol', 'connector', `connector:${letter}`, true);

    const takenAbove = router.pages[target.page].connectors.filter(connector => connector.band === 'top').map(connector => connector.box);
    const into = bandSlot(input.frames[target.page].topBand!, tx, takenAbove, input.columns);
    addConnector(router, target.page, item, letter, 'in', into, 'down', 'top', item.edge.to as number);
    const inX = centerX(into);
    const targetTop = target.symbol.y;
    const inPoints: Point[] = inX === tx
        ? [[inX, bottom(into)], [tx, targetTop]]
        : [[inX, bottom(into)], [inX, targetTop - 8], [tx, targetTop - 8], [tx, targetTop]];
    addPiece(router, target.page, item, inPoints, 'connector', 'symbol', `${stepKey(item.edge.to as number)}:top`, false);
}

function departure(router: Router, item: ClassifiedEdge): Departure {
    const source = router.places[item.edge.from - 1];
    const box = source.symbol;
    if (item.kind === 'down') {
        return { point: [portX(box, router.input.columns), bottom(box)], exit: 'bottom', bendY: bendY(source) };
    }
    return { point: [item.side === 'right' ? right(box) : box.x, centerY(box)], exit: item.side!, bendY: bendY(source) };
}

/** Where an arrow may enter the target: its free sides, and its top for forward flow (loops never come in from the top). */
function entries(router: Router, item: ClassifiedEdge): Entry[] {
    const to = item.edge.to as number;
    const box = router.places[to - 1].symbol;
    const taken = router.exitSides.get(to) ?? new Set<Side>();
    const list: Entry[] = [];
    if (to > item.edge.from) list.push({ point: [portX(box, router.input.columns), box.y], at: 'top' });
    if (!taken.has('left')) list.push({ point: [box.x, centerY(box)], at: 'left' });
    if (!taken.has('right')) list.push({ point: [right(box), centerY(box)], at: 'right' });
    // A loop comes in from the top only where neither side can take it (no channel beside the target):
    // it joins the flow coming down into the step where that flow bends, 3 mm above the row border.
    if (to <= item.edge.from) {
        const above = router.places[to - 2];
        const target = router.places[to - 1];
        const approachY = above && above.page === target.page ? bendY(above) : target.top + GRID_CLEARANCE;
        list.push({ point: [portX(box, router.input.columns), box.y], at: 'top', penalty: 600, approachY });
    }
    return list;
}

function routeWithinPage(router: Router, item: ClassifiedEdge): void {
    const source = router.places[item.edge.from - 1];
    const space = router.spaces[source.page];
    const to = item.edge.to as number;
    const labelRoom = item.kind === 'side' ? labelRoomFor(item.edge.label) : 0;
    const borders = laneBorders(router.input.columns);
    const shapes: Array<{ points: Point[]; entry: Entry; side?: Side; labelPenalty: number }> = [];
    for (const side of sideChoices(router, item)) {
        const from = departure(router, { ...item, side });
        // Straight down from a bottom exit is a channel too.
        const channels = from.exit === 'bottom' ? [from.point[0], ...router.channels] : router.channels;
        for (const entry of entries(router, item)) {
            for (const points of candidateRoutes(from, [entry], channels)) {
                shapes.push({ points, entry, side, labelPenalty: labelRoomPenalty(points, labelRoom, borders) });
            }
        }
    }
    const found = cheapest(shapes,
        ({ points, entry, labelPenalty }) => space.leastCost(points) + (entry.penalty ?? 0) + labelPenalty,
        ({ points, entry, labelPenalty }) => space.fit(points, item.index, `${stepKey(to)}:${entry.at}`, stepKey(item.edge.from), stepKey(to)).cost + (entry.penalty ?? 0) + labelPenalty);
    let best: { points: Point[]; entry: string; side?: Side };
    if (found) {
        best = { points: found.candidate.points, entry: `${stepKey(to)}:${found.candidate.entry.at}`, side: found.candidate.side };
    } else {
        // No shape at all (no channel on that side inside the lanes): an L into the target, for the geometry tests to report.
        const from = departure(router, item);
        const target = router.places[to - 1].symbol;
        best = { points: [from.point, [centerX(target), from.point[1]], [centerX(target), target.y]], entry: `${stepKey(to)}:top`, side: item.side };
    }
    takeSide(router, item, best.side);
    addPiece(router, source.page, item, best.points, 'symbol', 'symbol', best.entry, true);
}

/** The sides a sideways arrow may leave from: its own, and the other one while nothing else uses it. */
function sideChoices(router: Router, item: ClassifiedEdge): Array<Side | undefined> {
    if (item.kind !== 'side') return [item.side];
    const other: Side = item.side === 'right' ? 'left' : 'right';
    const from = item.edge.from;
    const page = router.places[from - 1].page;
    const free = !(router.exitSides.get(from)?.has(other)) && !router.spaces[page].segments.some(segment => segment.end === `${stepKey(from)}:${other}`);
    return free ? [item.side, other] : [item.side];
}

/** Records the side an arrow leaves from, once chosen: arrows coming in keep off it. */
function takeSide(router: Router, item: ClassifiedEdge, side: Side | undefined): void {
    if (item.kind !== 'side' || !side || side === item.side) return;
    const sides = router.exitSides.get(item.edge.from)!;
    sides.delete(item.side!);
    sides.add(side);
    item.side = side;
}

/**
 * A loop or jump to another page: a connector beside the step it leaves, pointing the way the
 * flow goes, and one beside the step it reaches, pointing at it. Where no place beside or near
 * the step it reaches is clean, and the flow from the page before comes into that step from a
 * connector over the table, the arrow goes to that connector's letter instead: several connectors
 * may lead to one (the letters are made consecutive again once every arrow is drawn).
 */
function routeAcrossPages(router: Router, item: ClassifiedEdge, assigned: string): void {
    const { input, places, spaces } = router;
    const source = places[item.edge.from - 1];
    const to = item.edge.to as number;
    const target = places[to - 1];
    if (item.kind === 'down') {
        routeDownAcrossPages(router, item, assigned);
        return;
    }
    // Where the arrow resumes is found first: it may give the arrow another letter.
    const resumed = router.pages[target.page].connectors.some(connector => connector.letter === assigned && connector.role === 'in');
    const beside = resumed ? undefined : resumeBeside(router, item);
    const nearby = resumed || beside ? undefined : resumeNearby(router, item);
    const into = beside ?? (nearby?.clean ? nearby : undefined);
    const shared = resumed || into ? undefined : router.pages[target.page].connectors.find(connector => connector.role === 'in' && connector.band === 'top' && connector.step === to);
    const letter = shared?.letter ?? assigned;

    let out: { box: Box; points: Point[]; direction: ConnectorDirection } | undefined;
    for (const side of sideChoices(router, item)) {
        const from = departure(router, { ...item, side });
        const slot = besideSlot(spaces[source.page], input.columns, rowBounds(source), from.point, side!, 'out', item.index, `connector:${letter}`, stepKey(item.edge.from), labelRoomFor(item.edge.label));
        if (slot) {
            takeSide(router, item, side);
            out = slot;
            break;
        }
    }
    out ??= leaveNearby(router, item);
    if (!out) {
        const from = departure(router, item);
        out = { ...fallbackSlot(from.point, item.side!, 'out'), direction: item.side! };
    }
    addConnector(router, source.page, item, letter, 'out', out.box, out.direction, null, item.edge.from);
    addPiece(router, source.page, item, out.points, 'symbol', 'connector', `connector:${letter}`, true);
    if (resumed || shared) {
        return;
    }
    // No clean place at all: one near the step whose arrow breaks a rule still stands in the
    // lanes (the geometry tests report it); only where there is none does it go beside the step.
    const at = into ?? nearby ?? resumeBesideAnyway(router, to);
    addConnector(router, target.page, item, letter, 'in', at.box, at.direction, null, to);
    addPiece(router, target.page, item, at.points, 'connector', 'symbol', `${stepKey(to)}:${at.at}`, false);
}

/** Beside the step on a free side, whatever the page holds there. */
function resumeBesideAnyway(router: Router, step: number): { box: Box; points: Point[]; at: Entry['at']; direction: ConnectorDirection } {
    const box = router.places[step - 1].symbol;
    const side = freeSides(router, step)[0] ?? 'right';
    const slot = fallbackSlot([side === 'right' ? right(box) : box.x, centerY(box)], side, 'in');
    return { ...slot, at: side, direction: side === 'right' ? 'left' : 'right' };
}

/** The sides of a step no arrow leaves from. */
function freeSides(router: Router, step: number): Side[] {
    const taken = router.exitSides.get(step) ?? new Set<Side>();
    return (['right', 'left'] as const).filter(each => !taken.has(each));
}

/** A clean place beside its step for the connector an arrow from another page resumes from. */
function resumeBeside(router: Router, item: ClassifiedEdge): { box: Box; points: Point[]; at: Entry['at']; direction: ConnectorDirection } | undefined {
    const to = item.edge.to as number;
    const target = router.places[to - 1];
    const box = target.symbol;
    const sides = freeSides(router, to);
    for (const each of sides.length > 0 ? sides : (['right'] as Side[])) {
        const anchor: Point = [each === 'right' ? right(box) : box.x, centerY(box)];
        const slot = besideSlot(router.spaces[target.page], router.input.columns, rowBounds(target), anchor, each, 'in', item.index, `${stepKey(to)}:${each}`, stepKey(to));
        if (slot) {
            return { ...slot, at: each };
        }
    }
    return undefined;
}

/**
 * No room beside the step (a meeting across every lane, say): the connector stands, pointing down,
 * in a free lane of the step's row or the row above, and its arrow goes round to the step like a loop.
 * The cheapest such place, `clean` where its arrow breaks no rule (else it is the last resort).
 */
function resumeNearby(router: Router, item: ClassifiedEdge): { box: Box; points: Point[]; at: Entry['at']; direction: ConnectorDirection; clean: boolean } | undefined {
    const { input, places, spaces } = router;
    const to = item.edge.to as number;
    const target = places[to - 1];
    const space = spaces[target.page];
    const rowsNearby = [places[to - 2], target].filter((place): place is RowPlace => place !== undefined && place.page === target.page);
    const taken = space.takenBoxes();
    let best: { box: Box; points: Point[]; entry: Entry; cost: number } | undefined;
    for (const row of rowsNearby) {
        const y = row.top + (row.height - CONNECTOR_SIZE) / 2;
        for (const laneLeft of input.columns.x.lanes) {
            const cx = laneLeft + input.columns.lane / 2;
            const box = { x: cx - CONNECTOR_SIZE / 2, y, width: CONNECTOR_SIZE, height: CONNECTOR_SIZE };
            if (taken.some(other => boxesOverlap(box, other, 3))) continue;
            const start: Departure = { point: [cx, bottom(box)], exit: 'bottom', bendY: row.top + row.height - GRID_CLEARANCE };
            for (const entry of entries(router, item)) {
                for (const points of candidateRoutes(start, [entry], [cx, ...router.channels])) {
                    const fit = space.fit(points, item.index, `${stepKey(to)}:${entry.at}`, 'connector', stepKey(to));
                    const cost = fit.cost + (entry.penalty ?? 0);
                    if (!best || cost < best.cost) best = { box, points, entry, cost };
                }
            }
        }
    }
    return best && { box: best.box, points: best.points, at: best.entry.at, direction: 'down', clean: best.cost < 1000 };
}

/**
 * No room beside the step it leaves (a meeting across every lane): the arrow leaves from the bottom
 * into a connector pointing down in a free lane of the row or the row below. A box across lanes is
 * left where its arrow down leaves it, or else below any other lane it spans (the arrow down may
 * take the first). The cheapest place whose arrow breaks no rule; where there is none, the cheapest
 * of all (the last resort, still in the lanes).
 */
function leaveNearby(router: Router, item: ClassifiedEdge): { box: Box; points: Point[]; direction: ConnectorDirection } | undefined {
    const { input, places, spaces } = router;
    const source = places[item.edge.from - 1];
    const space = spaces[source.page];
    const port = portX(source.symbol, input.columns);
    const others = router.input.rows[item.edge.from - 1].shape === 'decision' ? []
        : input.columns.x.lanes.map(left => left + input.columns.lane / 2).filter(x => x !== port && x > source.symbol.x + 6 && x < right(source.symbol) - 6);
    // The free places, whichever port the arrow leaves from.
    const taken = space.takenBoxes();
    const free: Box[] = [];
    for (const row of [source, places[item.edge.from]].filter((place): place is RowPlace => place !== undefined && place.page === source.page)) {
        const y = row === source ? bottom(source.symbol) + (row.top + row.height - bottom(source.symbol) - CONNECTOR_SIZE) / 2 : row.top + (row.height - CONNECTOR_SIZE) / 2;
        for (const laneLeft of input.columns.x.lanes) {
            const box = { x: laneLeft + input.columns.lane / 2 - CONNECTOR_SIZE / 2, y, width: CONNECTOR_SIZE, height: CONNECTOR_SIZE };
            if (box.y < row.top + 3 || bottom(box) > row.top + row.height - 3) continue;
            if (!taken.some(other => boxesOverlap(box, other, 3))) free.push(box);
        }
    }
    let best: { box: Box; points: Point[]; cost: number } | undefined;
    for (const x of [port, ...others]) {
        const from: Departure = { point: [x, bottom(source.symbol)], exit: 'bottom', bendY: bendY(source) };
        for (const box of free) {
            for (const points of candidateRoutes(from, [{ point: [centerX(box), box.y], at: 'top' }], [from.point[0], ...router.channels])) {
                const fit = space.fit(points, item.index, `connector:${item.index}`, stepKey(item.edge.from), 'connector');
                if (!best || fit.cost < best.cost) best = { box, points, cost: fit.cost };
            }
        }
        // The arrow's own port first: another only where that finds no clean place.
        if (best && best.cost < 1000) break;
    }
    return best && { box: best.box, points: best.points, direction: 'down' };
}

/** Beside the step whatever the page holds there: only when no clean place exists (the geometry tests report it). */
function fallbackSlot(anchor: Point, side: Side, role: 'out' | 'in'): { box: Box; points: Point[] } {
    const [ax, ay] = anchor;
    const near = side === 'right' ? ax + 12 : ax - 12;
    const box = { x: side === 'right' ? near : near - CONNECTOR_SIZE, y: ay - CONNECTOR_SIZE / 2, width: CONNECTOR_SIZE, height: CONNECTOR_SIZE };
    return { box, points: role === 'out' ? [[ax, ay], [near, ay]] : [[near, ay], [ax, ay]] };
}

/** The main branch continuing down to a later page: through the bands, as the flow down does. */
function routeDownAcrossPages(router: Router, item: ClassifiedEdge, letter: string): void {
    const { input, places, spaces } = router;
    const source = places[item.edge.from - 1];
    const to = item.edge.to as number;
    const target = places[to - 1];
    const from = departure(router, item);
    const outBand = input.frames[source.page].bottomBand!;
    const takenBelow = router.pages[source.page].connectors.filter(connector => connector.band === 'bottom').map(connector => connector.box);
    let best: { points: Point[]; box: Box; cost: number } | undefined;
    for (const x of [from.point[0], ...router.channels]) {
        const box = bandSlot(outBand, x, takenBelow, input.columns);
        if (centerX(box) !== x) continue;
        for (const points of candidateRoutes(from, [{ point: [x, box.y], at: 'top' }], [x])) {
            const fit = spaces[source.page].fit(points, item.index, `connector:${letter}`, stepKey(item.edge.from), 'connector');
            if (!best || fit.cost < best.cost) best = { points, box, cost: fit.cost };
        }
    }
    addConnector(router, source.page, item, letter, 'out', best!.box, 'down', 'bottom', item.edge.from);
    addPiece(router, source.page, item, best!.points, 'symbol', 'connector', `connector:${letter}`, true);

    const inBand = input.frames[target.page].topBand!;
    const takenAbove = router.pages[target.page].connectors.filter(connector => connector.band === 'top').map(connector => connector.box);
    let bestIn: { points: Point[]; box: Box; cost: number } | undefined;
    const resume = entries(router, item);
    for (const x of [portX(target.symbol, input.columns), ...router.channels]) {
        const box = bandSlot(inBand, x, takenAbove, input.columns);
        if (centerX(box) !== x) continue;
        const start: Departure = { point: [x, bottom(box)], exit: 'bottom', bendY: bottom(box) };
        for (const points of candidateRoutes(start, resume, [x])) {
            const entry = resume.find(each => each.point[0] === points[points.length - 1][0] && each.point[1] === points[points.length - 1][1]);
            const fit = spaces[target.page].fit(points, item.index, `${stepKey(to)}:${entry?.at}`, 'connector', stepKey(to));
            if (!bestIn || fit.cost < bestIn.cost) bestIn = { points, box, cost: fit.cost };
        }
    }
    const last = bestIn!.points[bestIn!.points.length - 1];
    const entry = resume.find(each => each.point[0] === last[0] && each.point[1] === last[1]);
    addConnector(router, target.page, item, letter, 'in', bestIn!.box, 'down', 'top', to);
    addPiece(router, target.page, item, bestIn!.points, 'connector', 'symbol', `${stepKey(to)}:${entry?.at}`, false);
}

/** A, B, ... Z, AA, AB, ... */
export function connectorLetter(index: number): string {
    let letters = '';
    let rest = index;
    do {
        letters = String.fromCharCode(65 + (rest % 26)) + letters;
        rest = Math.floor(rest / 26) - 1;
    } while (rest >= 0);
    return letters;
}
