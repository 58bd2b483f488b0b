/**
 * What the column planner needs to know of an SOP: how tall each step's text gets at a width, how
 * tall each row is whatever its text (its symbol, number and waktu), the least width of each text
 * column, and how tall the header gets.
 */
import type { Edge, SopModel } from '@sop-ap/model';
import { laneGeometry } from '../flow/symbols.js';
import { laneBounds, NO_WIDTH, WAKTU_WIDTH, type ColumnDemand } from './columns.js';
import { stepCellHeight, uncutWidth } from './step-cells.js';
import { labelSize, planStepSymbols, wrapLabel } from './step-rows.js';
import { bottomEdge } from '../flow/exits.js';
import { planTableHeader, titleWidth, TITLES } from './table-header.js';
import { TEXT_COLUMNS, type TextColumn, type TextWidths } from './text-widths.js';
import { CellHeights } from './cell-heights.js';

/** Kegiatan says what is done: narrower, it reads as a column of single words. */
const READABLE_KEGIATAN = 120;
/** A word longer than this is cut rather than widen its column for one word (a path, a long name). */
const LONGEST_UNCUT_WORD = 130;

export function columnDemand(model: SopModel, tableWidth: number, pageRoom: number): ColumnDemand {
    const laneCount = Math.max(1, model.actors.length);
    const minWidths = Object.fromEntries(TEXT_COLUMNS.map(column => [
        column, Math.max(titleWidth(TITLES[column]), column === 'kegiatan' ? READABLE_KEGIATAN : 0),
    ])) as TextWidths;
    const wordWidths = Object.fromEntries(TEXT_COLUMNS.map(column => [
        column, Math.min(LONGEST_UNCUT_WORD, Math.max(0, ...model.steps.map(step => uncutWidth(step, column)))),
    ])) as TextWidths;
    const textMinimum = TEXT_COLUMNS.reduce((sum, column) => sum + minWidths[column], 0);
    const labelLane = labelLaneWidth(model);
    const lane = laneBounds(tableWidth, laneCount, textMinimum, labelLane).min;
    // The symbols' heights do not depend on the text columns, nor do the No and Waktu cells' (fixed widths).
    const floors = planStepSymbols(model, laneGeometry(lane))
        .map(symbol => Math.max(symbol.symbolHeight, stepCellHeight(symbol.step, 'no', NO_WIDTH), stepCellHeight(symbol.step, 'waktu', WAKTU_WIDTH)));
    const cells = Object.fromEntries(TEXT_COLUMNS.map(column => [
        column, model.steps.map(step => new CellHeights((width, same) => stepCellHeight(step, column, width, same))),
    ])) as Record<TextColumn, CellHeights[]>;
    return {
        tableWidth,
        laneCount,
        labelLane,
        minWidths,
        wordWidths,
        floors,
        cellHeights: (column, width, into) => {
            const cellsOfColumn = cells[column];
            for (let row = 0; row < cellsOfColumn.length; row++) into[row] = cellsOfColumn[row].at(width);
        },
        headerHeight: columns => planTableHeader(columns, model.actors).height,
        pageRoom,
    };
}

/** Room a label keeps from its arrow (3 px) and from the lane's border line (2 px), which would strike it through. */
const LABEL_BESIDE_ARROW = 3 + 2;

/**
 * The narrowest lane in which every branch label beside an arrow down fits at its own size: the
 * arrow leaves the middle of a symbol in one lane, and the label stands on one side of it.
 */
function labelLaneWidth(model: SopModel): number {
    const outgoingOf = new Map<number, Edge[]>();
    for (const edge of model.edges) {
        outgoingOf.set(edge.from, [...(outgoingOf.get(edge.from) ?? []), edge]);
    }
    let widest = 0;
    for (const step of model.steps) {
        const label = step.actors.length === 1 ? bottomEdge(outgoingOf.get(step.number) ?? [])?.label : null;
        if (label) {
            widest = Math.max(widest, labelSize(wrapLabel(label)).width);
        }
    }
    return widest > 0 ? 2 * (widest + LABEL_BESIDE_ARROW) : 0;
}
