/**
 * Column widths of the flowchart table: No, Kegiatan, one lane per actor, Kelengkapan, Waktu,
 * Output, Keterangan. Lanes get what the symbols need; the text columns share the rest by need,
 * so that the rows, and with them the pages, come out as low as the text allows.
 */
import { fitTextWidths, RowHeights, scaled, TEXT_COLUMNS, type TextDemand, type TextFit, type TextWidths } from './text-widths.js';

export interface Columns {
    no: number;
    kegiatan: number;
    /** One width per actor, all equal. */
    lane: number;
    laneCount: number;
    kelengkapan: number;
    waktu: number;
    output: number;
    keterangan: number;
    /** Left edge of every column, in table coordinates. */
    x: {
        no: number;
        kegiatan: number;
        lanes: number[];
        kelengkapan: number;
        waktu: number;
        output: number;
        keterangan: number;
        end: number;
    };
}

export const NO_WIDTH = 30;
export const WAKTU_WIDTH = 62;
/**
 * A lane the router can draw in: a process symbol 50 px wide and, on each side, a strip of 21 px
 * where an arrow runs 3 mm clear of the lane's border and 10 px clear of the symbol (room for the
 * stub of an arrow turning into its side).
 */
export const ROUTED_LANE = 92;
/** Up to this many actors every lane is a routed lane; with more, lanes narrow to fit the page. */
const ROUTED_ACTORS = 5;
/** With many actors the text columns still keep this much of the width together. */
const MIN_TEXT_WIDTH = 560;
const MIN_LANE = 44;
/**
 * Lanes wider than the symbols only buy a lower header (long actor titles on fewer lines): worth
 * it up to a point, while the lanes together leave most of the page to the text.
 */
const MAX_LANE = 150;
const MAX_LANES_SHARE = 0.4;

export interface ColumnDemand extends TextDemand {
    tableWidth: number;
    laneCount: number;
    /** The narrowest lane the flowchart's labels fit in: a branch label beside an arrow down stays within half a lane. */
    labelLane: number;
    /** Height of the table header with these columns (actor titles wrap in their lanes). */
    headerHeight(columns: Columns): number;
    /** Height a page holds for the table: its header, its rows and one connector band. */
    pageRoom: number;
}

/**
 * The lane width and text widths that fill the fewest pages: for each lane width that lowers the
 * header, the text columns take the rest as `fitTextWidths` shares it; the pages the rows fill are
 * estimated as their total height over what a page holds under the header. Narrower lanes win ties.
 */
export function planColumns(demand: ColumnDemand): Columns {
    const laneCount = Math.max(1, demand.laneCount);
    const textMinimum = TEXT_COLUMNS.reduce((sum, column) => sum + demand.minWidths[column], 0);
    const { min, max } = laneBounds(demand.tableWidth, laneCount, textMinimum, demand.labelLane);
    let best: { columns: Columns; fit: TextFit; room: number } | undefined;
    let lastHeader = Infinity;
    const heights = new RowHeights(demand);
    for (let lane = min; lane <= max; lane++) {
        const header = demand.headerHeight(assembleColumns(lane, laneCount, evenWidths(textSpace(demand.tableWidth, lane, laneCount), demand.minWidths)));
        // A wider lane with the same header only takes width from the text.
        if (header >= lastHeader) {
            continue;
        }
        lastHeader = header;
        const fit = fitTextWidths(textSpace(demand.tableWidth, lane, laneCount), demand, heights, best?.fit.widths);
        const columns = assembleColumns(lane, laneCount, fit.widths);
        // Rows per page: what a page holds under this header. Fewer pages (rows over room) win, compared exactly.
        const room = Math.max(1, demand.pageRoom - demand.headerHeight(columns));
        if (!best || fit.rowsHeight * best.room < best.fit.rowsHeight * room
            || (fit.rowsHeight * best.room === best.fit.rowsHeight * room && fit.textHeight < best.fit.textHeight)) {
            best = { columns, fit, room };
        }
    }
    return best!.columns;
}

/** The narrowest and widest lanes worth trying for this many actors, and for labels that need `labelLane`. */
export function laneBounds(tableWidth: number, laneCount: number, textMinimum: number, labelLane = 0): { min: number; max: number } {
    const fixed = NO_WIDTH + WAKTU_WIDTH;
    const roomForLanes = tableWidth - fixed - textMinimum;
    const routed = laneCount <= ROUTED_ACTORS ? ROUTED_LANE : Math.min(ROUTED_LANE, (tableWidth - MIN_TEXT_WIDTH) / laneCount);
    const wanted = Math.max(routed, Math.min(labelLane, MAX_LANE));
    const min = Math.floor(Math.max(MIN_LANE, Math.min(wanted, roomForLanes / laneCount)));
    const max = Math.max(min, Math.floor(Math.min(MAX_LANE, roomForLanes / laneCount, tableWidth * MAX_LANES_SHARE / laneCount)));
    return { min, max };
}

/** Columns from the lane width and the text columns' widths, laid out left to right. */
export function assembleColumns(lane: number, laneCount: number, text: TextWidths): Columns {
    const x = { no: 0, kegiatan: NO_WIDTH, lanes: [] as number[], kelengkapan: 0, waktu: 0, output: 0, keterangan: 0, end: 0 };
    let cursor = NO_WIDTH + text.kegiatan;
    for (let index = 0; index < laneCount; index++) {
        x.lanes.push(cursor);
        cursor += lane;
    }
    x.kelengkapan = cursor;
    x.waktu = x.kelengkapan + text.kelengkapan;
    x.output = x.waktu + WAKTU_WIDTH;
    x.keterangan = x.output + text.output;
    x.end = x.keterangan + text.keterangan;
    return { no: NO_WIDTH, kegiatan: text.kegiatan, lane, laneCount, kelengkapan: text.kelengkapan, waktu: WAKTU_WIDTH, output: text.output, keterangan: text.keterangan, x };
}

/** Width left for the text columns once No, Waktu and the lanes have theirs. */
export function textSpace(tableWidth: number, lane: number, laneCount: number): number {
    return tableWidth - NO_WIDTH - WAKTU_WIDTH - lane * laneCount;
}

/** Each text column its minimum, and what is left in equal parts (the last column takes the odd pixels). */
export function evenWidths(space: number, minWidths: TextWidths): TextWidths {
    const mins = TEXT_COLUMNS.map(column => minWidths[column]);
    const minimum = mins.reduce((sum, width) => sum + width, 0);
    const share = Math.floor((space - minimum) / mins.length);
    const widths = space <= minimum ? scaled(mins, space) : mins.map(width => width + share);
    widths[widths.length - 1] += space - widths.reduce((sum, width) => sum + width, 0);
    return Object.fromEntries(TEXT_COLUMNS.map((column, index) => [column, widths[index]])) as TextWidths;
}
