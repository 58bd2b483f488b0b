/**
 * Things with a vertical extent, bucketed in horizontal bands, so that "what lies near this box"
 * looks at a few neighbours instead of the whole diagram (a 1,000-step SOP has thousands of
 * segments, and labels and tracks ask this question many times each).
 */
const BAND = 160;

export class BandIndex<T> {
    private readonly bands = new Map<number, T[]>();

    add(top: number, bottom: number, item: T): void {
        for (let band = Math.floor(top / BAND); band <= Math.floor(bottom / BAND); band++) {
            let list = this.bands.get(band);
            if (!list) this.bands.set(band, list = []);
            list.push(item);
        }
    }

    /** Every item whose extent may meet [top, bottom] (each once). */
    near(top: number, bottom: number): T[] {
        const first = Math.floor(top / BAND);
        const last = Math.floor(bottom / BAND);
        if (first === last) return this.bands.get(first) ?? [];
        const found = new Set<T>();
        for (let band = first; band <= last; band++) {
            for (const item of this.bands.get(band) ?? []) found.add(item);
        }
        return [...found];
    }
}
