/**
 * Line breaking done by the compiler, not the browser: the document prints each line as written
 * here (no wrapping in the browser), so row heights are known exactly when pages are planned.
 */
import { measureText, textUnits, unitsToPx, type FontSpec } from './fonts/text-metrics.js';
import { BoundedMemo } from './bounded-memo.js';

/** Marks a word cut because it is wider than its column (U+2010 HYPHEN, unlike "-", never part of the text). */
export const CUT_HYPHEN = '\u2010';

/**
 * Greedy breaking at spaces, and after `/` or `-` inside long words ("menyetujui/tak"). A word
 * longer than the line is cut by characters. Existing line breaks are kept.
 */
export function wrapText(text: string, width: number, font: FontSpec): string[] {
    const lines: string[] = [];
    for (const pieces of paragraphsOf(text, font)) {
        if (pieces.length === 0) {
            lines.push('');
            continue;
        }
        breakParagraph(pieces, width, font, (head, from, to) => {
            let line = head;
            for (let index = from; index < to; index++) line += pieces[index].text;
            lines.push(line.trimEnd());
        });
    }
    return lines.length > 0 ? lines : [''];
}

/**
 * How many lines `wrapText` gives, found without building them: the column planner asks this of
 * every cell at every width it tries. For a whole `width`, `same` is narrowed to the whole widths
 * that break the text into the same lines, counted from `width - offset` (a caller's own width
 * around this one: a cell's padding, a list's indent).
 */
export function lineCount(text: string, width: number, font: FontSpec, same?: SameLines, offset = 0): number {
    let count = 0;
    const countLine = () => {
        count++;
    };
    for (const pieces of paragraphsOf(text, font)) {
        if (pieces.length === 0) count++;
        else breakParagraph(pieces, width, font, countLine, same, offset);
    }
    return Math.max(1, count);
}

/**
 * Whole widths from `least` up to `below` (not included): those that break a text the way the one
 * it was broken at does. Every choice the breaking makes is whether a width in px fits; the same
 * answers give the same lines.
 */
export interface SameLines {
    least: number;
    below: number;
}

/** Whether `px` fits in `width`; `same` keeps only the whole widths (plus `offset`) that answer alike. */
function fits(px: number, width: number, same: SameLines | undefined, offset: number): boolean {
    const fit = px <= width;
    if (same) {
        // A whole width fits px exactly when it is at least px rounded up.
        const edge = Math.ceil(px) + offset;
        if (fit) same.least = Math.max(same.least, edge);
        else same.below = Math.min(same.below, edge);
    }
    return fit;
}

interface Piece {
    text: string;
    /** Only spaces. */
    blank: boolean;
    /** Width in font units, and without the spaces at its end. */
    units: number;
    trimmedUnits: number;
}

/**
 * Texts already cut into paragraphs of measured pieces, by weight (font units do not depend on the
 * size) and text. The same text is wrapped at many widths while columns are planned; measuring it
 * once makes each try a sum of whole numbers.
 */
const measured = new Map<number, BoundedMemo<string, Piece[][]>>();

function paragraphsOf(text: string, font: FontSpec): Piece[][] {
    let texts = measured.get(font.weight);
    if (!texts) {
        texts = new BoundedMemo(20_000);
        measured.set(font.weight, texts);
    }
    return texts.get(text, font, measureParagraphs);
}

function measureParagraphs(text: string, font: FontSpec): Piece[][] {
    return text.split(/\r?\n/).map(paragraph => {
        const normalized = paragraph.replace(/\s+/g, ' ').trim();
        // An empty paragraph has no pieces: it prints as an empty line.
        return normalized === '' ? [] : breakablePieces(normalized)
            .map(piece => ({ text: piece, blank: piece.trim() === '', units: textUnits(piece, font), trimmedUnits: textUnits(piece.trimEnd(), font) }));
    });
}

/**
 * One line of a paragraph: `head` (the rest of a cut word, or else '') and then the pieces from
 * `from` up to `to`, spaces at its end not printed. A cut part of a word is a line of its own: a
 * `head` and no pieces.
 */
type LineSink = (head: string, from: number, to: number) => void;

/** The lines of a paragraph, to `line` in order: pieces added while they fit, widths summed in font units. */
function breakParagraph(pieces: readonly Piece[], width: number, font: FontSpec, line: LineSink, same?: SameLines, offset = 0): void {
    let head = '';
    let from = 0;
    // Whether the line so far prints anything (spaces alone do not make a line).
    let printed = false;
    let lineUnits = 0;
    let trimmedUnits = 0;
    for (let index = 0; index < pieces.length; index++) {
        const { text: word, blank, units, trimmedUnits: wordTrimmedUnits } = pieces[index];
        const candidateUnits = blank ? trimmedUnits : lineUnits + wordTrimmedUnits;
        if (fits(unitsToPx(candidateUnits, font), width, same, offset)) {
            lineUnits += units;
            trimmedUnits = candidateUnits;
            printed ||= !blank;
            continue;
        }
        if (printed) {
            line(head, from, index);
        }
        head = '';
        // Spaces do not start a line.
        if (blank) {
            from = index + 1;
            printed = false;
            lineUnits = 0;
            trimmedUnits = 0;
            continue;
        }
        if (fits(unitsToPx(wordTrimmedUnits, font), width, same, offset)) {
            from = index;
            printed = true;
            lineUnits = units;
            trimmedUnits = wordTrimmedUnits;
            continue;
        }
        // The piece alone is too wide: cut it by characters, marking each cut with a hyphen.
        // A single character wider than the column stays whole: cutting it would never end.
        let rest = word;
        while (rest.trimEnd().length > 1 && !fits(measureText(rest.trimEnd(), font), width, same, offset)) {
            let cut = rest.length - 1;
            while (cut > 1 && !fits(measureText(rest.slice(0, cut) + CUT_HYPHEN, font), width, same, offset)) {
                cut--;
            }
            line(rest.slice(0, cut) + CUT_HYPHEN, index, index);
            rest = rest.slice(cut);
        }
        head = rest;
        from = index + 1;
        printed = rest.trim() !== '';
        lineUnits = textUnits(rest, font);
        trimmedUnits = textUnits(rest.trimEnd(), font);
    }
    if (printed) {
        line(head, from, pieces.length);
    }
}

/** Pieces that end where a line may break: after a space, or after `/` and `-` within a word. */
function breakablePieces(text: string): string[] {
    return text.match(/[^\s/-]*[/-]+|[^\s/-]+\s*|\s+/g) ?? [text];
}

/** Width of the widest piece a line cannot break inside: in a line at least this wide no word is cut. */
export function widestPiece(text: string, font: FontSpec): number {
    return Math.max(0, ...breakablePieces(text.replace(/\s+/g, ' ')).map(piece => measureText(piece.trim(), font)));
}
