/** Where each row's symbol sits on its page, and the end capsule of a decision that branches to `selesai`. */
import { END_SLOT_GAP } from '../layout/step-rows.js';
import type { StepRow } from '../layout/step-rows.js';
import type { Side } from './exits.js';
import type { Columns } from '../layout/columns.js';
import { GRID_CLEARANCE } from './grid.js';
import { clearOfBorders } from './ports.js';
import { bottom, centerY, type Box } from './geometry.js';
import type { FlowLayoutInput } from './route.js';

export interface RowPlace {
    page: number;
    top: number;
    height: number;
    symbol: Box;
    endCapsule?: Box;
}

export function placeRows(input: FlowLayoutInput): RowPlace[] {
    const { rows, columns, geometry } = input;
    const places: RowPlace[] = new Array(rows.length);
    input.frames.forEach((frame, page) => {
        frame.rowIndices.forEach((rowIndex, position) => {
            const row = rows[rowIndex];
            const top = frame.rowTops[position];
            const spanLeft = columns.x.lanes[row.lanes[0]] + geometry.gutter;
            const spanRight = columns.x.lanes[row.lanes[1]] + columns.lane - geometry.gutter;
            const cx = symbolCenterX(row, (spanLeft + spanRight) / 2, columns);
            const endBelow = row.end === 'below' ? END_SLOT_GAP + row.endSize.height + 4 : 0;
            const free = row.height - row.clearanceAbove - row.size.height - row.clearanceBelow - endBelow;
            const symbolTop = top + row.clearanceAbove + Math.max(0, free) / 2;
            const symbol: Box = { x: cx - row.size.width / 2, y: symbolTop, width: row.size.width, height: row.size.height };
            let endCapsule: Box | undefined;
            if (row.end === 'below') {
                endCapsule = { x: cx - row.endSize.width / 2, y: bottom(symbol) + END_SLOT_GAP, width: row.endSize.width, height: row.endSize.height };
            } else if (row.end === 'side') {
                const { lane } = endCapsuleLane(row, columns);
                const laneCenter = columns.x.lanes[lane] + columns.lane / 2;
                endCapsule = { x: laneCenter - row.endSize.width / 2, y: centerY(symbol) - row.endSize.height / 2, width: row.endSize.width, height: row.endSize.height };
            }
            places[rowIndex] = { page, top, height: row.height, symbol, endCapsule };
        });
    });
    return places;
}

/**
 * A symbol narrower than a lane (a diamond) drawn for several actors would sit on the border between
 * their lanes, its arrows vanishing into it: it goes to the middle of the lane nearest its span's centre.
 */
function symbolCenterX(row: StepRow, spanCenter: number, columns: Columns): number {
    if (clearOfBorders(spanCenter, columns) || row.size.width > columns.lane - 2 * GRID_CLEARANCE) return spanCenter;
    const middles = columns.x.lanes.slice(row.lanes[0], row.lanes[1] + 1).map(left => left + columns.lane / 2);
    return middles.sort((a, b) => Math.abs(a - spanCenter) - Math.abs(b - spanCenter))[0] ?? spanCenter;
}

/**
 * The lane beside a decision where its end capsule goes: the lane right of the ones the diamond is
 * drawn across (one lane, or its actors' span when it is drawn across theirs) if there is one, else
 * the one to their left.
 */
export function endCapsuleLane(row: StepRow, columns: Columns): { lane: number; side: Side } {
    const spanCenter = (columns.x.lanes[row.lanes[0]] + columns.x.lanes[row.lanes[1]] + columns.lane) / 2;
    const center = symbolCenterX(row, spanCenter, columns);
    const laneAt = (x: number) => Math.max(0, columns.x.lanes.findLastIndex(left => left <= x));
    const first = laneAt(center - row.size.width / 2 + 1);
    const last = laneAt(center + row.size.width / 2 - 1);
    if (last + 1 < columns.laneCount) {
        return { lane: last + 1, side: 'right' };
    }
    return { lane: Math.max(0, first - 1), side: 'left' };
}
