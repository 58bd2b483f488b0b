/**
 * Gutters: the free strips at both sides of every lane where arrows run vertically. An arrow takes
 * the first gutter, moving outwards from its lane, that no symbol it passes covers (a meeting drawn
 * across lanes covers the gutters between them); runs that overlap in one gutter get their own tracks.
 */
import type { Columns } from '../layout/columns.js';
import type { Side } from './edge-kinds.js';
import { bottom, right, type Box } from './geometry.js';
import type { LaneGeometry } from './symbols.js';

export interface Gutter {
    /** Unique per page, lane and side: runs share tracks only within one gutter. */
    key: string;
    side: Side;
    left: number;
    width: number;
}

export interface GutterNeed {
    page: number;
    lane: number;
    side: Side;
    from: number;
    to: number;
}

export function freeGutter(columns: Columns, geometry: LaneGeometry, symbols: readonly Box[], need: GutterNeed): Gutter {
    const low = Math.min(need.from, need.to);
    const high = Math.max(need.from, need.to);
    const blockers = symbols.filter(box => box.y < high && bottom(box) > low);
    const gutterAt = (lane: number): Gutter => {
        const laneLeft = columns.x.lanes[lane];
        const left = need.side === 'right' ? laneLeft + columns.lane - geometry.gutter : laneLeft;
        return { key: `${need.page}:${lane}:${need.side}`, side: need.side, left, width: geometry.gutter };
    };
    const step = need.side === 'right' ? 1 : -1;
    for (let lane = need.lane; lane >= 0 && lane < columns.laneCount; lane += step) {
        const gutter = gutterAt(lane);
        if (!blockers.some(box => box.x < gutter.left + gutter.width && right(box) > gutter.left)) {
            return gutter;
        }
    }
    // Every gutter on that side is covered (a meeting across all lanes): the outermost one it is.
    return gutterAt(need.side === 'right' ? columns.laneCount - 1 : 0);
}

/** The x of a track: track 0 nearest the symbols, the tracks spread evenly over the gutter. */
export function trackX(gutter: Gutter, track: number, tracks: number): number {
    const fromInside = (track + 1) * gutter.width / (tracks + 1);
    return gutter.side === 'right' ? gutter.left + fromInside : gutter.left + gutter.width - fromInside;
}
