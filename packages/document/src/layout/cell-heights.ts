/**
 * Heights of one cell at the many widths the column planner tries. A cell never gets taller when
 * its column gets wider (lines are filled greedily), so where two known widths give the same
 * height, every width between them does too. And each layout tells the whole widths that give the
 * same lines (the breaking answers "does it fit?" alike for them): the first and last of them are
 * kept as known widths too, so that the text is laid out only for a width outside every such stretch.
 */
import type { SameLines } from '../text-wrap.js';

export class CellHeights {
    /** Known widths, ascending, and the heights at them. */
    private readonly widths: number[] = [];
    private readonly heights: number[] = [];

    constructor(private readonly layOut: (width: number, same: SameLines) => number) {}

    at(width: number): number {
        const low = this.firstAtOrAbove(width);
        if (low < this.widths.length && (this.widths[low] === width || (low > 0 && this.heights[low - 1] === this.heights[low]))) {
            return this.heights[low];
        }
        const same = { least: -Infinity, below: Infinity };
        const height = this.layOut(width, same);
        this.know(width, height);
        if (Number.isInteger(width)) {
            // The ends of the stretch laid out alike; an open end (every width above fits the
            // same lines, or every width below) stands as the farthest whole width.
            this.know(Number.isFinite(same.least) ? same.least : -Number.MAX_SAFE_INTEGER, height);
            this.know(Number.isFinite(same.below) ? same.below - 1 : Number.MAX_SAFE_INTEGER, height);
        }
        return height;
    }

    /** The index of the first known width at or above `width`. */
    private firstAtOrAbove(width: number): number {
        let low = 0;
        let high = this.widths.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (this.widths[middle] < width) low = middle + 1; else high = middle;
        }
        return low;
    }

    private know(width: number, height: number): void {
        const at = this.firstAtOrAbove(width);
        if (this.widths[at] === width) return;
        this.widths.splice(at, 0, width);
        this.heights.splice(at, 0, height);
    }
}
