/** Type sizes of the printed document, in CSS pixels (12 px = 9 pt). */
import type { FontSpec } from '../fonts/text-metrics.js';

export const BODY: FontSpec = { size: 12, weight: 400 };
export const BODY_BOLD: FontSpec = { size: 12, weight: 700 };
export const HEADER: FontSpec = { size: 10.5, weight: 700 };
export const LABEL: FontSpec = { size: 9.5, weight: 400 };
export const CONNECTOR: FontSpec = { size: 10, weight: 700 };
export const SMALL: FontSpec = { size: 10, weight: 400 };

/** Line heights: whole pixels, so that row heights add up exactly in the browser. */
export const BODY_LINE = 15;
export const HEADER_LINE = 13;
export const LABEL_LINE = 11;
export const SMALL_LINE = 13;

/** Padding inside table cells. */
export const CELL_PADDING_X = 5;
export const CELL_PADDING_Y = 4;
