/**
 * The text cells of a flowchart row laid out for given column widths. The rows use them as
 * printed; the column planner counts their lines to learn how tall each cell gets at each width
 * it tries.
 */
import type { Step } from '@sop-ap/model';
import { bulletIndent, listBlock, listLineCount, paragraphBlock, paragraphLineCount, type TextBlock } from './text-block.js';
import { widestPiece, type SameLines } from '../text-wrap.js';
import { BODY, BODY_LINE, CELL_PADDING_X, CELL_PADDING_Y } from './typography.js';

export type CellColumn = 'no' | 'kegiatan' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan';

export type StepCells = Record<CellColumn, TextBlock>;

const EMPTY_CELL = '-';

/**
 * What a cell prints: a paragraph, or a list (bulleted when it has more than one item). An empty
 * Mutu Baku cell prints "-", as signed documents do: blank reads as forgotten.
 */
type CellText = { list: false; text: string; dash: boolean } | { list: true; items: readonly string[]; dash: boolean };

function cellText(step: Step, column: CellColumn): CellText {
    switch (column) {
        case 'no':
            return { list: false, text: `${step.number}.`, dash: false };
        case 'kegiatan':
            return { list: false, text: step.activity, dash: false };
        case 'kelengkapan':
            return { list: true, items: step.kelengkapan, dash: true };
        case 'waktu':
            return { list: false, text: step.waktu?.text ?? '', dash: true };
        case 'output':
            return { list: true, items: step.output, dash: true };
        case 'keterangan':
            return { list: false, text: step.keterangan ?? '', dash: false };
    }
}

/** One cell of a step for a column `width` px wide (padding included). */
export function stepCell(step: Step, column: CellColumn, width: number): TextBlock {
    const inner = width - 2 * CELL_PADDING_X;
    const content = cellText(step, column);
    const block = content.list ? listBlock(content.items, inner, BODY, BODY_LINE) : paragraphBlock(content.text, inner, BODY, BODY_LINE);
    return content.dash && block.lines.length === 0 ? paragraphBlock(EMPTY_CELL, inner, BODY, BODY_LINE) : block;
}

/**
 * The height `cellHeight(stepCell(...))` gives, counted without laying out the lines: the column
 * planner asks it of every cell at every width it tries. For a whole `width`, `same` is narrowed
 * to the whole widths that give the cell the same lines.
 */
export function stepCellHeight(step: Step, column: CellColumn, width: number, same?: SameLines): number {
    const padding = 2 * CELL_PADDING_X;
    const inner = width - padding;
    const content = cellText(step, column);
    const lines = content.list ? listLineCount(content.items, inner, BODY, same, padding) : paragraphLineCount(content.text, inner, BODY, same, padding);
    return heightOfLines(content.dash && lines === 0 ? paragraphLineCount(EMPTY_CELL, inner, BODY, same, padding) : lines, BODY_LINE);
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
    return heightOfLines(block.lines.length, block.lineHeight);
}

function heightOfLines(lines: number, lineHeight: number): number {
    return lines * lineHeight + 2 * CELL_PADDING_Y + 1;
}

/** Least width of `column` in which no word of this step's cell is cut (a list's bullet indent counted). */
export function uncutWidth(step: Step, column: CellColumn): number {
    const content = cellText(step, column);
    const texts = content.list ? content.items.filter(item => item.trim() !== '') : [content.text];
    const indent = texts.length > 1 ? bulletIndent(BODY) : 0;
    return Math.ceil(Math.max(0, ...texts.map(text => widestPiece(text, BODY))) + indent) + 2 * CELL_PADDING_X;
}
