/**
 * Widths of the text columns (Kegiatan, Kelengkapan, Output, Keterangan) by need: the width they
 * share goes where it lowers the rows. A row is as tall as its tallest cell or its symbol, so width
 * given to a column that does not set any row's height is wasted; widening the column that does
 * shortens the row, and the page holds more steps.
 */

export type TextColumn = 'kegiatan' | 'kelengkapan' | 'output' | 'keterangan';
export const TEXT_COLUMNS: readonly TextColumn[] = ['kegiatan', 'kelengkapan', 'output', 'keterangan'];

export type TextWidths = Record<TextColumn, number>;

export interface TextDemand {
    /** Least width of each column: its title's words unbroken at full size, and readable text. */
    minWidths: TextWidths;
    /** Width each column would rather have: its longest word uncut. Given up before the minimums. */
    wordWidths: TextWidths;
    /** Per row, the height it needs whatever the text columns' widths: its symbol, number and waktu. */
    floors: readonly number[];
    /** Height each row's cell needs in `column` when the column is `width` px wide, written into `into` (whole pixels). */
    cellHeights(column: TextColumn, width: number, into: Int32Array): void;
}

export interface TextFit {
    widths: TextWidths;
    /** Total height of the rows with these widths. */
    rowsHeight: number;
    /** Total height of all text cells: among equally low rows, less wrapping reads better. */
    textHeight: number;
}

/** Widths moved at once, coarse to fine: a coarse move crosses plateaus where a fine one changes no row. */
const MOVES = [64, 32, 16, 8, 4, 2, 1];
/** Row lookups the starting grid may make: as fine a grid as this allows, so that long SOPs stay quick. */
const GRID_LOOKUPS = 1_000_000;
const GRID_STEPS = { fewest: 12, most: 16 };
/** Grid points the search starts from: the best few, as the best alone can lie on a slope to a poorer dip. */
const STARTS = 2;

/**
 * Shares `space` px between the text columns to minimise the total row height, then the total
 * text height. Starts from `start` resized to the space (the same rows with a little less room),
 * or else from the best points of a coarse grid; from each, moves width between columns while
 * that helps, best move first: from one column to another, and where no such move helps, from
 * two columns to a third or from one to two others (a row gets lower only when every cell that
 * sets its height gets wider). Deterministic: moves and starts are tried in a fixed order, and
 * ties keep the earlier.
 */
export function fitTextWidths(space: number, demand: TextDemand, heights = new RowHeights(demand), start?: TextWidths): TextFit {
    const mins = minimums(space, demand);
    if (sum(mins) >= space) {
        // No room to choose.
        return heights.fit(widthsOf(scaled(mins, space)));
    }
    const starts = start ? [resized(TEXT_COLUMNS.map(column => start[column]), mins, space)] : gridStarts(space, mins, heights);
    // The moves read widths from typed arrays: one kind of array whatever the numbers, so that V8
    // compiles the search once (plain arrays of whole numbers come in kinds it must compile for anew).
    // Widths are whole pixels (the page's width is, and every minimum is rounded up).
    const minimum = Int32Array.from(mins);
    let best: TextFit | undefined;
    for (const first of starts) {
        let current: Int32Array = Int32Array.from(first);
        for (let next: Int32Array | undefined = current; next; next = bestMove(current, SINGLE_MOVES, minimum, heights) ?? bestMove(current, DOUBLE_MOVES, minimum, heights)) {
            current = next;
        }
        const fit = heights.fit(widthsOf(spareToKegiatan(current, mins, heights)));
        if (!best || better(fit, best)) {
            best = fit;
        }
    }
    return best!;
}

/**
 * Width that no cell needs goes to Kegiatan, the column people read: every other column narrows
 * to the least width at which its cells keep their heights (an empty Keterangan to its minimum).
 */
function spareToKegiatan(widths: ArrayLike<number>, mins: readonly number[], heights: RowHeights): number[] {
    const result = Array.from(widths);
    for (let column = 1; column < result.length; column++) {
        const keeps = (width: number) => heights.column(column, width).every((height, row) => height === heights.column(column, result[column])[row]);
        // Cells never get taller as their column widens: the widths that keep the heights are one stretch.
        let low = mins[column];
        let high = result[column];
        while (low < high) {
            const middle = Math.floor((low + high) / 2);
            if (keeps(middle)) high = middle; else low = middle + 1;
        }
        result[0] += result[column] - low;
        result[column] = low;
    }
    return result;
}

/**
 * Each column's minimum, raised to keep its longest word uncut as far as the space allows: when
 * it does not allow all, every column gives up the same share of what its words would add.
 */
function minimums(space: number, demand: TextDemand): number[] {
    const least = TEXT_COLUMNS.map(column => demand.minWidths[column]);
    const wanted = TEXT_COLUMNS.map(column => Math.max(demand.minWidths[column], demand.wordWidths[column]));
    if (sum(wanted) <= space) {
        return wanted;
    }
    if (sum(least) >= space) {
        return least;
    }
    const share = (space - sum(least)) / (sum(wanted) - sum(least));
    return least.map((width, index) => width + Math.floor((wanted[index] - width) * share));
}

function sum(widths: readonly number[]): number {
    return widths.reduce((total, width) => total + width, 0);
}

function widthsOf(widths: readonly number[]): TextWidths {
    return Object.fromEntries(TEXT_COLUMNS.map((column, index) => [column, widths[index]])) as TextWidths;
}

function better(a: TextFit, b: TextFit): boolean {
    return a.rowsHeight < b.rowsHeight || (a.rowsHeight === b.rowsHeight && a.textHeight < b.textHeight);
}

/** What each column gains (or loses), in the order of TEXT_COLUMNS. */
type Move = readonly number[];

function bestMove(current: Int32Array, moves: readonly Move[], mins: Int32Array, heights: RowHeights): Int32Array | undefined {
    let best: Move | undefined;
    let bestCost = heights.cost(current[0], current[1], current[2], current[3]);
    // Whether widening each column by each amount lowers one of its cells, asked once per column
    // and amount: a thousand moves share a few dozen amounts.
    const lowering = new Int8Array(4 * GAIN_SLOTS).fill(UNKNOWN);
    for (let index = 0; index < moves.length; index++) {
        const move = moves[index];
        const a = current[0] + move[0];
        const b = current[1] + move[1];
        const c = current[2] + move[2];
        const d = current[3] + move[3];
        if (a < mins[0] || b < mins[1] || c < mins[2] || d < mins[3]) {
            continue;
        }
        // Cells never get taller as their column widens, nor lower as it narrows: unless a column
        // that gains width lowers one of its cells, no row gets lower and no text shorter.
        let lowers = false;
        for (let column = 0; column < 4 && !lowers; column++) {
            const gain = move[column];
            if (gain > 0) {
                const slot = column * GAIN_SLOTS + gain;
                if (lowering[slot] === UNKNOWN) {
                    lowering[slot] = heights.lowers(column, current[column], current[column] + gain) ? 1 : 0;
                }
                lowers = lowering[slot] === 1;
            }
        }
        if (!lowers) {
            continue;
        }
        const cost = heights.cost(a, b, c, d);
        if (cost < bestCost) {
            bestCost = cost;
            best = move;
        }
    }
    return best && current.map((width, index) => width + best[index]);
}

/**
 * A move: `changes` (column and width) added to no change. Built in plain loops: the tables below
 * are made at every start, before V8 optimises anything (as nested flatMaps they took 3-4 ms).
 */
function moveOf(...changes: Array<[number, number]>): Move {
    const move = [0, 0, 0, 0];
    for (let index = 0; index < changes.length; index++) {
        move[changes[index][0]] += changes[index][1];
    }
    return move;
}

/** Width from one column to another: each amount, largest first, for each ordered pair of columns. */
const SINGLE_MOVES: readonly Move[] = (() => {
    const moves: Move[] = [];
    for (const amount of MOVES) {
        for (let from = 0; from < 4; from++) {
            for (let to = 0; to < 4; to++) {
                if (to !== from) moves.push(moveOf([from, -amount], [to, amount]));
            }
        }
    }
    return moves;
})();

/** Answers kept per column in `bestMove`: every gain a move gives, 1 to twice the largest move. */
const GAIN_SLOTS = 2 * MOVES[0] + 1;
const UNKNOWN = -1;

/** Width from two columns to a third, and from one column to two others. */
const DOUBLE_MOVES: readonly Move[] = (() => {
    const moves: Move[] = [];
    for (const first of MOVES) {
        for (const second of MOVES) {
            for (let one = 0; one < 4; one++) {
                for (let two = 0; two < 4; two++) {
                    for (let three = two + 1; three < 4; three++) {
                        if (one === two || one === three) continue;
                        moves.push(moveOf([two, -first], [three, -second], [one, first + second]));
                        moves.push(moveOf([one, -first - second], [two, first], [three, second]));
                    }
                }
            }
        }
    }
    return moves;
})();

/** The best widths on a grid over every way to share the width above the minimums. */
function gridStarts(space: number, mins: readonly number[], heights: RowHeights): number[][] {
    const extra = space - sum(mins);
    // Points of the grid: about steps³ / 6, each looking up every row in four columns.
    const steps = Math.min(GRID_STEPS.most, Math.max(GRID_STEPS.fewest, Math.floor(Math.cbrt(6 * GRID_LOOKUPS / (4 * Math.max(1, heights.rows))))));
    const step = Math.max(1, Math.ceil(extra / steps));
    const top: Array<{ cost: number; widths: number[] }> = [];
    // Each row's height as its floor, Kegiatan and Kelengkapan set it, at one a and b.
    const base = new Int32Array(heights.rows);
    for (let a = 0; a <= extra; a += step) {
        for (let b = 0; a + b <= extra; b += step) {
            const baseTotal = heights.base(mins[0] + a, mins[1] + b, base);
            // Along c, Output and Keterangan share what a and b leave; neither gets wider than it
            // is at one end of the line, and cells never get taller as their column widens: the
            // cost with both at those widths is a bound no point of the line goes below.
            const room = extra - a - b;
            if (top.length === STARTS && heights.costOver(base, baseTotal, mins[2] + room - room % step, mins[3] + room) >= top[top.length - 1].cost) {
                continue;
            }
            // The cost at the point before along c, or a lower bound of it.
            let least = -Infinity;
            for (let c = 0; c <= room; c += step) {
                // A step along c gives Output the width Keterangan loses: where no Output cell gets
                // lower, the cost is no lower than the point before's, and no better start.
                if (c > 0 && top.length === STARTS && least >= top[top.length - 1].cost && !heights.lowers(2, mins[2] + c - step, mins[2] + c)) {
                    continue;
                }
                const cost = heights.costOver(base, baseTotal, mins[2] + c, mins[3] + room - c);
                least = cost;
                if (top.length < STARTS || cost < top[top.length - 1].cost) {
                    // Kept in order by cost (a stable insertion: ties keep the earlier point first).
                    let at = top.length;
                    while (at > 0 && top[at - 1].cost > cost) at--;
                    top.splice(at, 0, { cost, widths: [mins[0] + a, mins[1] + b, mins[2] + c, mins[3] + room - c] });
                    if (top.length > STARTS) top.pop();
                }
            }
        }
    }
    return top.map(each => each.widths);
}

/** Widths made to add up to `space`: what is missing or too much is shared by the width above the minimums. */
function resized(widths: readonly number[], mins: readonly number[], space: number): number[] {
    const above = widths.map((width, index) => Math.max(0, width - mins[index]));
    const extra = space - sum(mins);
    const result = mins.map((min, index) => min + Math.floor(sum(above) > 0 ? above[index] * extra / sum(above) : extra / mins.length));
    result[0] += space - sum(result);
    return result;
}

/** The total text height fits below this; the total row height counts in units of it. */
const TEXT_HEIGHT_RANGE = 1e8;

/** Cell heights per column and width, each width laid out once (share one between fits of the same rows). */
export class RowHeights {
    private readonly byColumn: Array<Array<ColumnHeights | undefined>> = TEXT_COLUMNS.map(() => []);
    readonly rows: number;
    /** Whole pixels, in a typed array as the cells' heights are (see ColumnHeights). */
    private readonly floors: Int32Array;

    constructor(private readonly demand: TextDemand) {
        this.rows = demand.floors.length;
        this.floors = Int32Array.from(demand.floors);
    }

    /** Total row height then total text height, as one number to compare. */
    cost(kegiatan: number, kelengkapan: number, output: number, keterangan: number): number {
        const a = this.heightsAt(0, kegiatan);
        const b = this.heightsAt(1, kelengkapan);
        const c = this.heightsAt(2, output);
        const d = this.heightsAt(3, keterangan);
        const floors = this.floors;
        // Plain reads, no destructuring: the planner mostly runs before V8 optimises it, and an
        // interpreted destructuring allocates on each of the thousands of calls.
        const aCells = a.cells;
        const bCells = b.cells;
        const cCells = c.cells;
        const dCells = d.cells;
        let rowsHeight = 0;
        for (let row = 0; row < floors.length; row++) {
            rowsHeight += Math.max(floors[row], aCells[row], bCells[row], cCells[row], dCells[row]);
        }
        return rowsHeight * TEXT_HEIGHT_RANGE + a.total + b.total + c.total + d.total;
    }

    /**
     * Fills `into` with each row's height as its floor, Kegiatan and Kelengkapan set it, and returns
     * those two columns' text height: `costOver` then adds Output and Keterangan. The same cost as
     * `cost` (whole pixels: sums and maxima are exact in any order), for the grid, which tries many
     * Output widths at one Kegiatan and Kelengkapan.
     */
    base(kegiatan: number, kelengkapan: number, into: Int32Array): number {
        const a = this.heightsAt(0, kegiatan);
        const b = this.heightsAt(1, kelengkapan);
        const floors = this.floors;
        const aCells = a.cells;
        const bCells = b.cells;
        for (let row = 0; row < floors.length; row++) {
            into[row] = Math.max(floors[row], aCells[row], bCells[row]);
        }
        return a.total + b.total;
    }

    costOver(base: Int32Array, baseTotal: number, output: number, keterangan: number): number {
        const c = this.heightsAt(2, output);
        const d = this.heightsAt(3, keterangan);
        const cCells = c.cells;
        const dCells = d.cells;
        let rowsHeight = 0;
        for (let row = 0; row < base.length; row++) {
            rowsHeight += Math.max(base[row], cCells[row], dCells[row]);
        }
        return rowsHeight * TEXT_HEIGHT_RANGE + baseTotal + c.total + d.total;
    }

    fit(widths: TextWidths): TextFit {
        const cost = this.cost(widths.kegiatan, widths.kelengkapan, widths.output, widths.keterangan);
        const rowsHeight = Math.floor(cost / TEXT_HEIGHT_RANGE);
        return { widths, rowsHeight, textHeight: cost - rowsHeight * TEXT_HEIGHT_RANGE };
    }

    /**
     * Whether widening `column` from `from` to `to` lowers any of its cells: cells only get lower
     * as their column widens, so any that does lowers their sum.
     */
    lowers(column: number, from: number, to: number): boolean {
        return to > from && this.heightsAt(column, to).total !== this.heightsAt(column, from).total;
    }

    /** The cells' heights in a column (by its place in TEXT_COLUMNS) at a width. */
    column(column: number, width: number): Int32Array {
        return this.heightsAt(column, width).cells;
    }

    private heightsAt(column: number, width: number): ColumnHeights {
        let heights = this.byColumn[column][width];
        if (!heights) {
            const cells = new Int32Array(this.rows);
            this.demand.cellHeights(TEXT_COLUMNS[column], width, cells);
            heights = { cells, total: cells.reduce((sum, height) => sum + height, 0) };
            this.byColumn[column][width] = heights;
        }
        return heights;
    }
}

/**
 * A column's cell heights at one width, and their sum: the text height a cost counts. Cell heights
 * are whole pixels, so that the sum is exact in whatever order it is taken; kept as 32-bit integers,
 * which the planner, mostly run before V8 optimises it, reads without boxing each into a heap
 * number (as it does every read of a Float64Array).
 */
interface ColumnHeights {
    cells: Int32Array;
    total: number;
}

/** Widths shrunk or grown alike to fill `space` exactly (Kegiatan takes the odd pixels). */
export function scaled(widths: readonly number[], space: number): number[] {
    const total = sum(widths);
    const result = widths.map(width => Math.max(1, Math.floor(width * space / total)));
    // So many lanes that the text has no room at all: a pixel each, and the table runs past the page.
    result[0] = Math.max(1, result[0] + space - sum(result));
    return result;
}
