/**
 * Where the lanes go before layout: each lane as wide as the widest node that sits in it alone,
 * plus the gap where edges run and labels sit. A lane with a big question is wider; the others
 * stay narrow, so one long decision does not stretch the whole diagram.
 */
import type { SopModel } from '@sop-ap/model';
import { stepContent } from './node-content.js';
import { MARGIN, PROCESS_WIDTH } from './typography.js';

export interface LaneGrid {
    /** Left edge and width of every lane, in `pelaksana` order. */
    lefts: number[];
    widths: number[];
}

export function laneGrid(model: SopModel, gap: number): LaneGrid {
    const index = new Map(model.actors.map((actor, position) => [actor.id, position]));
    const widest = model.actors.map(() => PROCESS_WIDTH);
    for (const step of model.steps) {
        const lane = index.get(step.actors[0]);
        if (step.kind === 'decision' && step.actors.length === 1 && lane !== undefined) {
            widest[lane] = Math.max(widest[lane], stepContent(step, 0).width);
        }
    }
    const widths = widest.map(width => width + gap);
    const lefts: number[] = [];
    let left = MARGIN;
    for (const width of widths) {
        lefts.push(left);
        left += width;
    }
    return { lefts, widths };
}

/** The centre of a span of lanes (a meeting's span: from its first lane's centre to its last's). */
export function spanCentre(grid: LaneGrid, first: number, last: number): number {
    const centre = (lane: number) => grid.lefts[lane] + grid.widths[lane] / 2;
    return (centre(first) + centre(last)) / 2;
}

/** Width a meeting's box needs to reach from its first lane's nodes to its last's. */
export function spanWidth(grid: LaneGrid, first: number, last: number): number {
    const centre = (lane: number) => grid.lefts[lane] + grid.widths[lane] / 2;
    return centre(last) - centre(first) + PROCESS_WIDTH;
}
