/**
 * The text cells of a flowchart row laid out for given column widths. The rows use them as
 * printed; the column planner uses them to learn how tall each cell gets at each width it tries.
 */
import type { Step } from '@sop-ap/model';
import { blockHeight, bulletIndent, listBlock, paragraphBlock, type TextBlock } from './text-block.js';
import { widestPiece } from '../text-wrap.js';
import { BODY, BODY_LINE, CELL_PADDING_X, CELL_PADDING_Y } from './typography.js';

export type CellColumn = 'no' | 'kegiatan' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan';

export type StepCells = Record<CellColumn, TextBlock>;

const EMPTY_CELL = '-';

/** One cell of a step for a column `width` px wide (padding included). */
export function stepCell(step: Step, column: CellColumn, width: number): TextBlock {
    const inner = width - 2 * CELL_PADDING_X;
    switch (column) {
        case 'no':
            return paragraphBlock(`${step.number}.`, inner, BODY, BODY_LINE);
        case 'kegiatan':
            return paragraphBlock(step.activity, inner, BODY, BODY_LINE);
        // An empty Mutu Baku cell prints "-", as signed documents do: blank reads as forgotten.
        case 'kelengkapan':
            return orDash(listBlock(step.kelengkapan, inner, BODY, BODY_LINE), inner);
        case 'waktu':
            return orDash(paragraphBlock(step.waktu?.text ?? '', inner, BODY, BODY_LINE), inner);
        case 'output':
            return orDash(listBlock(step.output, inner, BODY, BODY_LINE), inner);
        case 'keterangan':
            return paragraphBlock(step.keterangan ?? '', inner, BODY, BODY_LINE);
    }
}

export function stepCells(step: Step, widths: Record<CellColumn, number>): StepCells {
    const cells = {} as StepCells;
    for (const column of Object.keys(widths) as CellColumn[]) {
        cells[column] = stepCell(step, column, widths[column]);
    }
    return cells;
}

/** Height of a row holding this cell: its lines, the padding, and one pixel of the border a collapsed table shares between rows. */
export function cellHeight(block: TextBlock): number {
    return blockHeight(block) + 2 * CELL_PADDING_Y + 1;
}

function orDash(block: TextBlock, width: number): TextBlock {
    return block.lines.length > 0 ? block : paragraphBlock(EMPTY_CELL, width, block.font, block.lineHeight);
}

/** Least width of `column` in which no word of this step's cell is cut (a list's bullet indent counted). */
export function uncutWidth(step: Step, column: CellColumn): number {
    const texts = textsOf(step, column);
    const indent = texts.length > 1 ? bulletIndent(BODY) : 0;
    return Math.ceil(Math.max(0, ...texts.map(text => widestPiece(text, BODY))) + indent) + 2 * CELL_PADDING_X;
}

function textsOf(step: Step, column: CellColumn): string[] {
    switch (column) {
        case 'no':
            return [`${step.number}.`];
        case 'kegiatan':
            return [step.activity];
        case 'kelengkapan':
            return step.kelengkapan.filter(item => item.trim() !== '');
        case 'waktu':
            return [step.waktu?.text ?? ''];
        case 'output':
            return step.output.filter(item => item.trim() !== '');
        case 'keterangan':
            return [step.keterangan ?? ''];
    }
}
