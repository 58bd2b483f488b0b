/**
 * Text measurement with the embedded font's own advance widths. The printed HTML turns kerning and
 * ligatures off, so a line is exactly as wide as the sum of its glyphs' advances: the compiler can
 * wrap text and size rows before any browser sees the page.
 */
import { ARIMO_FACES, type FontFaceData } from './arimo.generated.js';
import { BoundedMemo } from '../bounded-memo.js';

export type FontWeight = 400 | 700;

export interface FontSpec {
    /** CSS pixels. */
    size: number;
    weight: FontWeight;
}

export const FONT_FAMILY = 'SopArimo';

/** A glyph the font lacks is drawn by a fallback font; measure it generously (a full em). */
const UNKNOWN_GLYPH_EM = 1;

const faces = new Map<FontWeight, FontFaceData>(ARIMO_FACES.map(face => [face.weight, face]));

export function measureText(text: string, font: FontSpec): number {
    return unitsToPx(textUnits(text, font), font);
}

/**
 * Widths already measured, per weight (font units do not depend on the size): the planner
 * measures the same words, titles and labels many times over.
 */
const measured = new Map<FontWeight, BoundedMemo<string, number>>(ARIMO_FACES.map(face => [face.weight, new BoundedMemo(50_000)]));

/** Width in font units: whole numbers, so that widths of pieces add up exactly. */
export function textUnits(text: string, font: FontSpec): number {
    return measured.get(font.weight)!.get(text, faces.get(font.weight)!, sumOfAdvances);
}

function sumOfAdvances(text: string, face: FontFaceData): number {
    let units = 0;
    for (const character of text) {
        const advance = face.advances[character.codePointAt(0)!];
        units += advance ?? UNKNOWN_GLYPH_EM * face.unitsPerEm;
    }
    return units;
}

export function unitsToPx(units: number, font: FontSpec): number {
    return (units * font.size) / faces.get(font.weight)!.unitsPerEm;
}

/** The CSS that embeds both weights, for documents that must print without a network. */
export function fontFaceCss(): string {
    // Built once: the fonts are most of every document's bytes, and a compile writes many documents.
    faceCss ??= ARIMO_FACES.map(face => `@font-face { font-family: '${FONT_FAMILY}'; font-style: normal; font-weight: ${face.weight}; `
        + `src: url(data:font/woff2;base64,${face.woff2}) format('woff2'); }`).join('\n');
    return faceCss;
}

let faceCss: string | undefined;
