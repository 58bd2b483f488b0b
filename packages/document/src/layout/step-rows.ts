/**
 * The content of each flowchart row: the text of its cells laid out to the column widths, and the
 * height the row needs for that text and for its symbol (with room for arrows and branch labels).
 */
import type { Edge, SopModel, Step } from '@sop-ap/model';
import { measureText, type FontSpec } from '../fonts/text-metrics.js';
import { endCapsuleSize, shapeOf, symbolSize, type LaneGeometry, type SymbolShape, type SymbolSize } from '../flow/symbols.js';
import type { Columns } from './columns.js';
import { cellHeight, stepCells, type StepCells } from './step-cells.js';
import { LABEL, LABEL_LINE } from './typography.js';
import { wrapText } from '../text-wrap.js';
import { bottomEdge } from '../flow/exits.js';
import { GRID_CLEARANCE } from '../flow/grid.js';

/**
 * Room kept over and under a symbol. Over it: the arrowhead of the flow coming down (it bends in
 * the row above). Under it: an arrow down bends 3 mm above the row's border (never along it), at
 * least `below` under the symbol. A decision keeps more of both: its branch labels stand over or
 * under its side vertices and beside the stretch under it, and must clear each other and the rules.
 */
const SYMBOL_CLEARANCE = { above: 8, below: 5 };
const DECISION_CLEARANCE = { above: 10, below: 8 };
/** Gap between a decision and the end capsule drawn below it. */
export const END_SLOT_GAP = 22;
/** Widest a branch label may be before it wraps. */
export const LABEL_MAX_WIDTH = 64;

export type EndPlacement = 'none' | 'below' | 'side';

/** What a row needs for its symbol, whatever the widths of its text columns. */
export interface StepSymbol {
    step: Step;
    shape: SymbolShape;
    /** First and last lane the symbol spans (lane indices in actor order). */
    lanes: [number, number];
    size: SymbolSize;
    /** Where the end capsule of a decision branch to `selesai` goes. */
    end: EndPlacement;
    endSize: SymbolSize;
    /** Room kept over the symbol. */
    clearanceAbove: number;
    /** Room kept under the symbol (more when a branch label stands beside the arrow down). */
    clearanceBelow: number;
    /** Height the symbol needs with room for its arrows and labels: the row is never lower, whatever its text. */
    symbolHeight: number;
}

export interface StepRow extends StepSymbol {
    cells: StepCells;
    /** Whole pixels. */
    height: number;
}

export function wrapLabel(text: string, font: FontSpec = LABEL, maxWidth = LABEL_MAX_WIDTH): string[] {
    return wrapText(text, maxWidth, font);
}

/** The line height of a branch label in `font`: LABEL_LINE at the label's own size, in proportion below it. */
export function labelLineHeight(font: FontSpec = LABEL): number {
    return Math.ceil(LABEL_LINE * font.size / LABEL.size);
}

export function labelSize(lines: readonly string[], font: FontSpec = LABEL): { width: number; height: number } {
    return { width: Math.ceil(Math.max(0, ...lines.map(line => measureText(line, font)))) + 2, height: lines.length * labelLineHeight(font) };
}

export function planStepRows(model: SopModel, columns: Columns, geometry: LaneGeometry): StepRow[] {
    const widths = { no: columns.no, kegiatan: columns.kegiatan, kelengkapan: columns.kelengkapan, waktu: columns.waktu, output: columns.output, keterangan: columns.keterangan };
    return planStepSymbols(model, geometry).map(symbol => {
        const cells = stepCells(symbol.step, widths);
        const textHeight = Math.max(...Object.values(cells).map(cellHeight));
        return { ...symbol, cells, height: Math.max(Math.ceil(textHeight), symbol.symbolHeight) };
    });
}

/** Each step's symbol and the height it needs: what the column planner asks before any text column has its width. */
export function planStepSymbols(model: SopModel, geometry: LaneGeometry): StepSymbol[] {
    const laneOf = new Map(model.actors.map((actor, index) => [actor.id, index]));
    const outgoingOf = new Map<number, Edge[]>();
    const incomingOf = new Map<number, Edge[]>();
    for (const edge of model.edges) {
        outgoingOf.set(edge.from, [...(outgoingOf.get(edge.from) ?? []), edge]);
        if (edge.to !== 'end') incomingOf.set(edge.to, [...(incomingOf.get(edge.to) ?? []), edge]);
    }
    return model.steps.map(step => {
        const laneIndices = step.actors.map(actor => laneOf.get(actor) ?? 0);
        const lanes: [number, number] = [Math.min(...laneIndices), Math.max(...laneIndices)];
        const outgoing = outgoingOf.get(step.number) ?? [];
        const shape = shapeOf(step, outgoing, incomingOf.get(step.number));
        const size = symbolSize(shape, geometry, lanes[1] - lanes[0] + 1);
        const down = bottomEdge(outgoing);
        const end: EndPlacement = shape === 'decision' && outgoing.some(edge => edge.to === 'end') ? (down?.to === 'end' ? 'below' : 'side') : 'none';
        const endSize = endCapsuleSize(geometry);
        const bottomLabel = down?.label;
        // A branch label beside the arrow down may reach below its bend, on the side the arrow does not turn to.
        const clearance = shape === 'decision' ? DECISION_CLEARANCE : SYMBOL_CLEARANCE;
        const topClearance = clearance.above;
        const bottomClearance = Math.max(GRID_CLEARANCE + clearance.below, bottomLabel ? labelSize(wrapLabel(bottomLabel)).height + 4 + clearance.below : 0);
        const symbolHeight = topClearance + size.height + bottomClearance + (end === 'below' ? END_SLOT_GAP + endSize.height + 4 : 0);
        return { step, shape, lanes, size, end, endSize, clearanceAbove: topClearance, clearanceBelow: bottomClearance, symbolHeight: Math.ceil(symbolHeight) };
    });
}
