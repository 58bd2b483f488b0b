/**
 * How full the flowchart pages of a planned document are, judged by the pagination's rules: every
 * page but the last holds at least MIN_STEPS steps, or the reason it holds fewer is one the rules
 * give (the next row would not fit, `halaman baru`, a loop kept whole, the closing block, no lone
 * last step). Every page that is short for no such reason, and every lone last step that one
 * earlier break would have spared, is returned as a sentence.
 */
import { CONNECTOR_BAND, PAGE_END_GAP, RUNNING_HEADER_GAP, type DocumentPlan } from '../../packages/document/src/plan.js';
import { ROWS_WITH_CLOSING, SLACK } from '../../packages/document/src/layout/paginate.js';

/** Steps a landscape page of a signed SOP holds. */
export const MIN_STEPS = 8;

export interface PageFacts {
    /** Rows (0-based, as steps in order) on each flow page. */
    pages: number[][];
    heights: number[];
    pageBreakBefore: boolean[];
    /** First and last row of every arrow that does not run straight down to the next row. */
    loops: Array<[number, number]>;
    /** Height for rows on a page without connector bands. */
    rowRoom: number;
    band: number;
    /** Room under the last table: the total waktu and the closing block. */
    footer: number;
}

export function pageFacts(plan: DocumentPlan): PageFacts {
    const lines = (block: { lines: unknown[]; lineHeight: number }) => block.lines.length * block.lineHeight;
    return {
        pages: plan.flowPages.map(page => page.steps.map(step => step - 1)),
        heights: plan.rows.map(row => row.height),
        pageBreakBefore: plan.rows.map(row => row.step.pageBreakBefore),
        loops: plan.model.edges.filter(edge => edge.to !== 'end' && edge.to !== edge.from + 1)
            .map(edge => [Math.min(edge.from, edge.to as number) - 1, Math.max(edge.from, edge.to as number) - 1]),
        // As the document is laid out: the running header (with the SOP's name), the table header, a pixel per border kept spare.
        rowRoom: plan.box.contentHeightPx - plan.runningHeader.height - RUNNING_HEADER_GAP - plan.header.height - 2,
        band: CONNECTOR_BAND,
        footer: PAGE_END_GAP + Math.max(lines(plan.totals), plan.closing.height),
    };
}

export interface ShortPage {
    /** Index among the flow pages. */
    index: number;
    /** The row that begins the next page. */
    next: number;
    /** The rules that explain why the page holds fewer than MIN_STEPS steps; none is a problem. */
    reasons: string[];
}

/**
 * Every page but the last that holds fewer than MIN_STEPS steps, with the reasons the rules give;
 * problems: each such page without a reason, and a lone last step one earlier break would spare.
 */
export function pageFill(facts: PageFacts, label: string): { shortPages: ShortPage[]; problems: string[] } {
    const { pages, heights, pageBreakBefore, loops, rowRoom, band, footer } = facts;
    const count = heights.length;
    const sum = (rows: readonly number[]) => rows.reduce((total, row) => total + heights[row], 0);
    const cut = (row: number) => loops.filter(([first, last]) => first < row && row <= last).length;
    const capacity = (index: number) => rowRoom - band - (index > 0 ? band : 0);
    const closingRoom = (index: number) => rowRoom - Math.max(band, footer) - (index > 0 ? band : 0);
    const problems: string[] = [];
    const shortPages: ShortPage[] = [];

    pages.slice(0, -1).forEach((rows, index) => {
        if (rows.length >= MIN_STEPS) return;
        const next = rows[rows.length - 1] + 1;
        const nextPage = pages[index + 1];
        const nextIsLast = index + 1 === pages.length - 1;
        // Where the page would end if filled: before the first row that does not fit or starts a new page.
        let full = rows[0];
        for (let used = 0; full < count && (full === rows[0] || !pageBreakBefore[full]) && used + heights[full] <= capacity(index); full++) {
            used += heights[full];
        }
        const reasons = {
            'halaman baru': pageBreakBefore[next],
            'the next row would not fit': sum(rows) + heights[next] > capacity(index),
            'a loop kept whole': next < full && full - next <= SLACK && cut(next) < cut(full),
            'no lone last step': nextIsLast && nextPage.length === 2 && full === next + 1 && full === count - 1,
            'the closing block': nextIsLast && sum([...rows, ...nextPage]) > closingRoom(index) && sum(nextPage) <= closingRoom(index + 1)
                && (nextPage.length <= ROWS_WITH_CLOSING || (nextPage.length - ROWS_WITH_CLOSING <= SLACK && cut(next) < cut(count - ROWS_WITH_CLOSING))),
        };
        const given = Object.entries(reasons).filter(([, holds]) => holds).map(([reason]) => reason);
        shortPages.push({ index, next, reasons: given });
        if (given.length === 0) {
            problems.push(`${label}: page ${index + 2} holds ${rows.length} steps though step ${next + 1} (${heights[next]} px) fits below them and no rule moves it`);
        }
    });

    // No lone last step where ending the page before it one row earlier would spare it.
    const last = pages[pages.length - 1];
    if (pages.length > 1 && last.length === 1) {
        const before = pages[pages.length - 2];
        const moved = [before[before.length - 1], last[0]];
        const spared = !pageBreakBefore[last[0]] && before.length > 1 && sum(moved) <= closingRoom(pages.length - 1);
        if (spared) {
            problems.push(`${label}: the last page holds step ${last[0] + 1} alone, though step ${moved[0] + 1} could go with it`);
        }
    }
    return { shortPages, problems };
}
