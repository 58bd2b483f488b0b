/** Plain geometry for the flowchart: boxes, points, and the tests for overlap the router relies on. */

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

export type Point = readonly [number, number];

export const right = (box: Box) => box.x + box.width;
export const bottom = (box: Box) => box.y + box.height;
export const centerX = (box: Box) => box.x + box.width / 2;
export const centerY = (box: Box) => box.y + box.height / 2;

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
    return a.x < right(b) + margin && b.x < right(a) + margin && a.y < bottom(b) + margin && b.y < bottom(a) + margin;
}

/** The box a straight, axis-aligned segment covers, `thickness` wide. */
export function segmentBox(from: Point, to: Point, thickness = 1): Box {
    const x = Math.min(from[0], to[0]) - thickness / 2;
    const y = Math.min(from[1], to[1]) - thickness / 2;
    return { x, y, width: Math.abs(to[0] - from[0]) + thickness, height: Math.abs(to[1] - from[1]) + thickness };
}

/** The boxes of every segment of an orthogonal polyline. */
export function polylineBoxes(points: readonly Point[], thickness = 1): Box[] {
    const boxes: Box[] = [];
    for (let index = 1; index < points.length; index++) {
        boxes.push(segmentBox(points[index - 1], points[index], thickness));
    }
    return boxes;
}

/** Drops repeated points and points in the middle of a straight run. */
export function simplify(points: readonly Point[]): Point[] {
    const unique = points.filter((point, index) => index === 0 || point[0] !== points[index - 1][0] || point[1] !== points[index - 1][1]);
    return unique.filter((point, index) => {
        if (index === 0 || index === unique.length - 1) return true;
        const [before, after] = [unique[index - 1], unique[index + 1]];
        return !((before[0] === point[0] && point[0] === after[0]) || (before[1] === point[1] && point[1] === after[1]));
    });
}
