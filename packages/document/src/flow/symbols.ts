/**
 * The five SOP AP symbols, sized for a lane: capsule (terminator) for the first step and for a
 * step that ends the SOP, rectangle (process), diamond (decision); arrows and off-page pentagons
 * are drawn by the router.
 */
import type { Edge, Step } from '@sop-ap/model';
import { STUB } from './candidates.js';
import { GRID_CLEARANCE } from './grid.js';

export type SymbolShape = 'terminator' | 'process' | 'decision';

export interface LaneGeometry {
    /** Width of one lane. */
    lane: number;
    /** Free strip on each side of a lane where jumps run vertically. */
    gutter: number;
}

export function laneGeometry(laneWidth: number): LaneGeometry {
    return { lane: laneWidth, gutter: Math.round(Math.min(16, Math.max(7, laneWidth * 0.15))) };
}

export interface SymbolSize {
    width: number;
    height: number;
}

/**
 * A step is drawn as a capsule when it starts the SOP (and no arrow comes back into it: a capsule
 * marks where the flow begins, not a step it returns to) or when its only way on is the end; a
 * decision always stays a diamond.
 */
export function shapeOf(step: Step, outgoing: readonly Edge[], incoming: readonly Edge[] = []): SymbolShape {
    if (step.kind === 'decision') {
        return 'decision';
    }
    const ends = outgoing.length > 0 && outgoing.every(edge => edge.to === 'end');
    return (step.number === 1 && incoming.length === 0) || ends ? 'terminator' : 'process';
}

/**
 * Room a box leaves for an arrow to run beside it on either side, 3 mm off the lane's border and
 * CHANNEL_GAP off the box, so that it does not hug the box's edge and can turn into the box's side
 * there (a loop into a step in the last lane has no other way; a loop past a meeting runs in the
 * strip beside it). A meeting still reaches into the middle of each of its lanes; lanes too narrow
 * for that (many actors) keep the box at its usual width.
 */
function besideChannels(geometry: LaneGeometry, lanes: number): number {
    const inset = GRID_CLEARANCE + CHANNEL_GAP;
    const width = Math.floor(geometry.lane * lanes - 2 * inset);
    const reachesMiddles = lanes === 1 || inset < geometry.lane / 2 - MEETING_REACH;
    return width >= MIN_CHANNELLED_WIDTH && reachesMiddles ? width : Infinity;
}

/** What an arrow beside a symbol keeps from it: the stub an arrow entering a side needs. */
export const CHANNEL_GAP = STUB;
const MIN_CHANNELLED_WIDTH = 44;
/** How far past the middle of its outer lanes a meeting's box reaches at least. */
const MEETING_REACH = 6;

/** The narrowest diamond drawn smaller to leave room for loops into its side vertices. */
const MIN_ENTERABLE_DIAMOND = 40;

/** The symbol's size for a span of `lanes` lanes. */
export function symbolSize(shape: SymbolShape, geometry: LaneGeometry, lanes: number): SymbolSize {
    const area = geometry.lane * lanes - 2 * geometry.gutter;
    switch (shape) {
        case 'process':
            return { width: boxWidth(geometry, lanes, area, 76), height: 28 };
        case 'terminator':
            return { width: boxWidth(geometry, lanes, area, 68), height: 24 };
        case 'decision': {
            if (lanes > 1 && lanes % 2 === 1) return sharedDecisionSize(geometry, lanes);
            const width = Math.max(20, Math.min(area - 4, 50));
            // Narrower where that leaves room for a loop to come into a side vertex (its channel 3 mm
            // off the lane's border, then a stub with the arrowhead), keeping the diamond's proportions
            // so that its labels still tuck against its slanted sides. Lanes too narrow for that keep
            // the diamond they had.
            const withEntries = Math.floor(geometry.lane * lanes - 2 * (GRID_CLEARANCE + STUB));
            return withEntries < width && withEntries >= MIN_ENTERABLE_DIAMOND ? { width: withEntries, height: Math.round(withEntries * 34 / 50) } : { width, height: 34 };
        }
    }
}

/**
 * A decision taken together by actors whose lanes are not side by side (an odd span of three or
 * more) is drawn across their lanes, as a meeting is: a diamond the size of one lane, centred on
 * the span, would stand in the lane of an actor who takes no part. Its vertices stay in lane middles
 * (the span's middle lane), where arrows may run. On an even span (two neighbours) the diamond keeps
 * its size, straddling the border between them.
 */
function sharedDecisionSize(geometry: LaneGeometry, lanes: number): SymbolSize {
    return { width: Math.round(geometry.lane * (lanes - 1) + Math.min(geometry.lane - 2 * geometry.gutter, 2 * SHARED_DECISION_REACH)), height: 40 };
}

/** How far past the middle of its outer lanes a shared decision reaches. */
const SHARED_DECISION_REACH = 16;

/**
 * A box across several lanes (a meeting) spans them; one alone in its lane is at most `widest`
 * and leaves room for the arrows beside it.
 */
function boxWidth(geometry: LaneGeometry, lanes: number, area: number, widest: number): number {
    return Math.max(16, Math.min(area - 6, lanes > 1 ? Infinity : widest, besideChannels(geometry, lanes)));
}

/** Size of the small end capsule drawn for a decision whose branch ends the SOP. */
export function endCapsuleSize(geometry: LaneGeometry): SymbolSize {
    const area = geometry.lane - 2 * geometry.gutter;
    return { width: Math.max(16, Math.min(area - 6, 52)), height: 20 };
}
