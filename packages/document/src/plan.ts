/**
 * The whole printed document planned before any HTML is written: column widths, every line of
 * text, row heights, which rows go on which page, and every symbol, arrow, connector and label of
 * the flowchart. Rendering only draws this plan; tests check the browser against it.
 */
import { CONVERSION_RULE, formatMinuteCount, formatMinuteRange, MINUTES_PER_UNIT, type SopModel } from '@sop-ap/model';
import { classifyEdges } from './flow/edges.js';
import type { PageDrawing } from './flow/drawing.js';
import { frameBottom, layoutFlow, type PageFrame } from './flow/route.js';
import { laneGeometry, type LaneGeometry } from './flow/symbols.js';
import { columnDemand } from './layout/column-demand.js';
import { planColumns, type Columns } from './layout/columns.js';
import { planIdentity, type IdentityLayout, type LogoSize } from './layout/identity.js';
import { planClosingBlock, type ClosingBlock } from './layout/closing-block.js';
import { paginate } from './layout/paginate.js';
import { PAPERS, pageBox, type PageBox, type Paper, type PaperName } from './layout/paper.js';
import { planRunningHeader, type RunningHeader } from './layout/running-header.js';
import { planStepRows, type StepRow } from './layout/step-rows.js';
import { planTableHeader, type TableHeader } from './layout/table-header.js';
import { blockHeight, paragraphBlock, type TextBlock } from './layout/text-block.js';
import { SMALL, SMALL_LINE } from './layout/typography.js';

export interface DocumentOptions {
    paper?: PaperName;
    /** The unit's logo, already read and encoded; null when there is none. */
    logo?: { dataUri: string } | null;
}

export interface FlowPagePlan {
    /** The printed page number: the identity page is 1. */
    pageNumber: number;
    /** Step numbers on this page, in order. */
    steps: number[];
    frame: PageFrame;
    drawing: PageDrawing;
    tableHeight: number;
    isLast: boolean;
}

export interface DocumentPlan {
    model: SopModel;
    paper: Paper;
    box: PageBox;
    columns: Columns;
    geometry: LaneGeometry;
    header: TableHeader;
    /** The SOP's name, unit, Nomor SOP and dates above the table on every flowchart page. */
    runningHeader: RunningHeader;
    /** Height above the table on a flowchart page: the running header and the gap under it. */
    tableTop: number;
    rows: StepRow[];
    identity: IdentityLayout;
    flowPages: FlowPagePlan[];
    totals: TextBlock;
    /** Place, date and signer under the last table. */
    closing: ClosingBlock;
    pageCount: number;
    logo: { dataUri: string } | null;
}

/**
 * Height of the bands above and below a table where off-page connectors sit: a 22 px pentagon with
 * 9 px (2.4 mm) to the lines over and under it, so that it does not sit on them and the arrowhead
 * going into it (7 px) stays inside the band.
 */
export const CONNECTOR_BAND = 40;
export const RUNNING_HEADER_GAP = 6;
/** Between the last table and what ends the document: the totals, and beside them the closing block. */
export const PAGE_END_GAP = 8;
/** Between the totals on the left and the closing block on the right. */
export const PAGE_END_COLUMN_GAP = 24;

export function planDocument(model: SopModel, options: DocumentOptions = {}): DocumentPlan {
    const paper = PAPERS[options.paper ?? 'a4'];
    const box = pageBox(paper);
    const closing = planClosingBlock(model, box.contentWidthPx);
    // The totals stand left of the closing block, as a note under the table; side by side they take no extra height.
    const totals = paragraphBlock(totalsText(model), Math.max(120, box.contentWidthPx - closing.width - PAGE_END_COLUMN_GAP), SMALL, SMALL_LINE);
    const runningHeader = planRunningHeader(model, box.contentWidthPx);
    const tableTop = runningHeader.height + RUNNING_HEADER_GAP;
    // One pixel per row boundary is kept spare: table borders must never push a row off the page.
    const tableRoom = box.contentHeightPx - tableTop - 2;

    const columns = planColumns(columnDemand(model, box.contentWidthPx, tableRoom - CONNECTOR_BAND));
    const geometry = laneGeometry(columns.lane);
    const header = planTableHeader(columns, model.actors);
    const rows = planStepRows(model, columns, geometry);
    const available = tableRoom - header.height;
    const slices = paginate({
        heights: rows.map(row => row.height),
        pageBreakBefore: rows.map(row => row.step.pageBreakBefore),
        stepNumbers: rows.map(row => row.step.number),
        available,
        band: CONNECTOR_BAND,
        lastPageFooter: pageEndHeight(totals, closing),
        loops: loopSpans(model),
    });

    const frames: PageFrame[] = slices.map(slice => {
        let y = header.height;
        const frame: PageFrame = { rowIndices: slice.rows, rowTops: [] };
        if (slice.hasTopBand) {
            frame.topBand = { y, height: CONNECTOR_BAND };
            y += CONNECTOR_BAND;
        }
        for (const index of slice.rows) {
            frame.rowTops.push(y);
            y += rows[index].height;
        }
        if (slice.hasBottomBand) {
            frame.bottomBand = { y, height: CONNECTOR_BAND };
        }
        return frame;
    });
    const drawings = layoutFlow({
        rows, actorIds: model.actors.map(actor => actor.id), edges: classifyEdges(model.edges, rows, columns), frames, columns, geometry, header,
    });
    const flowPages = frames.map((frame, index): FlowPagePlan => ({
        pageNumber: index + 2,
        steps: frame.rowIndices.map(rowIndex => rows[rowIndex].step.number),
        frame,
        drawing: drawings[index],
        tableHeight: frameBottom(frame, rows, header.height),
        isLast: index === frames.length - 1,
    }));

    const logo = options.logo ?? null;
    const logoSize: LogoSize | null = logo ? { width: 100, height: 100 } : null;
    const identity = planIdentity(model, box.contentWidthPx, box.contentHeightPx, logoSize);
    return { model, paper, box, columns, geometry, header, runningHeader, tableTop, rows, identity, flowPages, totals, closing, pageCount: 1 + flowPages.length, logo };
}

/** First and last row of every arrow that does not run straight down to the next row: a break between them needs connectors. */
function loopSpans(model: SopModel): Array<[number, number]> {
    return model.edges
        .filter(edge => edge.to !== 'end' && edge.to !== edge.from + 1)
        .map(edge => [Math.min(edge.from, edge.to as number) - 1, Math.max(edge.from, edge.to as number) - 1]);
}

/** The height under the last table: the gap, then the totals and the closing block side by side. */
export function pageEndHeight(totals: TextBlock, closing: ClosingBlock): number {
    return PAGE_END_GAP + Math.max(blockHeight(totals), closing.height);
}

function totalsText(model: SopModel): string {
    const { waktu, stepsWithoutWaktu } = model.totals;
    const missing = stepsWithoutWaktu.length > 0 ? ` Langkah tanpa waktu (dihitung nol): ${stepsWithoutWaktu.join(', ')}.` : '';
    // The count in minutes only where the total reads in larger units: "30 menit (30 menit)" says it twice.
    const inMinutes = waktu.max >= MINUTES_PER_UNIT.jam ? ` (${formatMinuteCount(waktu)})` : '';
    return `Total waktu jalur utama: ${formatMinuteRange(waktu)}${inMinutes}. Konversi: ${CONVERSION_RULE}.${missing}`;
}
