/**
 * The flow of an SOP as a graph over step numbers 1..n plus the end terminator. All walks are
 * iterative (explicit work lists), so a 10 000-step SOP cannot overflow the call stack.
 */
import type { Edge } from './types.js';

export interface FlowGraph {
    stepCount: number;
    /** Outgoing edges per step number, in model order. */
    outgoing: Map<number, Edge[]>;
    /** Steps with an edge into each step number, or into 'end'. */
    incoming: Map<number | 'end', number[]>;
}

export function buildFlowGraph(stepCount: number, edges: readonly Edge[]): FlowGraph {
    const outgoing = new Map<number, Edge[]>();
    const incoming = new Map<number | 'end', number[]>();
    for (const edge of edges) {
        let out = outgoing.get(edge.from);
        if (!out) {
            outgoing.set(edge.from, out = []);
        }
        out.push(edge);
        let into = incoming.get(edge.to);
        if (!into) {
            incoming.set(edge.to, into = []);
        }
        into.push(edge.from);
    }
    return { stepCount, outgoing, incoming };
}

/** Steps that some path from step 1 reaches (step 1 included when there is one). */
export function reachableFromStart(graph: FlowGraph): Set<number> {
    const seen = new Set<number>();
    if (graph.stepCount === 0) {
        return seen;
    }
    const work = [1];
    seen.add(1);
    while (work.length > 0) {
        const step = work.pop()!;
        for (const edge of graph.outgoing.get(step) ?? []) {
            if (edge.to !== 'end' && !seen.has(edge.to)) {
                seen.add(edge.to);
                work.push(edge.to);
            }
        }
    }
    return seen;
}

/** Steps from which some path reaches an end: a reverse walk from the end terminator. */
export function canReachEnd(graph: FlowGraph): Set<number> {
    const seen = new Set<number>();
    const work = [...(graph.incoming.get('end') ?? [])];
    for (const step of work) {
        seen.add(step);
    }
    while (work.length > 0) {
        const step = work.pop()!;
        for (const predecessor of graph.incoming.get(step) ?? []) {
            if (!seen.has(predecessor)) {
                seen.add(predecessor);
                work.push(predecessor);
            }
        }
    }
    return seen;
}

/**
 * The main path: from step 1, the `Ya` branch at a decision (else its first branch) and the plain
 * flow elsewhere, until an end or until a step repeats (a loop on the main path ends the walk).
 */
export function mainPath(graph: FlowGraph): number[] {
    const path: number[] = [];
    const seen = new Set<number>();
    let current: number | 'end' | undefined = graph.stepCount > 0 ? 1 : undefined;
    while (current !== undefined && current !== 'end' && !seen.has(current)) {
        seen.add(current);
        path.push(current);
        const out: Edge[] = graph.outgoing.get(current) ?? [];
        const next: Edge | undefined = out.find(edge => edge.label === 'Ya') ?? out[0];
        current = next?.to;
    }
    return path;
}
