/**
 * How each edge of the model is drawn in the table: straight down to the next row, down to a
 * later row, sideways (loops back, and the branch that does not continue down), into a small end
 * capsule below or beside a decision, or not at all when the step's own capsule is the end.
 */
import type { Edge } from '@sop-ap/model';
import type { Columns } from '../layout/columns.js';
import type { StepRow } from '../layout/step-rows.js';
import { bottomEdge, type Side } from './exits.js';
import { endCapsuleLane } from './place-rows.js';

export type EdgeKind = 'next' | 'down' | 'side' | 'end-below' | 'end-side' | 'terminal';

export interface ClassifiedEdge {
    index: number;
    edge: Edge;
    kind: EdgeKind;
    /** For sideways arrows and side ends: the side of the source symbol the arrow leaves from. */
    side?: Side;
}

export function classifyEdges(edges: readonly Edge[], rows: readonly StepRow[], columns: Columns): ClassifiedEdge[] {
    const { laneCount } = columns;
    const outgoing = new Map<number, Edge[]>();
    for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    const down = new Map([...outgoing].map(([from, list]) => [from, bottomEdge(list)]));
    const classified: ClassifiedEdge[] = edges.map((edge, index) => {
        const row = rows[edge.from - 1];
        const isDown = down.get(edge.from) === edge;
        if (edge.to === 'end') {
            const kind: EdgeKind = row.shape === 'terminator' ? 'terminal' : isDown ? 'end-below' : 'end-side';
            return { index, edge, kind, side: kind === 'end-side' ? endCapsuleLane(row, columns).side : undefined };
        }
        if (isDown) {
            return { index, edge, kind: edge.to === edge.from + 1 ? 'next' : 'down' };
        }
        return { index, edge, kind: 'side' };
    });
    // A sideways arrow leaves towards its target's lanes, on a side no other arrow of its step takes.
    const taken = new Map<number, Set<Side>>();
    for (const item of classified.filter(each => each.side)) {
        taken.set(item.edge.from, new Set([...(taken.get(item.edge.from) ?? []), item.side!]));
    }
    for (const item of classified.filter(each => each.kind === 'side')) {
        const sides = taken.get(item.edge.from) ?? new Set<Side>();
        const wanted = preferredSide(rows[item.edge.from - 1], rows[(item.edge.to as number) - 1], laneCount);
        item.side = sides.has(wanted) ? (wanted === 'right' ? 'left' : 'right') : wanted;
        taken.set(item.edge.from, sides.add(item.side));
    }
    return classified;
}

/** Towards the target's lanes; within one lane, towards the inside of the table, where there is room. */
function preferredSide(source: StepRow, target: StepRow, laneCount: number): Side {
    if (target.lanes[1] < source.lanes[0]) return 'left';
    if (target.lanes[0] > source.lanes[1]) return 'right';
    return source.lanes[1] === laneCount - 1 && source.lanes[0] > 0 ? 'left' : 'right';
}

/** The sides of each step that arrows leave from: arrows coming in keep off them. */
export function exitSides(classified: readonly ClassifiedEdge[]): Map<number, Set<Side>> {
    const sides = new Map<number, Set<Side>>();
    for (const item of classified) {
        if (item.side) {
            sides.set(item.edge.from, new Set([...(sides.get(item.edge.from) ?? []), item.side]));
        }
    }
    return sides;
}
