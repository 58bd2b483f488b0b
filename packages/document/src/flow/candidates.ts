/**
 * The shapes an arrow may take between where it leaves one symbol and where it enters another:
 * straight, one bend, or out to a vertical channel and back in. Every shape is orthogonal; the
 * router keeps the one that fits the page best.
 */
import type { Point } from './geometry.js';
import type { Exit } from './exits.js';

/** Where an arrow may end: the top of a symbol, or one of its sides (the arrow then runs sideways into it). */
export interface Entry {
    point: Point;
    /** 'top': the arrow comes down into it; 'left'/'right': the side of the symbol it enters. */
    at: 'top' | 'left' | 'right';
    /** Added to the cost of arrows ending here: an entry kept for when no other fits. */
    penalty?: number;
    /** For a top entry reached from a channel: the y it turns towards the target at (default just above it). */
    approachY?: number;
}

export interface Departure {
    point: Point;
    exit: Exit;
    /** For a bottom exit: the y of the bend in its own row (3 mm above the row's border). */
    bendY: number;
}

/** The shortest straight stretch out of a symbol before an arrow turns, and into one after it turns. */
export const STUB = 10;

export function candidateRoutes(from: Departure, entries: readonly Entry[], channels: readonly number[]): Point[][] {
    const routes: Point[][] = [];
    const [ex, ey] = from.point;
    for (const entry of entries) {
        const [tx, ty] = entry.point;
        if (entry.at === 'top') {
            if (from.exit === 'bottom') {
                if (ex === tx) routes.push([from.point, entry.point]);
                else routes.push([from.point, [ex, from.bendY], [tx, from.bendY], entry.point]);
            } else if (from.exit === 'right' ? tx >= ex + STUB : tx <= ex - STUB) {
                routes.push([from.point, [tx, ey], entry.point]);
            }
            // Out to a channel, then over the top of the target.
            const aboveY = entry.approachY ?? ty - STUB;
            for (let index = 0; index < channels.length; index++) {
                const x = channels[index];
                if (!leavesTowards(from, x)) continue;
                routes.push([...leave(from, x), [x, aboveY], [tx, aboveY], entry.point]);
            }
            continue;
        }
        // Indexed: a hundred channels per entry, mostly before V8 optimises this (for-of allocates then).
        for (let index = 0; index < channels.length; index++) {
            const x = channels[index];
            const faces = entry.at === 'left' ? x <= tx - STUB : x >= tx + STUB;
            if (!faces || !leavesTowards(from, x)) continue;
            routes.push([...leave(from, x), [x, ty], entry.point]);
        }
    }
    return routes;
}

/** Whether a channel at `x` lies the way the arrow leaves its symbol. */
function leavesTowards(from: Departure, x: number): boolean {
    const ex = from.point[0];
    if (from.exit === 'right') return x >= ex + STUB;
    if (from.exit === 'left') return x <= ex - STUB;
    return true;
}

/** The points from the exit to the channel at `x` (the channel's first point included). */
function leave(from: Departure, x: number): Point[] {
    const [ex, ey] = from.point;
    if (from.exit !== 'bottom') return [from.point, [x, ey]];
    if (x === ex) return [from.point];
    return [from.point, [ex, from.bendY], [x, from.bendY]];
}
