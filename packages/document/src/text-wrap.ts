/**
 * Line breaking done by the compiler, not the browser: the document prints each line as written
 * here (no wrapping in the browser), so row heights are known exactly when pages are planned.
 */
import { measureText, textUnits, unitsToPx, type FontSpec } from './fonts/text-metrics.js';

/** Marks a word cut because it is wider than its column (U+2010 HYPHEN, unlike "-", never part of the text). */
export const CUT_HYPHEN = '\u2010';

/**
 * Greedy breaking at spaces, and after `/` or `-` inside long words ("menyetujui/tak"). A word
 * longer than the line is cut by characters. Existing line breaks are kept.
 */
export function wrapText(text: string, width: number, font: FontSpec): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
        wrapParagraph(paragraph.replace(/\s+/g, ' ').trim(), width, font, lines);
    }
    return lines.length > 0 ? lines : [''];
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
 * Paragraphs already cut into measured pieces, by font and text. The same text is wrapped at many
 * widths while columns are planned; measuring it once makes each try a sum of whole numbers.
 * Emptied when full, so that a long editing session does not keep every text it ever saw.
 */
const measured = new Map<string, Piece[]>();
const MEASURED_LIMIT = 20_000;

function piecesOf(paragraph: string, font: FontSpec): Piece[] {
    const key = `${font.weight}/${font.size}/${paragraph}`;
    let pieces = measured.get(key);
    if (!pieces) {
        if (measured.size >= MEASURED_LIMIT) {
            measured.clear();
        }
        pieces = breakablePieces(paragraph).map(text => ({ text, blank: text.trim() === '', units: textUnits(text, font), trimmedUnits: textUnits(text.trimEnd(), font) }));
        measured.set(key, pieces);
    }
    return pieces;
}

function wrapParagraph(paragraph: string, width: number, font: FontSpec, lines: string[]): void {
    if (paragraph === '') {
        lines.push('');
        return;
    }
    // Widths in font units, added piece by piece: a line is measured once, not once per piece.
    let line = '';
    let lineUnits = 0;
    let trimmedUnits = 0;
    for (const { text: word, blank, units, trimmedUnits: wordTrimmedUnits } of piecesOf(paragraph, font)) {
        const candidateUnits = blank ? trimmedUnits : lineUnits + wordTrimmedUnits;
        if (unitsToPx(candidateUnits, font) <= width) {
            line += word;
            lineUnits += units;
            trimmedUnits = candidateUnits;
            continue;
        }
        if (line.trim() !== '') {
            lines.push(line.trimEnd());
            line = '';
        }
        // The piece alone may still be too wide: cut it by characters, marking each cut with a hyphen.
        // A single character wider than the column stays whole: cutting it would never end.
        let piece = word.trimStart();
        while (piece.trimEnd().length > 1 && measureText(piece.trimEnd(), font) > width) {
            let cut = piece.length - 1;
            while (cut > 1 && measureText(piece.slice(0, cut) + CUT_HYPHEN, font) > width) {
                cut--;
            }
            lines.push(piece.slice(0, cut) + CUT_HYPHEN);
            piece = piece.slice(cut);
        }
        line = piece;
        lineUnits = textUnits(line, font);
        trimmedUnits = textUnits(line.trimEnd(), font);
    }
    if (line.trim() !== '') {
        lines.push(line.trimEnd());
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
