/**
 * Pagination at compile time: which rows go on which page. A pure function of the rows' heights,
 * the page's room and the loops between rows.
 *
 * Every page but the first keeps a band at the top of its table for off-page connectors, every
 * page but the last one at the bottom; the last page keeps room under its table for the total
 * waktu and the closing block. A page holds as many whole rows as fit, except that:
 * - `halaman baru` always starts a new page;
 * - the closing block is never split: when the last page cannot hold it with its rows, its last
 *   rows (up to two, as many as fit with it) move to a new page, which then ends the document;
 * - a page may end up to SLACK rows before it is full where that cuts fewer loops (arrows that do
 *   not run straight down to the next row): a loop kept on one page needs no connectors. So may
 *   the rows that go with the closing block begin earlier, if they fit with it and the page before
 *   keeps at least as many rows;
 * - the page before the last may end one row before it is full so that the last page does not
 *   hold a single step.
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
    /** First and last row of every loop: an arrow from a row back to an earlier one, or down past the next. */
    loops?: ReadonlyArray<readonly [number, number]>;
}

/** Rows a page may end before it is full to keep a loop on it. */
export const SLACK = 2;

/**
 * Rows that go with the closing block when the last page cannot hold both: two, as signed SOPs
 * end (a table of a couple of steps, then the signature), so that neither the closing block stands
 * under a single step nor the page before it is left half empty.
 */
export const ROWS_WITH_CLOSING = 2;

/** The best way to paginate the rows from some row on; compared field by field, in this order. */
interface Outcome {
    pages: number;
    loopsCut: number;
    /** 1 when the last page holds a single step and is not the only page. */
    lone: number;
    /** Where the page starting at this row ends (exclusive). */
    end: number;
    /** When the rows from here on end the document: where the page the closing block needs begins, if it needs one. */
    closingFrom?: number;
    final: boolean;
}

export function paginate(input: PaginationInput): PageSlice[] {
    checkRowsFit(input);
    const count = input.heights.length;
    const pages: number[][] = [];
    const outcomes = planFrom(input);
    for (let start = 0; start < count || pages.length === 0;) {
        const outcome = outcomes[start];
        if (!outcome) {
            // No rows at all: one page with the closing block.
            pages.push([]);
            break;
        }
        if (outcome.final) {
            const closingFrom = outcome.closingFrom ?? count;
            pages.push(range(start, closingFrom));
            if (outcome.closingFrom !== undefined) {
                pages.push(range(closingFrom, count));
            }
            break;
        }
        pages.push(range(start, outcome.end));
        start = outcome.end;
    }
    return pages.map((rows, index) => ({ rows, hasTopBand: index > 0, hasBottomBand: index < pages.length - 1 }));
}

/** The best outcome from every row on, found from the last row back: a page's choices depend only on the row it starts with. */
function planFrom(input: PaginationInput): Array<Outcome | undefined> {
    const count = input.heights.length;
    const outcomes: Array<Outcome | undefined> = new Array(count + 1);
    for (let start = count - 1; start >= 0; start--) {
        const full = fullEnd(input, start);
        if (full === start) {
            // The row cannot start a page: it fits only on the first, after rows before it.
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
    return rest && { pages: rest.pages + 1, loopsCut: rest.loopsCut + loopsCutAt(input, end), lone: rest.lone, end, final: false };
}

/** The rows from `start` on end the document: on one page, or on two when the closing block needs a page of its own rows. */
function finalOutcome(input: PaginationInput, start: number): Outcome {
    const count = input.heights.length;
    const onlyPage = start === 0;
    const split = closingSplit(input, start);
    if (split === undefined) {
        return { pages: 1, loopsCut: 0, lone: count - start === 1 && !onlyPage ? 1 : 0, end: count, final: true };
    }
    // The closing block's rows may begin a little earlier where that keeps a loop, if they fit with it.
    let best: Outcome | undefined;
    for (let from = split; from > start && from >= split - SLACK; from--) {
        // ... but not so early that the page before holds fewer steps than the closing block's page:
        // a page left mostly blank reads worse than a loop through two connectors.
        if (from < split && (loopsCutAt(input, from) >= loopsCutAt(input, split) || heightOf(input, from, count) > closingRoom(input, true) || from - start < count - from)) {
            continue;
        }
        const candidate: Outcome = { pages: 2, loopsCut: loopsCutAt(input, from), lone: count - from === 1 ? 1 : 0, end: count, closingFrom: from, final: true };
        if (!best || betterOutcome(candidate, best)) {
            best = candidate;
        }
    }
    return best!;
}

/**
 * The closing-block rule: where the last rows start that move to a page of their own with the
 * closing block, when the rows from `start` on and the block do not fit on one page; undefined
 * when they do. Up to ROWS_WITH_CLOSING rows move, as many as fit with the block; none, when not
 * even one does (the block then stands alone rather than split).
 */
function closingSplit(input: PaginationInput, start: number): number | undefined {
    const count = input.heights.length;
    if (heightOf(input, start, count) <= closingRoom(input, start > 0)) {
        return undefined;
    }
    let moved = Math.min(ROWS_WITH_CLOSING, count - start - 1);
    while (moved > 0 && heightOf(input, count - moved, count) > closingRoom(input, true)) {
        moved--;
    }
    return count - moved;
}

/** Room for rows above the total waktu and the closing block, on the first page or a later one. */
function closingRoom(input: PaginationInput, later: boolean): number {
    return input.available - Math.max(input.band, input.lastPageFooter) - (later ? input.band : 0);
}

function betterOutcome(a: Outcome, b: Outcome): boolean {
    if (a.pages !== b.pages) return a.pages < b.pages;
    // A lone step over the signature reads as a page that lost its table; a loop cut by the page
    // break still reads, through its pair of connectors beside its steps.
    if (a.lone !== b.lone) return a.lone < b.lone;
    if (a.loopsCut !== b.loopsCut) return a.loopsCut < b.loopsCut;
    return (a.closingFrom ?? a.end) > (b.closingFrom ?? b.end);
}

/** Loops that a page break before row `row` cuts. */
function loopsCutAt(input: PaginationInput, row: number): number {
    return (input.loops ?? []).filter(([first, last]) => first < row && row <= last).length;
}

function heightOf(input: PaginationInput, from: number, to: number): number {
    let sum = 0;
    for (let index = from; index < to; index++) {
        sum += input.heights[index];
    }
    return sum;
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
