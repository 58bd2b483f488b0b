/**
 * Routes every edge of the flowchart over the printed pages. Arrows between consecutive rows run
 * straight down with one bend; every other arrow leaves its symbol sideways into a gutter (a strip
 * at the side of a lane that no symbol occupies), runs vertically there on its own track, and
 * enters its target from the side (or from above when that side is taken). An arrow that crosses
 * a page boundary ends in a lettered off-page connector and resumes from the same letter.
 */
import type { Columns } from '../layout/columns.js';
import type { StepRow } from '../layout/step-rows.js';
import { SYMBOL_TOP_CLEARANCE } from '../layout/step-rows.js';
import { placeRows } from './place-rows.js';
import { placeConnectors, CONNECTOR_SIZE, type ConnectorRequest } from './connectors.js';
import type { FlowPiece, PageDrawing } from './drawing.js';
import { exitSides, type ClassifiedEdge, type Side } from './edge-kinds.js';
import { bottom, centerX, centerY, right, simplify, type Box, type Point } from './geometry.js';
import { placeLabels, type LabelRequest } from './labels.js';
import type { LaneGeometry } from './symbols.js';
import { assignTracks, type TrackRequest } from './tracks.js';
import { freeGutter, trackX, type Gutter } from './gutters.js';

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
    edges: readonly ClassifiedEdge[];
    frames: readonly PageFrame[];
    columns: Columns;
    geometry: LaneGeometry;
}

/** Distance of the bend of a straight-down arrow above the bottom of its row. */
const BEND_ABOVE_ROW_END = 7;
/** Distance of a bend inside a connector band from the band's edge. */
const BAND_BEND = 3;

interface GutterRun {
    gutter: Gutter;
    from: number;
    to: number;
    track?: number;
}

export function layoutFlow(input: FlowLayoutInput): PageDrawing[] {
    const { rows, columns, geometry } = input;
    const places = placeRows(input);
    const pages: PageDrawing[] = input.frames.map(() => ({ symbols: [], pieces: [], connectors: [], labels: [] }));

    // Symbols.
    rows.forEach((row, index) => {
        const place = places[index];
        const actors = input.actorIds.slice(row.lanes[0], row.lanes[1] + 1);
        pages[place.page].symbols.push({ step: row.step.number, owner: row.step.number, shape: row.shape, box: place.symbol, actors });
        if (place.endCapsule) {
            pages[place.page].symbols.push({ step: 'end', owner: row.step.number, shape: 'terminator', box: place.endCapsule, actors: [] });
        }
    });

    const sidesOut = exitSides(input.edges);

    const chooseGutter = (page: number, lane: number, side: Side, y1: number, y2: number) =>
        freeGutter(columns, geometry, pages[page].symbols.map(symbol => symbol.box), { lane, side, page, from: y1, to: y2 });

    // Pass 1: decide the shape of every piece, collecting gutter runs and connector requests.
    interface PendingPiece {
        page: number;
        build: (runX: (run: GutterRun) => number, connectorX: (request: ConnectorRequest) => Box) => FlowPiece;
        labelAt?: { exit: 'bottom' | Side; anchor: Point };
    }
    const pending: PendingPiece[] = [];
    const runs: GutterRun[] = [];
    const connectorRequests: ConnectorRequest[] = [];
    let letterIndex = 0;

    const newRun = (gutter: Gutter, from: number, to: number): GutterRun => {
        const run: GutterRun = { gutter, from, to };
        runs.push(run);
        return run;
    };
    const bandOf = (page: number, which: 'top' | 'bottom') => {
        const frame = input.frames[page];
        return which === 'top' ? frame.topBand! : frame.bottomBand!;
    };

    for (const item of input.edges) {
        const { edge } = item;
        const source = places[edge.from - 1];
        const sourceBox = source.symbol;
        const piece = (points: Point[], starts: FlowPiece['starts'], ends: FlowPiece['ends']): FlowPiece =>
            ({ edgeIndex: item.index, from: edge.from, to: edge.to, label: edge.label, points: simplify(points), starts, ends });

        if (item.kind === 'terminal') {
            continue;
        }
        if (item.kind === 'end-below') {
            const capsule = source.endCapsule!;
            pending.push({
                page: source.page,
                build: () => piece([[centerX(sourceBox), bottom(sourceBox)], [centerX(capsule), capsule.y]], 'symbol', 'symbol'),
                labelAt: { exit: 'bottom', anchor: [centerX(sourceBox), bottom(sourceBox)] },
            });
            continue;
        }
        if (item.kind === 'end-side') {
            const capsule = source.endCapsule!;
            const side = item.side!;
            const exitX = side === 'right' ? right(sourceBox) : sourceBox.x;
            const entryX = side === 'right' ? capsule.x : right(capsule);
            pending.push({
                page: source.page,
                build: () => piece([[exitX, centerY(sourceBox)], [entryX, centerY(sourceBox)]], 'symbol', 'symbol'),
                labelAt: { exit: side, anchor: [exitX, centerY(sourceBox)] },
            });
            continue;
        }

        const target = places[(edge.to as number) - 1];
        const targetBox = target.symbol;
        const targetRow = rows[(edge.to as number) - 1];
        const crossing = source.page !== target.page;
        const letter = crossing ? connectorLetter(letterIndex++) : '';

        if (item.kind === 'next') {
            const sx = centerX(sourceBox);
            const tx = centerX(targetBox);
            if (!crossing) {
                const bend = source.top + source.height - BEND_ABOVE_ROW_END;
                pending.push({
                    page: source.page,
                    build: () => piece([[sx, bottom(sourceBox)], [sx, bend], [tx, bend], [tx, targetBox.y]], 'symbol', 'symbol'),
                    labelAt: { exit: 'bottom', anchor: [sx, bottom(sourceBox)] },
                });
                continue;
            }
            const out: ConnectorRequest = { page: source.page, band: 'bottom', preferredX: sx, letter, role: 'out', step: edge.from, edgeIndex: item.index };
            const into: ConnectorRequest = { page: target.page, band: 'top', preferredX: tx, letter, role: 'in', step: edge.to as number, edgeIndex: item.index };
            connectorRequests.push(out, into);
            const outBand = bandOf(source.page, 'bottom');
            const inBand = bandOf(target.page, 'top');
            pending.push({
                page: source.page,
                build: (_run, connector) => {
                    const box = connector(out);
                    const bend = outBand.y + BAND_BEND;
                    return piece([[sx, bottom(sourceBox)], [sx, bend], [centerX(box), bend], [centerX(box), box.y]], 'symbol', 'connector');
                },
                labelAt: { exit: 'bottom', anchor: [sx, bottom(sourceBox)] },
            });
            pending.push({
                page: target.page,
                build: (_run, connector) => {
                    const box = connector(into);
                    const bend = inBand.y + inBand.height - BAND_BEND;
                    return piece([[centerX(box), bottom(box)], [centerX(box), bend], [tx, bend], [tx, targetBox.y]], 'connector', 'symbol');
                },
            });
            continue;
        }

        // A jump: sideways out, along a gutter, sideways (or from above) in.
        const side = item.side!;
        const exitLane = side === 'right' ? rows[edge.from - 1].lanes[1] : rows[edge.from - 1].lanes[0];
        const exitX = side === 'right' ? right(sourceBox) : sourceBox.x;
        const exitY = centerY(sourceBox);
        const targetSidesTaken = sidesOut.get(edge.to as number) ?? new Set<Side>();
        const arrival = (gutterX: number): { y: number; points: (from: Point) => Point[] } => {
            const facing: Side = gutterX >= centerX(targetBox) ? 'right' : 'left';
            if (!targetSidesTaken.has(facing)) {
                const entryX = facing === 'right' ? right(targetBox) : targetBox.x;
                return { y: centerY(targetBox), points: from => [from, [entryX, from[1]]] };
            }
            const above = targetBox.y - (SYMBOL_TOP_CLEARANCE / 2);
            return { y: above, points: from => [from, [centerX(targetBox), above], [centerX(targetBox), targetBox.y]] };
        };
        const targetLane = side === 'right' ? targetRow.lanes[1] : targetRow.lanes[0];

        if (!crossing) {
            const gutter = chooseGutter(source.page, exitLane, side, exitY, centerY(targetBox));
            const run = newRun(gutter, exitY, centerY(targetBox));
            pending.push({
                page: source.page,
                build: runX => {
                    const x = runX(run);
                    const end = arrival(x);
                    return piece([[exitX, exitY], [x, exitY], ...end.points([x, end.y])], 'symbol', 'symbol');
                },
                labelAt: { exit: side, anchor: [exitX, exitY] },
            });
            continue;
        }

        const downward = target.page > source.page;
        const outBandName = downward ? 'bottom' : 'top';
        const inBandName = downward ? 'top' : 'bottom';
        const outBand = bandOf(source.page, outBandName);
        const inBand = bandOf(target.page, inBandName);
        const outBend = downward ? outBand.y + BAND_BEND : outBand.y + outBand.height - BAND_BEND;
        const inBend = downward ? inBand.y + inBand.height - BAND_BEND : inBand.y + BAND_BEND;
        const sourceGutter = chooseGutter(source.page, exitLane, side, exitY, outBend);
        const sourceRun = newRun(sourceGutter, exitY, outBend);
        const targetGutter = chooseGutter(target.page, targetLane, side, inBend, centerY(targetBox));
        const targetRun = newRun(targetGutter, inBend, centerY(targetBox));
        const out: ConnectorRequest = { page: source.page, band: outBandName, preferredX: NaN, letter, role: 'out', step: edge.from, edgeIndex: item.index, run: sourceRun };
        const into: ConnectorRequest = { page: target.page, band: inBandName, preferredX: NaN, letter, role: 'in', step: edge.to as number, edgeIndex: item.index, run: targetRun };
        connectorRequests.push(out, into);
        pending.push({
            page: source.page,
            build: (runX, connector) => {
                const x = runX(sourceRun);
                const box = connector(out);
                const enter = downward ? box.y : bottom(box);
                return piece([[exitX, exitY], [x, exitY], [x, outBend], [centerX(box), outBend], [centerX(box), enter]], 'symbol', 'connector');
            },
            labelAt: { exit: side, anchor: [exitX, exitY] },
        });
        pending.push({
            page: target.page,
            build: (runX, connector) => {
                const x = runX(targetRun);
                const box = connector(into);
                const leave = downward ? bottom(box) : box.y;
                const end = arrival(x);
                return piece([[centerX(box), leave], [centerX(box), inBend], [x, inBend], ...end.points([x, end.y])], 'connector', 'symbol');
            },
        });
    }

    // Pass 2: tracks in the gutters, then connector positions (they line up with their tracks).
    const trackRequests: TrackRequest[] = runs.map(run => ({ gutterKey: run.gutter.key, from: run.from, to: run.to }));
    const { track, tracksPerGutter } = assignTracks(trackRequests);
    runs.forEach((run, index) => { run.track = track[index]; });
    const runX = (run: GutterRun) => trackX(run.gutter, run.track!, tracksPerGutter.get(run.gutter.key) ?? 1);
    for (const request of connectorRequests) {
        if (request.run) {
            request.preferredX = runX(request.run as GutterRun);
        }
    }
    const lanesArea = { left: columns.x.lanes[0], right: columns.x.kelengkapan };
    const connectorBoxes = placeConnectors(connectorRequests, request => {
        const band = bandOf(request.page, request.band);
        return { y: band.y + (band.height - CONNECTOR_SIZE) / 2, ...lanesArea };
    });
    connectorRequests.forEach(request => {
        pages[request.page].connectors.push({
            letter: request.letter, role: request.role, box: connectorBoxes.get(request)!, band: request.band, step: request.step, edgeIndex: request.edgeIndex,
        });
    });

    // Pass 3: the points of every piece, then the labels where they collide with nothing.
    const labelRequests: LabelRequest[] = [];
    for (const item of pending) {
        const built = item.build(runX, request => connectorBoxes.get(request)!);
        pages[item.page].pieces.push(built);
        if (item.labelAt && built.label) {
            labelRequests.push({ page: item.page, edgeIndex: built.edgeIndex, from: built.from, text: built.label, ...item.labelAt });
        }
    }
    placeLabels(labelRequests, pages, lanesArea, input.frames);
    return pages;
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
