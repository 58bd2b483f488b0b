/**
 * Pagination at compile time: which rows go on which page. Every page but the first keeps a band
 * at the top of its table for off-page connectors, every page but the last one at the bottom; the
 * last page keeps room under its table for the total waktu and the closing block.
 *
 * A page holds as many whole rows as fit, except where ending it a row or two earlier is better:
 * - `halaman baru` always starts a new page;
 * - a page may end up to SLACK rows before it is full where that cuts fewer loops (arrows that do
 *   not run straight down to the next row): a loop kept on one page needs no connectors;
 * - a page may end one row before it is full so that the last page does not hold a single step;
 * - the closing block is never split: when the last page cannot hold it with its rows, its last
 *   rows (up to two, as many as fit with it) move to a new page, which then ends the document.
 * Among the paginations these allow, the chosen one has the fewest pages, then no lone last step
 * if it can, then the fewest loops cut, then its earlier pages as full as possible.
 */

export interface PageSlice {
    /** Indices into the rows, in order. */
    rows: number[];
    hasTopBand: boolean;
    hasBottomBand: boolean;
}

export class RowTooTallError extends Error {
    constructor(readonly stepNumber: number, readonly height: number, readonly available: number) {
        super(`step ${stepNumber} needs ${height}px but a page holds ${available}px`);
    }
}

export interface PaginationInput {
    heights: readonly number[];
    pageBreakBefore: readonly boolean[];
    stepNumbers: readonly number[];
    /** Height for rows on a page without any band. */
    available: number;
    band: number;
    /** Room under the last table (total waktu and closing block); it takes the bottom band's place. */
    lastPageFooter: number;
    /** First and last row of every loop: an arrow from a row to an earlier one, or down past the next. */
    loops?: ReadonlyArray<readonly [number, number]>;
}

/** Rows a page may end before it is full to keep a loop on it. */
export const SLACK = 2;

/**
 * Rows that go with the closing block when the last page cannot hold both: two, as signed SOPs
 * end (a table of a couple of steps, then the signature), so that neither the closing block stands
 * under a single step nor the page before it is left half empty.
 */
const ROWS_WITH_CLOSING = 2;

/** How good the rest of a pagination is, from some row on; lower is better, compared in this order. */
interface Outcome {
    pages: number;
    /** 1 when the last page holds a single step and is not the only page. */
    lone: number;
    loopsCut: number;
    /** Where the page starting at this row ends (exclusive); the last page's rows when `final`. */
    end: number;
    /** The rows from here on all go on the last page (and the one the closing block may need). */
    final: boolean;
}

export function paginate(input: PaginationInput): PageSlice[] {
    const count = input.heights.length;
    checkRowsFit(input);
    const pages: number[][] = [];
    if (count === 0) {
        pages.push([]);
    } else {
        const outcomes = planFrom(input);
        let start = 0;
        while (start < count) {
            const outcome = outcomes[start]!;
            const rows = range(start, outcome.end);
            if (outcome.final) {
                pages.push(rows);
                break;
            }
            pages.push(rows);
            start = outcome.end;
        }
    }
    settleLastPage(pages, input);
    return pages.map((rows, index) => ({ rows, hasTopBand: index > 0, hasBottomBand: index < pages.length - 1 }));
}

/** The best outcome from every row on, found from the last row back (each page's choice depends only on where it starts). */
function planFrom(input: PaginationInput): Array<Outcome | undefined> {
    const count = input.heights.length;
    const outcomes: Array<Outcome | undefined> = new Array(count + 1);
    for (let start = count - 1; start >= 0; start--) {
        const full = fullEnd(input, start);
        if (full === start) {
            // The row cannot start a page (it only fits on the first one, after rows before it).
            continue;
        }
        let best: Outcome | undefined;
        for (const end of allowedEnds(input, start, full)) {
            const candidate = end === count ? finalOutcome(input, start) : nextOutcome(input, end, outcomes[end]);
            if (candidate && (!best || betterOutcome(candidate, best))) {
                best = candidate;
            }
        }
        outcomes[start] = best;
    }
    return outcomes;
}

/** Where a page starting at `start` ends when filled: before the first row that does not fit or starts a new page. */
function fullEnd(input: PaginationInput, start: number): number {
    const capacity = input.available - input.band - (start > 0 ? input.band : 0);
    let used = 0;
    let end = start;
    while (end < input.heights.length && (end === start || !input.pageBreakBefore[end]) && used + input.heights[end] <= capacity) {
        used += input.heights[end];
        end++;
    }
    return end;
}

/** The full end, and earlier ends where a page may stop for a loop or against a lone last step. */
function allowedEnds(input: PaginationInput, start: number, full: number): number[] {
    const count = input.heights.length;
    const ends = [full];
    const stoppedByRoom = full < count && !input.pageBreakBefore[full];
    for (let end = full - 1; end > start && end >= full - SLACK; end--) {
        const keepsLoop = loopsCutAt(input, end) < loopsCutAt(input, full);
        const sparesLastStep = end === full - 1 && stoppedByRoom && count - full === 1;
        if (keepsLoop || sparesLastStep) {
            ends.push(end);
        }
    }
    return ends;
}

function nextOutcome(input: PaginationInput, end: number, rest: Outcome | undefined): Outcome | undefined {
    return rest && { pages: rest.pages + 1, lone: rest.lone, loopsCut: rest.loopsCut + loopsCutAt(input, end), end, final: false };
}

/** The rest of the rows, from `start`, end the document: on one page, or two when the closing block needs one. */
function finalOutcome(input: PaginationInput, start: number): Outcome {
    const count = input.heights.length;
    const pages = [range(start, count)];
    settleLastPage(pages, input, start > 0);
    const last = pages[pages.length - 1];
    const onlyPage = start === 0 && pages.length === 1;
    return {
        pages: pages.length,
        lone: last.length === 1 && !onlyPage ? 1 : 0,
        loopsCut: pages.length > 1 ? loopsCutAt(input, last[0] ?? count) : 0,
        end: count,
        final: true,
    };
}

function betterOutcome(a: Outcome, b: Outcome): boolean {
    if (a.pages !== b.pages) return a.pages < b.pages;
    if (a.lone !== b.lone) return a.lone < b.lone;
    if (a.loopsCut !== b.loopsCut) return a.loopsCut < b.loopsCut;
    return a.end > b.end;
}

/** Loops that a page break before row `row` cuts. */
function loopsCutAt(input: PaginationInput, row: number): number {
    return (input.loops ?? []).filter(([first, last]) => first < row && row <= last).length;
}

/**
 * Refuses a row that fits no page it can be on: a row after the first page's rows must fit a page
 * with both bands; a row that starts the document, or follows it on the first page, that page.
 */
function checkRowsFit(input: PaginationInput): void {
    const firstPageEnd = fullEnd(input, 0);
    input.heights.forEach((height, index) => {
        const capacity = input.available - input.band - (index < firstPageEnd ? 0 : input.band);
        if (height > capacity) {
            throw new RowTooTallError(input.stepNumbers[index], height, capacity);
        }
    });
}

function range(from: number, to: number): number[] {
    return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}

/**
 * Makes room on the last page for what ends the document. When its rows and the footer do not fit
 * together, its last rows (up to ROWS_WITH_CLOSING, as many as fit with the footer) move to a new
 * page; the closing block is never split and never left without a table above it unless even
 * one row would not fit with it. `afterFirst` says the last page is not the document's first.
 */
function settleLastPage(pages: number[][], input: PaginationInput, afterFirst = pages.length > 1): void {
    const footer = Math.max(input.band, input.lastPageFooter);
    const room = (later: boolean) => input.available - footer - (later ? input.band : 0);
    const heightOf = (rows: readonly number[]) => rows.reduce((sum, index) => sum + input.heights[index], 0);
    const last = pages[pages.length - 1];
    if (heightOf(last) <= room(afterFirst)) {
        return;
    }
    let moved = Math.min(ROWS_WITH_CLOSING, last.length - 1);
    while (moved > 0 && heightOf(last.slice(last.length - moved)) > room(true)) {
        moved--;
    }
    pages.push(last.splice(last.length - moved, moved));
}
