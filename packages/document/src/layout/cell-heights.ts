/**
 * Heights of one cell at the many widths the column planner tries. A cell never gets taller when
 * its column gets wider (lines are filled greedily), so where two known widths give the same
 * height, every width between them does too. And each layout tells the whole widths that give the
 * same lines (the breaking answers "does it fit?" alike for them): the text is laid out only
 * where neither tells.
 */
import type { SameLines } from '../text-wrap.js';

export class CellHeights {
    /** Known widths, ascending, and the heights at them. */
    private readonly widths: number[] = [];
    private readonly heights: number[] = [];
    /** Whole widths laid out alike, and the height they give. */
    private readonly alike: Array<SameLines & { height: number }> = [];

    constructor(private readonly layOut: (width: number, same: SameLines) => number) {}

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
        const height = this.alikeAt(width) ?? this.layOutAt(width);
        this.widths.splice(low, 0, width);
        this.heights.splice(low, 0, height);
        return height;
    }

    private alikeAt(width: number): number | undefined {
        if (!Number.isInteger(width)) return undefined;
        return this.alike.find(same => same.least <= width && width < same.below)?.height;
    }

    private layOutAt(width: number): number {
        const same = { least: -Infinity, below: Infinity };
        const height = this.layOut(width, same);
        if (Number.isInteger(width)) this.alike.push({ ...same, height });
        return height;
    }
}
