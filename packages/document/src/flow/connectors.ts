/**
 * Off-page connectors: the lettered pentagons where an arrow leaves a page and where it resumes.
 * The flow down from the last step of a page ends in a connector in the band under the table and
 * resumes from one in the band over the next page's table, pointing down. A loop or a jump that
 * must cross a page ends in a connector beside the step it leaves and resumes from one beside the
 * step it returns to, pointing the way the flow goes: the arrow enters the flat side and leaves
 * from the point, and each pentagon lies wholly inside one lane.
 */
import type { Columns } from '../layout/columns.js';
import { boxesOverlap, type Box, type Point } from './geometry.js';
import type { Side } from './exits.js';
import type { PageSpace } from './space.js';
import { channelXs } from './ports.js';

export const CONNECTOR_SIZE = 22;
/** The shortest arrow into or out of a connector beside a step: room for its head. */
const SHORTEST_ARROW = 10;
/** A connector keeps this far inside its lane's borders. */
const INSIDE_LANE = 5;
const BAND_GAP = 5;

export type ConnectorDirection = 'down' | Side;

/** A box for a connector centred at `x` in a band, beside any connectors already there. */
export function bandSlot(band: { y: number; height: number }, x: number, taken: readonly Box[], columns: Columns): Box {
    const y = band.y + (band.height - CONNECTOR_SIZE) / 2;
    const lanesLeft = columns.x.lanes[0] + INSIDE_LANE;
    const lanesRight = columns.x.kelengkapan - INSIDE_LANE - CONNECTOR_SIZE;
    let left = Math.max(lanesLeft, Math.min(lanesRight, x - CONNECTOR_SIZE / 2));
    const overlaps = (at: number) => taken.some(box => box.y === y && at < box.x + box.width + BAND_GAP && box.x < at + CONNECTOR_SIZE + BAND_GAP);
    while (overlaps(left) && left < lanesRight) left += CONNECTOR_SIZE + BAND_GAP;
    return { x: left, y, width: CONNECTOR_SIZE, height: CONNECTOR_SIZE };
}

export interface BesideSlot {
    box: Box;
    /** The arrow between the step and the connector. */
    points: Point[];
    direction: ConnectorDirection;
}

/**
 * The nearest place for a connector beside a step, on `side` of `anchor` (where the arrow leaves
 * or enters the step): level with it, or, where the row has room, just below the arrow leaving
 * (pointing down) or just above the arrow coming in. Wholly inside one lane and inside the row,
 * clear of symbols and arrows, its own arrow fitting the page's rules. `role` says which way the
 * arrow runs.
 */
export function besideSlot(space: PageSpace, columns: Columns, row: { top: number; bottom: number }, anchor: Point, side: Side, role: 'out' | 'in', edge: number, end: string, stepKey: string, labelRoom = 0): BesideSlot | undefined {
    const [ax, ay] = anchor;
    const toward = side === 'right' ? 1 : -1;
    const channels = channelXs(columns);
    // Whether a loop on the page could come up a channel between the connector and the step and join its arrow.
    const channelBetween = (from: number, to: number) => channels.some(x => (x - from) * -toward >= 4 && (to - x) * -toward >= 10);
    let best: (BesideSlot & { cost: number }) | undefined;
    // What a connector must keep 3 px from: only boxes that reach into the row can be that near,
    // as every place tried lies inside it. Gathered once for the hundreds of places tried.
    const inRow = (box: Box) => box.y + box.height + 3 > row.top + INSIDE_LANE && box.y < row.bottom - INSIDE_LANE + 3;
    const blocking = space.takenBoxes().filter(inRow);
    const consider = (box: Box, points: Point[], direction: ConnectorDirection) => {
        if (box.y < row.top + INSIDE_LANE || box.y + box.height > row.bottom - INSIDE_LANE) return;
        if (blocking.some(other => boxesOverlap(box, other, 3))) return;
        // Level with the step reads best: the others only where it finds no room. An arrow out long
        // enough for its branch label; one in long enough for a loop on the page to join it.
        const length = Math.abs(points[1][0] - points[0][0]) + Math.abs(points[1][1] - points[0][1]);
        const roomy = role === 'out' ? length >= labelRoom : channelBetween(points[0][0], points[points.length - 1][0]);
        const penalty = (direction === 'down' ? 50 : 0) + (roomy ? 0 : 300);
        // A place that could not beat the best so far even if its arrow fitted freely is not tried.
        if (best && space.leastCost(points) + penalty >= best.cost) return;
        const fit = space.fit(points, edge, end, role === 'out' ? stepKey : 'connector', role === 'out' ? 'connector' : stepKey);
        if (fit.violations > 0) return;
        const cost = fit.cost + penalty;
        if (!best || cost < best.cost) best = { box, points, direction, cost };
    };
    // The anchor's own lane and the two beyond it on that side: a connector further off is not beside its step.
    const lanes = columns.x.lanes.filter(left => (left + columns.lane - ax) * toward > 0).sort((a, b) => (a - b) * toward).slice(0, 3);
    for (const laneLeft of lanes) {
        const low = laneLeft + INSIDE_LANE;
        const high = laneLeft + columns.lane - INSIDE_LANE - CONNECTOR_SIZE;
        for (let x = low; x <= high; x += 2) {
            // Level: the flat side (or the point, for a connector the flow resumes from) faces the step.
            const near = side === 'right' ? x : x + CONNECTOR_SIZE;
            if ((near - ax) * toward >= SHORTEST_ARROW) {
                const box = { x, y: ay - CONNECTOR_SIZE / 2, width: CONNECTOR_SIZE, height: CONNECTOR_SIZE };
                const direction: ConnectorDirection = role === 'out' ? side : side === 'right' ? 'left' : 'right';
                consider(box, role === 'out' ? [[ax, ay], [near, ay]] : [[near, ay], [ax, ay]], direction);
            }
            // Below the arrow leaving, or above the arrow coming in, pointing down.
            const cx = x + CONNECTOR_SIZE / 2;
            if ((cx - ax) * toward >= SHORTEST_ARROW) {
                const y = role === 'out' ? ay + SHORTEST_ARROW : ay - SHORTEST_ARROW - CONNECTOR_SIZE;
                const box = { x, y, width: CONNECTOR_SIZE, height: CONNECTOR_SIZE };
                consider(box, role === 'out' ? [[ax, ay], [cx, ay], [cx, y]] : [[cx, y + CONNECTOR_SIZE], [cx, ay], [ax, ay]], 'down');
            }
        }
    }
    return best && { box: best.box, points: best.points, direction: best.direction };
}
