/**
 * The diagram's nodes and edges before any coordinates: a start terminator, one node per step, an
 * end terminator for every way out, each on its own row in step order; and for every edge the
 * sides it leaves and enters by (SOP AP habit: the flow goes down, the other branch sideways,
 * loop-backs come into the side of their target).
 */
import type { Edge, SopModel, Step } from '@sop-ap/model';
import { labelLines, labelSize } from './beside-labels.js';
import { stepContent, stepText, terminatorContent } from './node-content.js';
import type { NodeKind } from './types.js';
import { spanWidth, type LaneGrid } from './lane-grid.js';

export type Side = 'NORTH' | 'SOUTH' | 'EAST' | 'WEST';

export interface FlowNode {
    id: string;
    step: number | 'start' | 'end';
    kind: NodeKind;
    actors: string[];
    /** First and last lane index of the span. */
    firstLane: number;
    lastLane: number;
    row: number;
    width: number;
    height: number;
    lines: string[];
    noteLines: number;
    text: string;
    line: number | null;
    waktu: string | null;
    owner: number | null;
    /** An end terminator reached sideways sits off the lane's centre line, towards that side. */
    offset: 'EAST' | 'WEST' | null;
    /**
     * Where edges meet the top and bottom, from the node's left: its middle (a diamond's vertex),
     * except for a meeting's box, whose flow stays in its first lane's column rather than on a
     * border between lanes.
     */
    anchorX: number;
}

export interface FlowEdge {
    id: string;
    from: number | 'start';
    to: number | 'end';
    source: string;
    target: string;
    label: string | null;
    sourceSide: Side;
    targetSide: Side;
    /** Goes back up (or to itself). */
    loopBack: boolean;
    /** Width of the branch label (0 without one): a sideways first segment is made long enough to hold it. */
    labelWidth: number;
    labelHeight: number;
    /**
     * ELK routes an edge down between consecutive rows; longer ones (loop-backs, jumps, a branch
     * that passes an end terminator) and sideways branches are routed afterwards along free tracks
     * (channel-routes.ts), so that ELK never has to push a node aside to make room for them.
     */
    byElk: boolean;
}

export interface FlowGraphNodes {
    nodes: FlowNode[];
    edges: FlowEdge[];
}

export const START_TEXT = 'Mulai';
export const END_TEXT = 'Selesai';

export function flowNodes(model: SopModel, grid: LaneGrid): FlowGraphNodes {
    const laneIndex = new Map(model.actors.map((actor, index) => [actor.id, index]));
    const lanesOf = (step: Step) => {
        const indexes = step.actors.map(actor => laneIndex.get(actor) ?? 0);
        return [Math.min(...indexes), Math.max(...indexes)] as const;
    };
    const outgoing = new Map<number, Edge[]>();
    for (const edge of model.edges) {
        outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    }
    const nodes: FlowNode[] = [];
    const edges: FlowEdge[] = [];
    const stepId = (number: number) => `step-${number}`;
    const first = model.steps[0];
    if (!first) {
        return { nodes, edges };
    }
    const [firstLane] = lanesOf(first);
    const start = terminatorContent(START_TEXT);
    nodes.push({
        id: 'start', step: 'start', kind: 'start', actors: [model.actors[firstLane]?.id ?? first.actors[0]], firstLane, lastLane: firstLane,
        row: 0, width: start.width, height: start.height, lines: start.lines, noteLines: 0, text: START_TEXT, line: null, waktu: null, owner: null, offset: null, anchorX: start.width / 2,
    });
    edges.push({ id: 'e-start', from: 'start', to: 1, source: 'start', target: stepId(1), label: null, sourceSide: 'SOUTH', targetSide: 'NORTH', loopBack: false, byElk: true, labelWidth: 0, labelHeight: 0 });

    for (const step of model.steps) {
        const [left, right] = lanesOf(step);
        // A meeting whose box crosses lanes that take no part in it names its participants.
        const crossesOthers = right - left + 1 > new Set(step.actors).size;
        const note = crossesOthers ? model.actors.filter(actor => step.actors.includes(actor.id)).map(actor => actor.title).join(', ') : null;
        const content = stepContent(step, spanWidth(grid, left, right), note);
        const row = nodes.length;
        nodes.push({
            id: stepId(step.number), step: step.number, kind: step.kind, actors: [...step.actors], firstLane: left, lastLane: right, row,
            width: content.width, height: content.height, lines: content.lines, noteLines: content.noteLines, text: stepText(step), line: step.line,
            waktu: step.waktu?.text ?? null, owner: null, offset: null,
            anchorX: left === right || step.kind === 'decision' ? content.width / 2 : spanWidth(grid, left, left) / 2 + (content.width - spanWidth(grid, left, right)) / 2,
        });
        const out = outgoing.get(step.number) ?? [];
        const down = downwardEdge(step, out);
        const usedSides = new Set<Side>();
        for (const [index, edge] of out.entries()) {
            let side: Side = edge === down ? 'SOUTH' : sidewaysSide(edge, step, model, laneIndex);
            // Two ways out never share a side: they would leave by the same point.
            if (usedSides.has(side)) side = side === 'EAST' ? 'WEST' : 'EAST';
            usedSides.add(side);
            if (edge.to === 'end') {
                // Its end terminator comes on the rows right after the step.
                const endContent = terminatorContent(END_TEXT);
                const id = `end-${step.number}${index > 0 ? `-${index}` : ''}`;
                nodes.push({
                    id, step: 'end', kind: 'end', actors: [step.actors[0]], firstLane: side === 'EAST' ? right : left, lastLane: side === 'EAST' ? right : left,
                    row: nodes.length, width: endContent.width, height: endContent.height, lines: endContent.lines, noteLines: 0, text: END_TEXT, line: null,
                    waktu: null, owner: step.number, offset: side === 'EAST' || side === 'WEST' ? side : null, anchorX: endContent.width / 2,
                });
                nodes[nodes.length - 1].actors = [model.actors[nodes[nodes.length - 1].firstLane]?.id ?? step.actors[0]];
                edges.push({ id: `e-${step.number}-${index}`, from: step.number, to: 'end', source: stepId(step.number), target: id, label: edge.label, sourceSide: side, targetSide: 'NORTH', loopBack: false, byElk: true, labelWidth: 0, labelHeight: 0 });
            } else {
                edges.push({ id: `e-${step.number}-${index}`, from: step.number, to: edge.to, source: stepId(step.number), target: stepId(edge.to), label: edge.label, sourceSide: side, targetSide: 'NORTH', loopBack: false, byElk: true, labelWidth: 0, labelHeight: 0 });
            }
        }
    }
    // Loop-backs come into their target's side, the side they left by (a U around the nodes between).
    const rowOf = new Map(nodes.map(node => [node.id, node.row]));
    for (const edge of edges) {
        // Sideways exits too: their first segment must be long enough to hold the branch label.
        edge.byElk = rowOf.get(edge.target)! === rowOf.get(edge.source)! + 1 && edge.sourceSide === 'SOUTH';
        const labelBox = edge.label ? labelSize(labelLines(edge.label)) : { width: 0, height: 0 };
        edge.labelWidth = labelBox.width;
        edge.labelHeight = labelBox.height;
        if (typeof edge.to === 'number' && typeof edge.from === 'number' && edge.to <= edge.from) {
            edge.loopBack = true;
            if (edge.sourceSide === 'SOUTH') edge.sourceSide = 'EAST';
            edge.targetSide = edge.sourceSide;
        }
    }
    // A loop-back into a side where its target's own labelled branch leaves comes in from the top
    // instead: the label beside that branch needs the side to itself.
    const labelledSides = new Set(edges.filter(edge => edge.label && edge.sourceSide !== 'SOUTH').map(edge => `${edge.source}:${edge.sourceSide}`));
    for (const edge of edges) {
        if (edge.loopBack && labelledSides.has(`${edge.target}:${edge.targetSide}`)) edge.targetSide = 'NORTH';
    }
    return { nodes, edges };
}

/**
 * The edge drawn straight down: the one to the next step, else (at a decision) `Ya` or the first
 * branch when it goes forward or ends; a single edge always, unless it loops back.
 */
function downwardEdge(step: Step, out: readonly Edge[]): Edge | undefined {
    const forward = (edge: Edge) => edge.to === 'end' || edge.to > step.number;
    return out.find(edge => edge.to === step.number + 1)
        ?? out.find(edge => edge.label === 'Ya' && forward(edge))
        ?? out.find(forward);
}

/** Sideways towards the target's lane: left only when the target lies in a lane further left. */
function sidewaysSide(edge: Edge, step: Step, model: SopModel, laneIndex: Map<string, number>): Side {
    if (edge.to === 'end') return 'EAST';
    const target = model.steps[edge.to - 1];
    const from = Math.min(...step.actors.map(actor => laneIndex.get(actor) ?? 0));
    const to = target ? Math.min(...target.actors.map(actor => laneIndex.get(actor) ?? 0)) : from;
    return to < from ? 'WEST' : 'EAST';
}
