/**
 * Line breaking done by the compiler, not the browser: the document prints each line as written
 * here (no wrapping in the browser), so row heights are known exactly when pages are planned.
 */
import { measureText, type FontSpec } from './fonts/text-metrics.js';

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

function wrapParagraph(paragraph: string, width: number, font: FontSpec, lines: string[]): void {
    if (paragraph === '') {
        lines.push('');
        return;
    }
    let line = '';
    for (const word of breakablePieces(paragraph)) {
        const candidate = line + word;
        if (measureText(candidate.trimEnd(), font) <= width) {
            line = candidate;
            continue;
        }
        if (line.trim() !== '') {
            lines.push(line.trimEnd());
            line = '';
        }
        // The piece alone may still be too wide: cut it by characters, marking each cut with a hyphen.
        let piece = word.trimStart();
        while (measureText(piece.trimEnd(), font) > width) {
            let cut = piece.length - 1;
            while (cut > 1 && measureText(piece.slice(0, cut) + CUT_HYPHEN, font) > width) {
                cut--;
            }
            lines.push(piece.slice(0, cut) + CUT_HYPHEN);
            piece = piece.slice(cut);
        }
        line = piece;
    }
    if (line.trim() !== '') {
        lines.push(line.trimEnd());
    }
}

/** Pieces that end where a line may break: after a space, or after `/` and `-` within a word. */
function breakablePieces(text: string): string[] {
    return text.match(/[^\s/-]*[/-]+|[^\s/-]+\s*|\s+/g) ?? [text];
}
