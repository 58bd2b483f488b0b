/**
 * What a node shows and how big it must be: the step number and its kegiatan, wrapped with the
 * embedded font's own widths (as the printed document wraps), so the node grows to fit its text.
 */
import { measureText, wrapText } from '@sop-ap/document';
import type { Step } from '@sop-ap/model';
import {
    DECISION_TEXT_SHARE, DECISION_WIDTHS, NODE_LINE, NODE_TEXT, PROCESS_MIN_HEIGHT, PROCESS_PADDING_X,
    PROCESS_PADDING_Y, PROCESS_WIDTH, TERMINATOR_HEIGHT, TERMINATOR_WIDTH,
} from './typography.js';

export interface NodeContent {
    lines: string[];
    /** How many of the last lines are the note naming a meeting's participants (0 without one). */
    noteLines: number;
    width: number;
    height: number;
}

/** "3. Membuat konsep surat cuti", wrapped. Digits, "." and space are as wide in bold as in regular. */
export function stepText(step: Step): string {
    return `${step.number}. ${step.activity.replace(/\s+/g, ' ').trim()}`;
}

/**
 * A process box of a fixed width (wider for a meeting spanning `spanWidth`), as tall as its text.
 * A diamond keeps its text in the middle: a w×h diamond holds a centred a×b block when
 * a/w + b/h ≤ 1, so with a = w × DECISION_TEXT_SHARE the height follows from the lines.
 */
export function stepContent(step: Step, spanWidth: number, note: string | null = null): NodeContent {
    const text = stepText(step);
    const withNote = (lines: string[], width: number) => note ? [...lines, ...wrapText(`(${note})`, width, NODE_TEXT)] : lines;
    if (step.kind === 'decision') {
        // A long question makes a tall diamond; a wider one keeps it from towering over the flow.
        let content: NodeContent | undefined;
        for (const width of DECISION_WIDTHS) {
            const textWidth = Math.round(width * DECISION_TEXT_SHARE);
            const main = wrapText(text, textWidth, NODE_TEXT);
            const lines = withNote(main, textWidth);
            const textHeight = lines.length * NODE_LINE + 4;
            content = { lines, noteLines: lines.length - main.length, width, height: even(Math.max(64, Math.ceil(textHeight / (1 - textWidth / width)))) };
            if (content.height <= width * 0.62) break;
        }
        return content!;
    }
    const width = Math.max(PROCESS_WIDTH, spanWidth);
    const main = wrapText(text, width - 2 * PROCESS_PADDING_X, NODE_TEXT);
    const lines = withNote(main, width - 2 * PROCESS_PADDING_X);
    return { lines, noteLines: lines.length - main.length, width, height: even(Math.max(PROCESS_MIN_HEIGHT, lines.length * NODE_LINE + 2 * PROCESS_PADDING_Y)) };
}

export function terminatorContent(text: string): NodeContent {
    return { lines: [text], noteLines: 0, width: Math.max(TERMINATOR_WIDTH, Math.ceil(measureText(text, NODE_TEXT)) + 32), height: TERMINATOR_HEIGHT };
}

/** Even sizes keep centres on whole pixels, so straight arrows stay crisp. */
function even(value: number): number {
    return Math.ceil(value / 2) * 2;
}
