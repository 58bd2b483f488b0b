/**
 * Where each arrow leaves its symbol. The main branch of a decision ("Ya", or the first labelled
 * branch) continues down whenever it goes forward, as SOP AP readers expect; the other branch
 * leaves sideways, even when it goes to the next step. A plain step continues down to any later
 * step and leaves sideways only to loop back.
 */
import type { Edge } from '@sop-ap/model';

export type Side = 'left' | 'right';
export type Exit = 'bottom' | Side;

const goesForward = (edge: Edge) => edge.to === 'end' || edge.to > edge.from;

/** The one outgoing edge of a step that leaves from the bottom of its symbol, if any. */
export function bottomEdge(outgoing: readonly Edge[]): Edge | undefined {
    if (outgoing.length <= 1) {
        return outgoing.find(goesForward);
    }
    const main = outgoing.find(edge => edge.label !== null && /^ya$/i.test(edge.label.trim())) ?? outgoing[0];
    const other = outgoing.find(edge => edge !== main)!;
    const toStep = (edge: Edge) => edge.to !== 'end' && edge.to > edge.from;
    // A forward step first (the main branch before the other), then an end capsule below.
    return [main, other].find(toStep) ?? [main, other].find(edge => edge.to === 'end');
}
