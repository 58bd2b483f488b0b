/**
 * A line to fill in by hand ("NIP : ..........."): signed documents leave a dotted line under a
 * label where a signer's name or NIP is not known yet, so that nobody prints an empty signature.
 */
import { measureText, type FontSpec } from '../fonts/text-metrics.js';

const DOT = '.';

/** The label and as many dots as fit the width (at least a few, so the line is always visible). */
export function fillInLine(label: string, width: number, font: FontSpec): string {
    const prefix = label ? `${label} : ` : '';
    const dots = Math.max(8, Math.floor((width - measureText(prefix, font) - 1) / measureText(DOT, font)));
    return prefix + DOT.repeat(dots);
}
