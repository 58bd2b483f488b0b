/**
 * Text laid out for a fixed width: lines decided here, printed as they are. Lists of more than one
 * item get bullets with a hanging indent, as lists are printed in signed SOPs.
 */
import { measureText, type FontSpec } from '../fonts/text-metrics.js';
import { lineCount, wrapText, type SameLines } from '../text-wrap.js';

export interface TextLine {
    text: string;
    /** Left indent in px (continuation lines of a bulleted item). */
    indent: number;
    /** This line starts a list item. */
    bullet: boolean;
    /** A number printed in the indent ("1."), for numbered lists. */
    marker?: string;
}

export interface TextBlock {
    lines: TextLine[];
    font: FontSpec;
    lineHeight: number;
}

export const BULLET = '•';

export function paragraphBlock(text: string, width: number, font: FontSpec, lineHeight: number): TextBlock {
    const lines = text.trim() === '' ? [] : wrapText(text, width, font).map(line => ({ text: line, indent: 0, bullet: false }));
    return { lines, font, lineHeight };
}

/**
 * How many lines `paragraphBlock` gives, without laying them out (for planners that only need
 * heights); `same` and `offset` as for lineCount.
 */
export function paragraphLineCount(text: string, width: number, font: FontSpec, same?: SameLines, offset = 0): number {
    return text.trim() === '' ? 0 : lineCount(text, width, font, same, offset);
}

/** One item prints as a paragraph; several as a bulleted list. */
export function listBlock(items: readonly string[], width: number, font: FontSpec, lineHeight: number): TextBlock {
    const present = presentItems(items);
    if (present.length <= 1) {
        return paragraphBlock(present[0] ?? '', width, font, lineHeight);
    }
    const indent = bulletIndent(font);
    const lines: TextLine[] = [];
    for (const item of present) {
        wrapText(item, width - indent, font).forEach((text, index) => lines.push({ text, indent, bullet: index === 0 }));
    }
    return { lines, font, lineHeight };
}

/** How many lines `listBlock` gives, without laying them out; `same` and `offset` as for lineCount. */
export function listLineCount(items: readonly string[], width: number, font: FontSpec, same?: SameLines, offset = 0): number {
    const present = presentItems(items);
    if (present.length <= 1) {
        return paragraphLineCount(present[0] ?? '', width, font, same, offset);
    }
    const indent = bulletIndent(font);
    return present.reduce((sum, item) => sum + lineCount(item, width - indent, font, same, offset + indent), 0);
}

/** The items a list prints: trimmed, the empty ones left out. */
function presentItems(items: readonly string[]): string[] {
    return items.map(item => item.trim()).filter(item => item !== '');
}

/** The hanging indent of a bulleted list: the bullet, a space and a pixel. */
export function bulletIndent(font: FontSpec): number {
    return Math.ceil(measureText(`${BULLET} `, font)) + 1;
}

export function blockHeight(block: TextBlock): number {
    return block.lines.length * block.lineHeight;
}

/** Each line centred in the width (by its indent), as the unit's name and the closing block print. */
export function centredBlock(text: string, width: number, font: FontSpec, lineHeight: number): TextBlock {
    const lines = text.trim() === '' ? [] : wrapText(text, width, font).map(line => ({ text: line, indent: Math.max(0, (width - measureText(line, font)) / 2), bullet: false }));
    return { lines, font, lineHeight };
}
