/**
 * Pagination at compile time: as many whole rows as fit each page, a new page at `halaman baru`,
 * room kept at the top and bottom of the table for off-page connectors, and room under the last
 * table for the total waktu.
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
    /** Room under the last table (total waktu); it shares the bottom band's place. */
    lastPageFooter: number;
}

export function paginate(input: PaginationInput): PageSlice[] {
    const reserveBottom = Math.max(input.band, input.lastPageFooter);
    const pages: number[][] = [];
    let current: number[] = [];
    let used = 0;
    const capacity = () => input.available - reserveBottom - (pages.length > 0 ? input.band : 0);
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
    return pages.map((rows, index) => ({ rows, hasTopBand: index > 0, hasBottomBand: index < pages.length - 1 }));
}
