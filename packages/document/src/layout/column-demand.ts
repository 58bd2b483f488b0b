/**
 * What the column planner needs to know of an SOP: how tall each step's text gets at a width, how
 * tall each row is whatever its text (its symbol, number and waktu), the least width of each text
 * column, and how tall the header gets.
 */
import type { SopModel } from '@sop-ap/model';
import { laneGeometry } from '../flow/symbols.js';
import { assembleColumns, evenWidths, laneBounds, textSpace, type ColumnDemand } from './columns.js';
import { cellHeight, stepCell, uncutWidth } from './step-cells.js';
import { planStepRows } from './step-rows.js';
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
    // The symbols' heights do not depend on the text columns: any widths tell them.
    const textMinimum = TEXT_COLUMNS.reduce((sum, column) => sum + minWidths[column], 0);
    const lane = laneBounds(tableWidth, laneCount, textMinimum).min;
    const provisional = assembleColumns(lane, laneCount, evenWidths(textSpace(tableWidth, lane, laneCount), minWidths));
    const floors = planStepRows(model, provisional, laneGeometry(lane))
        .map(row => Math.max(row.symbolHeight, cellHeight(row.cells.no), cellHeight(row.cells.waktu)));
    const cells = Object.fromEntries(TEXT_COLUMNS.map(column => [
        column, model.steps.map(step => new CellHeights(width => cellHeight(stepCell(step, column, width)))),
    ])) as Record<TextColumn, CellHeights[]>;
    return {
        tableWidth,
        laneCount,
        minWidths,
        wordWidths,
        floors,
        cellHeights: (column, width) => cells[column].map(cell => cell.at(width)),
        headerHeight: columns => planTableHeader(columns, model.actors).height,
        pageRoom,
    };
}
