/** Where vertical arrows attach to a symbol: its centre, unless that lies on or near a lane border. */
import type { Columns } from '../layout/columns.js';
import { centerX, right, type Box } from './geometry.js';
import { GRID_CLEARANCE } from './grid.js';

export function laneBorders(columns: Columns): number[] {
    return [...columns.x.lanes, columns.x.kelengkapan];
}

export function clearOfBorders(x: number, columns: Columns): boolean {
    return laneBorders(columns).every(border => Math.abs(border - x) >= GRID_CLEARANCE);
}

/**
 * The x where arrows leave or enter a symbol at its bottom or top. A meeting drawn across an even
 * number of lanes has its centre on a lane border, where an arrow would vanish into the grid: it
 * uses the middle of the lane nearest its centre instead.
 */
export function portX(box: Box, columns: Columns): number {
    const center = centerX(box);
    if (clearOfBorders(center, columns)) return center;
    const middles = columns.x.lanes.map(left => left + columns.lane / 2).filter(x => x > box.x && x < right(box));
    return middles.sort((a, b) => Math.abs(a - center) - Math.abs(b - center))[0] ?? center;
}

/** Where a vertical arrow may run: every x at least 3 mm from the lane borders, a few px apart. */
export function channelXs(columns: Columns, step = 3): number[] {
    const xs: number[] = [];
    for (const left of columns.x.lanes) {
        const low = left + GRID_CLEARANCE;
        const high = left + columns.lane - GRID_CLEARANCE;
        for (let x = low; x < high; x += step) xs.push(x);
        if (high >= low) xs.push(high);
    }
    return xs;
}
