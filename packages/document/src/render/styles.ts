/** The document's stylesheet: fixed geometry from the plan, the embedded font, print rules. */
import { fontFaceCss, FONT_FAMILY } from '../fonts/text-metrics.js';
import type { Paper } from '../layout/paper.js';
import { FOOTER_BOTTOM_MM, PAGE_MARGIN_MM } from '../layout/paper.js';
import { CELL_PADDING_X, CELL_PADDING_Y } from '../layout/typography.js';

/** Grey shown either side of a page scaled to a narrow window. */
const SCREEN_SIDE_ROOM_PX = 16;

export function documentCss(paper: Paper): string {
    return `${fontFaceCss()}
@page { size: ${paper.widthMm}mm ${paper.heightMm}mm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: '${FONT_FAMILY}', Arial, sans-serif; color: #000;
  /* The compiler measured every line with kerning and ligatures off; the browser must agree. */
  font-kerning: none; font-variant-ligatures: none; font-feature-settings: "kern" 0, "liga" 0, "clig" 0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { position: relative; width: ${paper.widthMm}mm; height: ${paper.heightMm}mm; padding: ${PAGE_MARGIN_MM}mm; overflow: hidden; background: #fff;
  break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
@media screen {
  /* The body is the container the pages measure themselves against (its width excludes the scrollbar). */
  body { background: #d6d9de; padding: 8mm 0; container-type: inline-size; }
  .page { margin: 0 auto 8mm; box-shadow: 0 1px 6px rgba(0, 0, 0, .25);
    /* On a narrow window the whole page is scaled down, never cut off; print keeps the exact size. */
    zoom: min(1, calc((100cqw - ${SCREEN_SIDE_ROOM_PX}px) / ${paper.widthMm}mm)); }
}
.ln { white-space: pre; overflow: visible; }
.mk { display: inline-block; }
/* In the bottom margin: the page number takes no line from the flowchart. */
.footer { position: absolute; right: ${PAGE_MARGIN_MM}mm; bottom: ${FOOTER_BOTTOM_MM}mm; font-size: 10px; line-height: 14px; white-space: pre; }
table { border-collapse: collapse; table-layout: fixed; }
td, th { border: 1px solid #000; padding: ${CELL_PADDING_Y}px ${CELL_PADDING_X}px; vertical-align: top; text-align: left; font-weight: normal; overflow: visible; }
th { text-align: center; vertical-align: middle; background: #f1f1f1; }
th .ln { text-align: center; }
.flow-wrap { position: relative; }
/* The flowchart table's rules are drawn in its SVG at 0.5 pt (CSS borders cannot be thinner than a
   pixel); the borders keep their place in the layout, unseen. */
table.flow td, table.flow th { border-color: transparent; }
.flow-overlay { position: absolute; left: 0; top: 0; overflow: visible; pointer-events: none; }
td.lane { padding: 0; }
tr.band td { padding: 0; }
.running-header { display: flex; justify-content: space-between; overflow: hidden; }
.rh-col, .rh-field { display: flex; }
.rh-col { flex-direction: column; }
.rh-label, .rh-value { flex: none; }
.page-end { display: flex; justify-content: space-between; align-items: flex-start; }
.totals { flex: none; }
.closing-wrap { display: flex; justify-content: flex-end; flex: none; }
.closing > div { overflow: hidden; }
.identity-top td.unit { text-align: left; vertical-align: middle; }
.identity-top .logo { display: block; margin: 0 auto 8px; object-fit: contain; }
.identity-top td.label { background: #f7f7f7; }
.identity-grid td { vertical-align: top; }
.signature-space { display: block; }
`;
}
