/**
 * Heights of one cell at the many widths the column planner tries. A cell never gets taller when
 * its column gets wider (lines are filled greedily), so where two known widths give the same
 * height, every width between them does too: the text is laid out only where that does not tell.
 */
export class CellHeights {
    /** Known widths, ascending, and the heights at them. */
    private readonly widths: number[] = [];
    private readonly heights: number[] = [];

    constructor(private readonly layOut: (width: number) => number) {}

    at(width: number): number {
        // The first known width at or above `width`.
        let low = 0;
        let high = this.widths.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (this.widths[middle] < width) low = middle + 1; else high = middle;
        }
        if (low < this.widths.length && (this.widths[low] === width || (low > 0 && this.heights[low - 1] === this.heights[low]))) {
            return this.heights[low];
        }
        const height = this.layOut(width);
        this.widths.splice(low, 0, width);
        this.heights.splice(low, 0, height);
        return height;
    }
}
