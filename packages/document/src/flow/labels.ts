/**
 * Branch labels ("Ya", "Tidak", "lengkap") go next to where their arrow leaves the symbol, at the
 * first of a few candidate places that touches no symbol, connector, arrow or other label.
 */
import { LABEL_LINE } from '../layout/typography.js';
import { labelSize, wrapLabel } from '../layout/step-rows.js';
import type { PageDrawing } from './drawing.js';
import type { Side } from './edge-kinds.js';
import { boxesOverlap, polylineBoxes, type Box, type Point } from './geometry.js';
import type { PageFrame } from './route.js';

export interface LabelRequest {
    page: number;
    edgeIndex: number;
    text: string;
    /** Where the arrow leaves its symbol: downwards, or to a side. */
    exit: 'bottom' | Side;
    anchor: Point;
    /** The symbol the arrow leaves: a label may also sit beside its corner. */
    symbol: Box;
}

const OFFSET = 3;

export function placeLabels(requests: readonly LabelRequest[], pages: PageDrawing[], lanes: { left: number; right: number }, frames: readonly PageFrame[]): void {
    for (const request of requests) {
        const page = pages[request.page];
        const lines = wrapLabel(request.text);
        const { width, height } = labelSize(lines);
        const [ax, ay] = request.anchor;
        const symbol = request.symbol;
        const centre = symbol.x + symbol.width / 2;
        // Beside the arrow where it leaves; failing that, over or under the symbol on that side.
        // Tucked against a diamond's vertex, a label may reach over the empty corner of its box.
        const tuck = request.exit !== 'bottom' ? Math.min(10, width / 2) : 0;
        const candidates: Array<[number, number]> = request.exit === 'bottom'
            ? [[ax + OFFSET, ay + 2], [ax - OFFSET - width, ay + 2], [ax + OFFSET, ay + 2 + LABEL_LINE], [ax - OFFSET - width, ay + 2 + LABEL_LINE]]
            : request.exit === 'right'
                ? [[ax + OFFSET, ay - 2 - height], [ax + OFFSET, ay + 2],
                    [ax - tuck, ay - 7 - height], [ax - tuck, ay + 7],
                    [centre + 2, symbol.y - height - 1], [centre + 2, symbol.y + symbol.height + 1],
                    [symbol.x + symbol.width - width, symbol.y - height - 1], [symbol.x + symbol.width - width, symbol.y + symbol.height + 1],
                    [ax + OFFSET, ay - 2 - height - LABEL_LINE], [ax + OFFSET, ay + 2 + LABEL_LINE]]
                : [[ax - OFFSET - width, ay - 2 - height], [ax - OFFSET - width, ay + 2],
                    [ax + tuck - width, ay - 7 - height], [ax + tuck - width, ay + 7],
                    [centre - 2 - width, symbol.y - height - 1], [centre - 2 - width, symbol.y + symbol.height + 1],
                    [symbol.x, symbol.y - height - 1], [symbol.x, symbol.y + symbol.height + 1],
                    [ax - OFFSET - width, ay - 2 - height - LABEL_LINE], [ax - OFFSET - width, ay + 2 + LABEL_LINE]];
        const obstacles: Obstacle[] = [
            ...page.symbols.map(placed => ({ box: placed.box, diamond: placed.shape === 'decision' })),
            ...page.connectors.map(connector => ({ box: connector.box, diamond: false })),
            ...page.pieces.flatMap(piece => polylineBoxes(piece.points, 3)).map(box => ({ box, diamond: false })),
            ...page.labels.map(label => ({ box: label.box, diamond: false })),
        ];
        const topLimit = frames[request.page].topBand?.y ?? (frames[request.page].rowTops[0] ?? 0);
        let best: { box: Box; overlap: number } | undefined;
        for (const [x, y] of candidates) {
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
        page.labels.push({ edgeIndex: request.edgeIndex, lines, box: best!.box });
    }
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
