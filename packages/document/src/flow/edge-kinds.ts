/**
 * How each edge of the model is drawn in the table: straight down to the next row, through a
 * gutter to a row further away (up or down), into a small end capsule, or not at all when the
 * step's own capsule is the end.
 */
import type { Edge } from '@sop-ap/model';
import type { StepRow } from '../layout/step-rows.js';

export type EdgeKind = 'next' | 'jump' | 'end-below' | 'end-side' | 'terminal';
export type Side = 'left' | 'right';

export interface ClassifiedEdge {
    index: number;
    edge: Edge;
    kind: EdgeKind;
    /** For jumps and side ends: the side of the source symbol the arrow leaves from. */
    side?: Side;
}

export function classifyEdges(edges: readonly Edge[], rows: readonly StepRow[], laneCount: number): ClassifiedEdge[] {
    const classified: ClassifiedEdge[] = edges.map((edge, index) => {
        const row = rows[edge.from - 1];
        if (edge.to === 'end') {
            const kind: EdgeKind = row.shape === 'terminator' ? 'terminal' : row.end === 'below' ? 'end-below' : 'end-side';
            return { index, edge, kind };
        }
        return { index, edge, kind: edge.to === edge.from + 1 ? 'next' : 'jump' };
    });
    // Sides: an end capsule beside a decision takes the side of its lane; jumps take what is left.
    const used = new Map<number, Set<Side>>();
    const take = (from: number, side: Side) => {
        let sides = used.get(from);
        if (!sides) used.set(from, sides = new Set());
        sides.add(side);
    };
    for (const item of classified.filter(each => each.kind === 'end-side')) {
        item.side = endCapsuleLane(rows[item.edge.from - 1], laneCount).side;
        take(item.edge.from, item.side);
    }
    for (const item of classified.filter(each => each.kind === 'jump')) {
        const taken = used.get(item.edge.from);
        item.side = taken?.has('right') ? 'left' : 'right';
        take(item.edge.from, item.side);
    }
    return classified;
}

/** The lane beside a decision where its end capsule goes: to the right if there is one. */
export function endCapsuleLane(row: StepRow, laneCount: number): { lane: number; side: Side } {
    if (row.lanes[1] + 1 < laneCount) {
        return { lane: row.lanes[1] + 1, side: 'right' };
    }
    return { lane: Math.max(0, row.lanes[0] - 1), side: 'left' };
}

/** The sides of each step that arrows leave from. */
export function exitSides(classified: readonly ClassifiedEdge[]): Map<number, Set<Side>> {
    const sides = new Map<number, Set<Side>>();
    for (const item of classified) {
        if (item.side) {
            let set = sides.get(item.edge.from);
            if (!set) sides.set(item.edge.from, set = new Set());
            set.add(item.side);
        }
    }
    return sides;
}
