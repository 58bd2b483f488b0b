/** Small geometry of boxes and orthogonal polylines, shared by the layout and its checks. */
import type { Box, Point } from './types.js';

export const right = (box: Box) => box.x + box.width;
export const bottom = (box: Box) => box.y + box.height;
export const centreX = (box: Box) => box.x + box.width / 2;
export const centreY = (box: Box) => box.y + box.height / 2;

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
    return a.x < right(b) + margin && b.x < right(a) + margin && a.y < bottom(b) + margin && b.y < bottom(a) + margin;
}

export function inflate(box: Box, by: number): Box {
    return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** The axis-aligned box of a segment, thickened by `half` on each side. */
export function segmentBox(a: Point, b: Point, half = 0): Box {
    const x = Math.min(a.x, b.x) - half;
    const y = Math.min(a.y, b.y) - half;
    return { x, y, width: Math.abs(a.x - b.x) + 2 * half, height: Math.abs(a.y - b.y) + 2 * half };
}

export function segments(points: readonly Point[]): Array<[Point, Point]> {
    const result: Array<[Point, Point]> = [];
    for (let index = 1; index < points.length; index++) {
        result.push([points[index - 1], points[index]]);
    }
    return result;
}

/**
 * Whether a segment enters a node's shape by more than `inset` (touching the outline is how edges
 * start and end). A diamond's shape is the diamond, not its box.
 */
export function segmentEntersShape(a: Point, b: Point, box: Box, diamond: boolean, inset = 1.5): boolean {
    const inner = inflate(box, -inset);
    if (inner.width <= 0 || inner.height <= 0) return false;
    const seg = segmentBox(a, b);
    const xOverlap = Math.min(right(seg), right(inner)) - Math.max(seg.x, inner.x);
    const yOverlap = Math.min(bottom(seg), bottom(inner)) - Math.max(seg.y, inner.y);
    if (xOverlap < 0 || yOverlap < 0 || (xOverlap === 0 && yOverlap === 0)) return false;
    if (!diamond) return true;
    // The point of the segment nearest the diamond's centre decides (|dx|/hw + |dy|/hh < 1 inside).
    const cx = centreX(box);
    const cy = centreY(box);
    const nearX = Math.min(Math.max(cx, seg.x), right(seg));
    const nearY = Math.min(Math.max(cy, seg.y), bottom(seg));
    return Math.abs(nearX - cx) / (box.width / 2 - inset) + Math.abs(nearY - cy) / (box.height / 2 - inset) < 1;
}

/** Whether a box (a label) lies on a node's shape: for a diamond, on the diamond itself. */
export function boxTouchesShape(label: Box, box: Box, diamond: boolean): boolean {
    if (!boxesOverlap(label, box)) return false;
    if (!diamond) return true;
    const cx = centreX(box);
    const cy = centreY(box);
    const nearX = Math.min(Math.max(cx, label.x), right(label));
    const nearY = Math.min(Math.max(cy, label.y), bottom(label));
    return Math.abs(nearX - cx) / (box.width / 2) + Math.abs(nearY - cy) / (box.height / 2) < 1;
}

/** Length over which two axis-parallel segments lie on top of each other (0 when they only cross). */
export function collinearOverlap(a: [Point, Point], b: [Point, Point], tolerance = 1): number {
    const vertical = (s: [Point, Point]) => Math.abs(s[0].x - s[1].x) < 0.01;
    const horizontal = (s: [Point, Point]) => Math.abs(s[0].y - s[1].y) < 0.01;
    if (vertical(a) && vertical(b) && Math.abs(a[0].x - b[0].x) < tolerance) {
        return overlapLength(a[0].y, a[1].y, b[0].y, b[1].y);
    }
    if (horizontal(a) && horizontal(b) && Math.abs(a[0].y - b[0].y) < tolerance) {
        return overlapLength(a[0].x, a[1].x, b[0].x, b[1].x);
    }
    return 0;
}

function overlapLength(a1: number, a2: number, b1: number, b2: number): number {
    return Math.max(0, Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2)));
}

/** Drops repeated points and merges straight runs, so that every point left is a bend. */
export function simplify(points: readonly Point[]): Point[] {
    const result: Point[] = [];
    for (const point of points) {
        const last = result.at(-1);
        if (last && Math.abs(last.x - point.x) < 0.01 && Math.abs(last.y - point.y) < 0.01) continue;
        const before = result.at(-2);
        if (last && before && ((Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - point.x) < 0.01) || (Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - point.y) < 0.01))) {
            result[result.length - 1] = point;
            continue;
        }
        result.push(point);
    }
    return result;
}
