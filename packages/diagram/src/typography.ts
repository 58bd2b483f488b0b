/** Type sizes and spacing of the diagram, in CSS pixels; the fonts are the printed document's. */
import type { FontSpec } from '@sop-ap/document';

export const NODE_TEXT: FontSpec = { size: 12, weight: 400 };
export const NODE_LINE = 15;
export const HEADER_TEXT: FontSpec = { size: 12, weight: 700 };
export const HEADER_LINE = 15;
export const LABEL_TEXT: FontSpec = { size: 11, weight: 400 };
export const LABEL_LINE = 13;
export const WAKTU_TEXT: FontSpec = { size: 10, weight: 400 };
export const WAKTU_LINE = 12;
export const TITLE_TEXT: FontSpec = { size: 15, weight: 700 };
export const TITLE_LINE = 19;

/** A process box: fixed width (the text wraps to it), height grows with the text. */
export const PROCESS_WIDTH = 176;
export const PROCESS_PADDING_X = 9;
export const PROCESS_PADDING_Y = 7;
export const PROCESS_MIN_HEIGHT = 40;
/** A diamond is wider than a box; its text sits in the middle part where the diamond is wide enough. */
export const DECISION_WIDTHS = [196, 236, 276, 336, 396];
export const DECISION_TEXT_SHARE = 0.58;
export const TERMINATOR_WIDTH = 96;
export const TERMINATOR_HEIGHT = 32;

/** Room on each side of the nodes in a lane, for loop-backs and labels: see `lane gap` in layout-swimlane. */
export const LANE_GAP = 100;
export const HEADER_PADDING = 8;
/** The diagram's title above the lanes, and the outer margin. */
export const MARGIN = 16;
/** Vertical distance between consecutive rows (one node per row). */
export const ROW_GAP = 40;
