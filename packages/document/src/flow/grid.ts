/**
 * The ruled lines of a flowchart page's table, in table coordinates: the router keeps arrows clear
 * of them and the renderer draws them (thinner and lighter than the flow, as good hand-drawn SOPs do).
 */
import type { Columns } from '../layout/columns.js';
import type { TableHeader } from '../layout/table-header.js';
import { mm } from '../layout/paper.js';

/** How far a flow line keeps from a grid line it runs along (3 mm, in whole pixels). */
export const GRID_CLEARANCE = Math.ceil(mm(3));

export interface HorizontalLine {
    y: number;
    x1: number;
    x2: number;
}

export interface VerticalLine {
    x: number;
    y1: number;
    y2: number;
}

export interface Grid {
    horizontal: HorizontalLine[];
    vertical: VerticalLine[];
}

/** The y of every row border of a page's body, header bottom and table bottom included. */
export interface BodyRows {
    /** Tops of the body's rows (bands included), in order. */
    tops: number[];
    bottom: number;
}

export function tableGrid(columns: Columns, header: Pick<TableHeader, 'firstRowHeight' | 'height'>, body: BodyRows): Grid {
    const width = columns.x.end;
    const horizontal: HorizontalLine[] = [{ y: 0, x1: 0, x2: width }];
    // Under "Pelaksana" and "Mutu Baku" only: the other header cells span both rows.
    horizontal.push({ y: header.firstRowHeight, x1: columns.x.lanes[0], x2: columns.x.keterangan });
    for (const y of [header.height, ...body.tops.filter(top => top > header.height), body.bottom]) {
        horizontal.push({ y, x1: 0, x2: width });
    }
    const full = [0, columns.x.kegiatan, columns.x.lanes[0], columns.x.kelengkapan, columns.x.keterangan, width];
    const underFirstHeaderRow = [...columns.x.lanes.slice(1), columns.x.waktu, columns.x.output];
    const vertical: VerticalLine[] = [
        ...full.map(x => ({ x, y1: 0, y2: body.bottom })),
        ...underFirstHeaderRow.map(x => ({ x, y1: header.firstRowHeight, y2: body.bottom })),
    ].sort((a, b) => a.x - b.x);
    return { horizontal, vertical };
}
