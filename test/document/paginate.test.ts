/** Pagination on synthetic heights: full pages, loops kept whole, no lone last step, halaman baru, the closing block. */
import { describe, expect, it } from 'vitest';
import { paginate, type PaginationInput } from '../../packages/document/src/layout/paginate.js';

/**
 * Pages of 500 px with 30 px connector bands: the first page holds 470 px of rows, later ones 440;
 * the last page gives 200 px to the closing block instead of its bottom band.
 */
function input(heights: number[], options: Partial<PaginationInput> = {}): PaginationInput {
    return {
        heights, pageBreakBefore: heights.map(() => false), stepNumbers: heights.map((_, index) => index + 1),
        available: 500, band: 30, lastPageFooter: 200, ...options,
    };
}
const rowsOf = (pages: ReturnType<typeof paginate>) => pages.map(page => page.rows);
const steps = (count: number, from = 0) => Array.from({ length: count }, (_, index) => from + index);

describe('pages filled with whole rows', () => {
    it('puts as many rows on a page as fit, and keeps the bands', () => {
        // 9 rows of 50 px fill the first page (450 of 470); 8 the next (400 of 440); 3 stay with the closing block (150 of 240).
        const pages = paginate(input(Array(20).fill(50)));
        expect(rowsOf(pages)).toEqual([steps(9), steps(8, 9), steps(3, 17)]);
        expect(pages.map(page => [page.hasTopBand, page.hasBottomBand])).toEqual([[false, true], [true, true], [true, false]]);
    });

    it('always starts a new page at halaman baru, even when it cuts a loop', () => {
        const pageBreakBefore = Array(8).fill(false);
        pageBreakBefore[3] = true;
        expect(rowsOf(paginate(input(Array(8).fill(50), { pageBreakBefore, loops: [[1, 4]] })))).toEqual([steps(3), steps(5, 3)]);
    });

    it('is a pure function: the same pages every time, and its input untouched', () => {
        const heights = Object.freeze([60, 120, 80, 60, 60, 90, 60, 60, 60, 70, 60, 100]);
        const loops = Object.freeze([Object.freeze([2, 9] as const), Object.freeze([6, 8] as const)]);
        const once = rowsOf(paginate(input([...heights], { heights, loops })));
        expect(rowsOf(paginate(input([...heights], { heights, loops })))).toEqual(once);
        expect(once.flat()).toEqual(steps(heights.length));
    });
});

describe('loops kept on one page', () => {
    it('ends a page a row or two early where that keeps a loop whole', () => {
        // Full, the first page ends before row 9 and cuts the loop from row 8 back to row 7; ending before row 7 keeps it.
        const heights = Array(16).fill(50);
        expect(rowsOf(paginate(input(heights)))[0]).toEqual(steps(9));
        expect(rowsOf(paginate(input(heights, { loops: [[7, 9]] })))[0]).toEqual(steps(7));
    });

    it('cuts the fewest loops among the ends it may choose, and the fullest page among equals', () => {
        // Breaks before rows 7, 8 and 9 cut 1, 2 and 2 loops: the page ends before row 7.
        expect(rowsOf(paginate(input(Array(16).fill(50), { loops: [[6, 9], [7, 12]] })))[0]).toEqual(steps(7));
        // Before rows 7, 8 and 9 they cut 1, 1 and 2: the fuller page, before row 8.
        expect(rowsOf(paginate(input(Array(16).fill(50), { loops: [[6, 9], [8, 12]] })))[0]).toEqual(steps(8));
        // One loop across every possible break: the page stays full.
        expect(rowsOf(paginate(input(Array(16).fill(50), { loops: [[2, 12]] })))[0]).toEqual(steps(9));
    });

    it('ends no page more than two rows early for a loop', () => {
        expect(rowsOf(paginate(input(Array(16).fill(50), { loops: [[6, 9]] })))[0]).toEqual(steps(9));
    });

    it('adds no page to keep a loop', () => {
        // Nine rows fill the first page, five fit with the closing block; ending the first page before row 7
        // would leave seven, too many for the closing block's page, and take a third page.
        expect(rowsOf(paginate(input(Array(14).fill(50), { loops: [[7, 9]] })))).toEqual([steps(9), steps(5, 9)]);
    });

    it('lets the rows that go with the closing block begin earlier where that keeps a loop, if they fit with it and the page before keeps as many', () => {
        // Eight rows fit a page but not with the closing block: its two rows would cut the loop from row 6 back to row 4.
        const heights = Array(8).fill(50);
        expect(rowsOf(paginate(input(heights)))).toEqual([steps(6), steps(2, 6)]);
        expect(rowsOf(paginate(input(heights, { loops: [[4, 6]] })))).toEqual([steps(4), steps(4, 4)]);
        // Keeping the loop from row 4 back to row 2 would leave two rows before four: the loop is cut instead.
        expect(rowsOf(paginate(input([60, 60, 60, 60, 60, 60], { loops: [[2, 4]] })))).toEqual([steps(4), steps(2, 4)]);
    });
});

describe('no lone last step', () => {
    it('ends the page before the last one row early rather than leave a single step under the closing block', () => {
        // Full pages would be 9 and 8 rows and leave row 17 alone.
        expect(rowsOf(paginate(input(Array(18).fill(50))))).toEqual([steps(9), steps(7, 9), steps(2, 16)]);
    });

    it('leaves the step alone where it starts with halaman baru', () => {
        const pageBreakBefore = Array(10).fill(false);
        pageBreakBefore[9] = true;
        expect(rowsOf(paginate(input(Array(10).fill(50), { pageBreakBefore })))).toEqual([steps(9), [9]]);
    });

    it('spares the last step even where the earlier break cuts a loop (connectors beside its steps still read)', () => {
        expect(rowsOf(paginate(input(Array(18).fill(50), { loops: [[15, 16]] })))).toEqual([steps(9), steps(7, 9), [16, 17]]);
    });
});
