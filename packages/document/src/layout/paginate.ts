/**
 * Pagination at compile time: as many whole rows as fit each page, a new page at `halaman baru`,
 * room kept at the top and bottom of the table for off-page connectors, and room under the last
 * table for the total waktu and the closing block. The closing block is never split: when the last
 * page cannot hold it, its last two rows move to a new page, which then ends the document.
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
}

export function paginate(input: PaginationInput): PageSlice[] {
    const pages: number[][] = [];
    let current: number[] = [];
    let used = 0;
    const topBand = (pageIndex: number) => (pageIndex > 0 ? input.band : 0);
    // Every page but the last keeps a bottom band for connectors; which page is last is known only at the end.
    const capacity = () => input.available - input.band - topBand(pages.length);
    input.heights.forEach((height, index) => {
        if (current.length > 0 && (input.pageBreakBefore[index] || used + height > capacity())) {
            pages.push(current);
            current = [];
            used = 0;
        }
        if (height > capacity()) {
            throw new RowTooTallError(input.stepNumbers[index], height, capacity());
        }
        current.push(index);
        used += height;
    });
    if (current.length > 0 || pages.length === 0) {
        pages.push(current);
    }
    settleLastPage(pages, input);
    return pages.map((rows, index) => ({ rows, hasTopBand: index > 0, hasBottomBand: index < pages.length - 1 }));
}

/**
 * Rows that go with the closing block when the last page cannot hold both: two, as signed SOPs
 * end (a table of a couple of steps, then the signature), so that neither the closing block stands
 * under a single step nor the page before it is left half empty.
 */
const ROWS_WITH_CLOSING = 2;

/**
 * Makes room on the last page for what ends the document. When its rows and the footer do not fit
 * together, its last rows (up to ROWS_WITH_CLOSING, as many as fit with the footer) move to a new
 * page; the closing block is never split and never left without a table above it unless even
 * one row would not fit with it.
 */
function settleLastPage(pages: number[][], input: PaginationInput): void {
    const footer = Math.max(input.band, input.lastPageFooter);
    const room = (pageIndex: number) => input.available - footer - (pageIndex > 0 ? input.band : 0);
    const heightOf = (rows: readonly number[]) => rows.reduce((sum, index) => sum + input.heights[index], 0);
    const last = pages[pages.length - 1];
    if (heightOf(last) <= room(pages.length - 1)) {
        return;
    }
    let moved = Math.min(ROWS_WITH_CLOSING, last.length - 1);
    while (moved > 0 && heightOf(last.slice(last.length - moved)) > room(pages.length)) {
        moved--;
    }
    pages.push(last.splice(last.length - moved, moved));
}
