/**
 * Branch labels ("Ya", "Tidak", "lengkap") go beside the first segment of their own arrow, where it
 * leaves the symbol: at the first candidate place along it that touches no symbol, connector, arrow
 * or other label, else at the least crowded one there; never anywhere else.
 */
import { LABEL_MAX_WIDTH, labelSize, wrapLabel } from '../layout/step-rows.js';
import type { PageDrawing, PlacedLabel } from './drawing.js';
import { LABEL } from '../layout/typography.js';
import { measureText } from '../fonts/text-metrics.js';
import type { Side } from './exits.js';
import type { Grid } from './grid.js';
import { boxesOverlap, polylineBoxes, type Box, type Point } from './geometry.js';
import type { PageFrame } from './route.js';

export interface LabelRequest {
    page: number;
    edgeIndex: number;
    /** The step the arrow leaves. */
    from: number;
    text: string;
    /** Where the arrow leaves its symbol: downwards, or to a side. */
    exit: 'bottom' | Side;
    anchor: Point;
}

const OFFSET = 3;
/** Off a sideways stretch far enough to clear an end capsule on it (half its height, and a gap). */
const FAR_OFFSET = 12;
/** How far apart the candidate places along the first segment are. */
const SLIDE_STEP = 6;

/** The length of the first segment of the label's own arrow on its page (0 when it cannot be found). */
function firstSegmentEnd(page: PageDrawing, request: LabelRequest): number {
    const [ax, ay] = request.anchor;
    const piece = page.pieces.find(candidate => candidate.edgeIndex === request.edgeIndex && candidate.starts === 'symbol'
        && Math.abs(candidate.points[0][0] - ax) < 0.5 && Math.abs(candidate.points[0][1] - ay) < 0.5);
    const next = piece?.points[1];
    return next ? Math.abs(next[0] - ax) + Math.abs(next[1] - ay) : 0;
}

export function placeLabels(requests: readonly LabelRequest[], pages: PageDrawing[], lanes: { left: number; right: number }, frames: readonly PageFrame[], grids: readonly Grid[]): void {
    // Labels of downward exits first: a sideways label has more places near its vertex to go to.
    const ordered = [...requests].sort((a, b) => Number(a.exit !== 'bottom') - Number(b.exit !== 'bottom'));
    for (const request of ordered) {
        const page = pages[request.page];
        // The label's own size first; smaller type only where a long word would meet a line at full size.
        let placed: PlacedLabel | undefined;
        let bestOverlap = Infinity;
        // What the label must keep clear of is the same at every size it tries.
        const obstacles = labelObstacles(page, grids[request.page]);
        attempts: for (const size of LABEL_SIZES) {
            for (const maxWidth of LABEL_WIDTHS) {
                // Narrower only where no word would be cut: "len-gkap" is worse than a label near a line.
                if (maxWidth < LABEL_MAX_WIDTH && request.text.split(/\s+/).some(word => measureText(word, { ...LABEL, size }) > maxWidth)) continue;
                const attempt = placeOne(request, page, size, maxWidth, ordered, lanes, frames, obstacles, grids[request.page]);
                if (attempt.overlap < bestOverlap) {
                    placed = attempt.label;
                    bestOverlap = attempt.overlap;
                }
                if (attempt.overlap === 0) break attempts;
            }
        }
        page.labels.push(placed!);
    }
}

/** Type sizes a label may take, largest first. */
const LABEL_SIZES = [LABEL.size, 8.5, 7.5];
/**
 * Widths a label may wrap to: its own first, then narrower (narrow lanes take a label over more
 * lines), and last on one long line, which fits in the strip over an end capsule where a label of
 * three lines beside a short stretch would cross the arrow leaving below.
 */
const LABEL_WIDTHS = [LABEL_MAX_WIDTH, 40, 2 * LABEL_MAX_WIDTH];

/** Symbols, connectors, arrows, grid lines and the labels already placed on the page. */
function labelObstacles(page: PageDrawing, grid: Grid): Obstacle[] {
    return [
        ...page.symbols.map(placed => ({ box: placed.box, diamond: placed.shape === 'decision' })),
        ...page.connectors.map(connector => ({ box: connector.box, diamond: false })),
        ...page.pieces.flatMap(piece => polylineBoxes(piece.points, 3)).map(box => ({ box, diamond: false })),
        // The grid too: a label struck through by a border is unreadable.
        ...gridBoxes(grid).map(box => ({ box, diamond: false })),
        // Text drawn may reach a little past its measured box: keep labels a hair apart.
        ...page.labels.map(label => ({ box: { x: label.box.x - 2, y: label.box.y - 2, width: label.box.width + 4, height: label.box.height + 4 }, diamond: false })),
    ];
}

function placeOne(request: LabelRequest, page: PageDrawing, size: number, maxWidth: number, ordered: readonly LabelRequest[], lanes: { left: number; right: number }, frames: readonly PageFrame[], obstacles: readonly Obstacle[], grid: Grid): { label: PlacedLabel; overlap: number } {
    {
        const font = { ...LABEL, size };
        const lines = wrapLabel(request.text, font, maxWidth);
        const { width, height } = labelSize(lines, font);
        const [ax, ay] = request.anchor;
        // Beside its own arrow where it leaves, and nowhere else: a label over the symbol reads as
        // belonging to the arrow that comes in. Candidates slide along the first segment, on either
        // side of it; tucked against a diamond's vertex, a label may reach over its box's empty corner.
        const tuck = request.exit !== 'bottom' ? Math.min(10, width / 2) : 0;
        const segmentEnd = firstSegmentEnd(page, request);
        const candidates: Array<[number, number]> = [];
        // Along a sideways stretch the label may reach past its end (over an end capsule's lane, say),
        // as long as it starts beside the stretch: a lane border across the stretch often leaves no other room.
        const lastSlide = request.exit === 'bottom' ? segmentEnd - height - 2 * OFFSET : segmentEnd - 2 * OFFSET - 4;
        for (let slide = 0; slide === 0 || slide <= lastSlide; slide += SLIDE_STEP) {
            if (request.exit === 'bottom') {
                // The side away from the decision's other, sideways branch: that label needs the room.
                const right: [number, number] = [ax + OFFSET, ay + 2 + slide];
                const left: [number, number] = [ax - OFFSET - width, ay + 2 + slide];
                candidates.push(...(sidewaysExit(ordered, request) === 'right' ? [left, right] : [right, left]));
            } else if (request.exit === 'right') {
                candidates.push([ax + OFFSET + slide, ay - 2 - height], [ax + OFFSET + slide, ay + 2]);
            } else {
                candidates.push([ax - OFFSET - width - slide, ay - 2 - height], [ax - OFFSET - width - slide, ay + 2]);
            }
        }
        // Over or under an end capsule the stretch runs into: a little further off the stretch.
        if (request.exit !== 'bottom') {
            for (let slide = 0; slide <= lastSlide; slide += SLIDE_STEP) {
                const x = request.exit === 'right' ? ax + OFFSET + slide : ax - OFFSET - width - slide;
                candidates.push([x, ay - FAR_OFFSET - height], [x, ay + FAR_OFFSET]);
            }
        }
        // A first segment too short for the label (another line runs close by): over or under the
        // vertex it leaves, further over the diamond each time and just clear of its slanted side.
        const source = page.symbols.find(placed => placed.step === request.from)?.box;
        const slope = source && source.width > 0 ? source.height / source.width : 0.7;
        for (const reach of [tuck, 16, 22]) {
            const lift = Math.max(7, Math.ceil(reach * slope) + 2);
            if (request.exit === 'right') {
                candidates.push([ax - reach, ay - lift - height], [ax - reach, ay + lift]);
            } else if (request.exit === 'left') {
                candidates.push([ax + reach - width, ay - lift - height], [ax + reach - width, ay + lift]);
            }
        }
        const topLimit = frames[request.page].topBand?.y ?? (frames[request.page].rowTops[0] ?? 0);
        let best: { box: Box; overlap: number } | undefined;
        for (const [x, y] of request.exit === 'bottom' ? candidates : besideStretchFirst(candidates, request, width, segmentEnd, grid)) {
            const box = {
                x: Math.max(lanes.left + 1, Math.min(x, lanes.right - 1 - width)),
                y: Math.max(topLimit + 1, y),
                width,
                height,
            };
            const overlap = obstacles.reduce((sum, obstacle) => sum + (obstacle.diamond && !touchesDiamond(box, obstacle.box) ? 0 : overlapArea(box, obstacle.box)), 0);
            if (!best || overlap < best.overlap) {
                best = { box, overlap };
            }
            if (overlap === 0) {
                break;
            }
        }
        return { label: { edgeIndex: request.edgeIndex, lines, box: best!.box, size }, overlap: best!.overlap };
    }
}

/**
 * A sideways label reads as its arrow's where it stands over the stretch itself, near the symbol it
 * leaves: places over the stretch in the symbol's own lane come first (tucked against the vertex,
 * too), then those over the stretch across a lane border, then those reaching past the stretch's
 * end (over what the arrow runs into, often an off-page connector). Otherwise in the order given.
 */
function besideStretchFirst(candidates: ReadonlyArray<[number, number]>, request: LabelRequest, width: number, segmentEnd: number, grid: Grid): Array<[number, number]> {
    const [ax, ay] = request.anchor;
    const rank = ([x]: [number, number]): number => {
        const within = request.exit === 'right' ? x + width <= ax + segmentEnd : x >= ax - segmentEnd;
        if (!within) return 2;
        const far = request.exit === 'right' ? x + width : x;
        const across = grid.vertical.some(line => line.y1 < ay && line.y2 > ay && (line.x - ax) * (line.x - far) < 0);
        return across ? 1 : 0;
    };
    const ranked = candidates.map((candidate, order) => ({ candidate, order, rank: rank(candidate) }));
    return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map(each => each.candidate);
}

/** The grid lines as thin boxes, a pixel either side. */
function gridBoxes(grid: Grid): Box[] {
    // Two pixels either side: glyphs reach a little past the line box the label was measured by.
    return [
        ...grid.horizontal.map(line => ({ x: line.x1, y: line.y - GRID_MARGIN, width: line.x2 - line.x1, height: 2 * GRID_MARGIN })),
        ...grid.vertical.map(line => ({ x: line.x - GRID_MARGIN, y: line.y1, width: 2 * GRID_MARGIN, height: line.y2 - line.y1 })),
    ];
}

const GRID_MARGIN = 2;

/** The side to which another label's arrow leaves the same step on the same page, if any. */
function sidewaysExit(requests: readonly LabelRequest[], request: LabelRequest): Side | undefined {
    const other = requests.find(candidate => candidate !== request && candidate.page === request.page && candidate.from === request.from && candidate.exit !== 'bottom');
    return other?.exit === 'bottom' ? undefined : other?.exit;
}

interface Obstacle {
    box: Box;
    /** A decision: only the diamond inside its box counts. */
    diamond: boolean;
}

/** Whether a box touches the diamond inscribed in `diamond` (with a pixel to spare). */
export function touchesDiamond(box: Box, diamond: Box): boolean {
    const cx = diamond.x + diamond.width / 2;
    const cy = diamond.y + diamond.height / 2;
    // The point of the box nearest the centre, coordinate by coordinate, decides (the diamond is convex and symmetric).
    const nearestX = Math.min(Math.max(cx, box.x), box.x + box.width);
    const nearestY = Math.min(Math.max(cy, box.y), box.y + box.height);
    return Math.abs(nearestX - cx) / (diamond.width / 2 + 1) + Math.abs(nearestY - cy) / (diamond.height / 2 + 1) < 1;
}

function overlapArea(a: Box, b: Box): number {
    if (!boxesOverlap(a, b)) {
        return 0;
    }
    const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    return Math.max(0, width) * Math.max(0, height);
}
