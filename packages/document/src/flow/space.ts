/**
 * What is already drawn on one page, and how badly a proposed arrow would fit in: the rules a
 * reviewer reads by. An arrow keeps 3 mm from any grid line it runs along, 3 mm from any other
 * arrow running beside it (arrows into the same entry may share their last stretch: they merge),
 * and clear of every symbol but where it starts and ends. Crossings are allowed, at a price.
 */
import type { Grid } from './grid.js';
import { GRID_CLEARANCE } from './grid.js';
import { bottom, right, segmentBox, type Box, type Point } from './geometry.js';

export interface Obstacle {
    box: Box;
    diamond: boolean;
    /** Which symbol this is: arrows may touch their own ends. */
    key: string;
    /** Room an arrow passing by keeps from it: SYMBOL_MARGIN, DIAMOND_MARGIN or CONNECTOR_MARGIN. */
    margin: number;
}

export interface PlacedSegment {
    a: Point;
    b: Point;
    edge: number;
    /** Where the arrow ends: arrows with the same end may run together into it. */
    end: string;
}

export interface Fit {
    /** Rules broken: 0 for an arrow a reviewer accepts. */
    violations: number;
    crossings: number;
    cost: number;
}

/**
 * Room kept between an arrow and a box it passes: closer than about 2 mm, a line along a box's side
 * reads as touching it. It is what the strip beside a box alone in a narrow lane holds between the
 * box and 3 mm off the lane's border (see symbols.ts).
 */
export const SYMBOL_MARGIN = 9;
/** As much past a diamond: an arrow close to a vertex without an exit reads as a third branch. */
export const DIAMOND_MARGIN = 9;
/** Less past an off-page connector: it stands beside its step, where the step's other arrows run. */
export const CONNECTOR_MARGIN = 4;
const EPSILON = 0.01;

export class PageSpace {
    readonly obstacles: Obstacle[] = [];
    readonly segments: PlacedSegment[] = [];
    private obstacleIndices = new Int32Array(0);
    private segmentIndices = new Int32Array(0);

    constructor(readonly grid: Grid) {}

    addObstacle(obstacle: Obstacle): void {
        this.obstacles.push(obstacle);
    }

    addArrow(points: readonly Point[], edge: number, end: string): void {
        for (let index = 1; index < points.length; index++) {
            this.segments.push({ a: points[index - 1], b: points[index], edge, end });
        }
    }

    /**
     * How well an arrow fits: `from` and `to` name the symbols it starts and ends at (touching them
     * there is how arrows attach).
     */
    fit(points: readonly Point[], edge: number, end: string, from: string, to: string): Fit {
        let violations = 0;
        let crossings = 0;
        const last = points.length - 1;
        // Only what comes near the arrow's bounding box can touch one of its segments: gathered
        // once, so that each segment is tested against a few symbols and arrows, not the page's all.
        let minX = Infinity;
        let minY = Infinity;
        let maxX = -Infinity;
        let maxY = -Infinity;
        for (let index = 0; index <= last; index++) {
            const x = points[index][0];
            const y = points[index][1];
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
            if (y < minY) minY = y;
            if (y > maxY) maxY = y;
        }
        const nearObstacles = this.nearObstacles;
        let obstacleCount = 0;
        for (let at = 0; at < this.obstacles.length; at++) {
            // An arrow's own ends may touch it (a negative margin): the obstacle's margin is the widest reach.
            const { box, margin } = this.obstacles[at];
            if (minX < box.x + box.width + margin && maxX > box.x - margin && minY < box.y + box.height + margin && maxY > box.y - margin) {
                nearObstacles[obstacleCount++] = at;
            }
        }
        const nearSegments = this.nearSegments;
        let segmentCount = 0;
        for (let at = 0; at < this.segments.length; at++) {
            // Running beside counts within GRID_CLEARANCE; a crossing lies inside the box.
            const other = this.segments[at];
            if (other.edge !== edge
                && Math.max(other.a[0], other.b[0]) + GRID_CLEARANCE >= minX && Math.min(other.a[0], other.b[0]) - GRID_CLEARANCE <= maxX
                && Math.max(other.a[1], other.b[1]) + GRID_CLEARANCE >= minY && Math.min(other.a[1], other.b[1]) - GRID_CLEARANCE <= maxY) {
                nearSegments[segmentCount++] = at;
            }
        }
        for (let index = 1; index <= last; index++) {
            const a = points[index - 1];
            const b = points[index];
            const vertical = a[0] === b[0];
            if (a[0] !== b[0] && a[1] !== b[1]) violations++;
            violations += this.gridViolations(a, b, vertical);
            for (let near = 0; near < obstacleCount; near++) {
                const obstacle = this.obstacles[nearObstacles[near]];
                const own = (index === 1 && obstacle.key === from) || (index === last && obstacle.key === to);
                if (segmentHits(a, b, obstacle, own ? -1.5 : obstacle.margin)) violations++;
            }
            for (let near = 0; near < segmentCount; near++) {
                const other = this.segments[nearSegments[near]];
                const otherVertical = other.a[0] === other.b[0];
                if (vertical === otherVertical) {
                    if (tooClose(a, b, other, vertical, end)) violations++;
                } else if (crosses(a, b, other, vertical)) {
                    crossings++;
                }
            }
        }
        return { violations, crossings, cost: routeCost(violations, crossings, points) };
    }

    /** Indices of the obstacles and segments near the arrow `fit` is testing, kept between calls. */
    private get nearObstacles(): Int32Array {
        if (this.obstacleIndices.length < this.obstacles.length) this.obstacleIndices = new Int32Array(2 * this.obstacles.length);
        return this.obstacleIndices;
    }

    private get nearSegments(): Int32Array {
        if (this.segmentIndices.length < this.segments.length) this.segmentIndices = new Int32Array(2 * this.segments.length);
        return this.segmentIndices;
    }

    /** The boxes of what the page holds (symbols, connectors, arrows), for a connector to keep clear of. */
    takenBoxes(): Box[] {
        return [...this.obstacles.map(obstacle => obstacle.box), ...this.segments.map(segment => segmentBox(segment.a, segment.b))];
    }

    /** What `fit` would price the arrow at if it broke no rule and crossed nothing: its price is never lower. */
    leastCost(points: readonly Point[]): number {
        return routeCost(0, 0, points);
    }

    private gridViolations(a: Point, b: Point, vertical: boolean): number {
        let count = 0;
        // Indexed loops and no destructuring: this runs for every segment of every candidate route,
        // mostly before V8 optimises it, when both allocate.
        if (vertical) {
            const low = Math.min(a[1], b[1]);
            const high = Math.max(a[1], b[1]);
            const lines = this.grid.vertical;
            for (let index = 0; index < lines.length; index++) {
                const line = lines[index];
                if (line.y1 < high && line.y2 > low && Math.abs(line.x - a[0]) < GRID_CLEARANCE - EPSILON) count++;
            }
        } else {
            const low = Math.min(a[0], b[0]);
            const high = Math.max(a[0], b[0]);
            const lines = this.grid.horizontal;
            for (let index = 0; index < lines.length; index++) {
                const line = lines[index];
                if (line.x1 < high && line.x2 > low && Math.abs(line.y - a[1]) < GRID_CLEARANCE - EPSILON) count++;
            }
        }
        return count;
    }
}

/** Rules broken weigh most, then crossings, then length and bends (one expression, so that `leastCost` rounds as `fit` does). */
function routeCost(violations: number, crossings: number, points: readonly Point[]): number {
    let length = 0;
    for (let index = 1; index < points.length; index++) {
        length += Math.abs(points[index][0] - points[index - 1][0]) + Math.abs(points[index][1] - points[index - 1][1]);
    }
    return violations * 1000 + crossings * 40 + length * 0.05 + (points.length - 2) * 4;
}

/** Two parallel segments closer than 3 mm over a common stretch; the shared last stretch of arrows into one entry is a merge. */
function tooClose(a: Point, b: Point, other: PlacedSegment, vertical: boolean, end: string): boolean {
    const along = vertical ? 1 : 0;
    const across = vertical ? 0 : 1;
    const overlap = Math.min(Math.max(a[along], b[along]), Math.max(other.a[along], other.b[along]))
        - Math.max(Math.min(a[along], b[along]), Math.min(other.a[along], other.b[along]));
    if (overlap <= EPSILON) return false;
    const gap = Math.abs(a[across] - other.a[across]);
    if (gap >= GRID_CLEARANCE - EPSILON) return false;
    return !(gap < EPSILON && other.end === end);
}

/** A perpendicular crossing inside both segments (touching at an end is not a crossing). */
export function crosses(a: Point, b: Point, other: { a: Point; b: Point }, vertical: boolean): boolean {
    const v1 = vertical ? a : other.a;
    const v2 = vertical ? b : other.b;
    const h1 = vertical ? other.a : a;
    const h2 = vertical ? other.b : b;
    return inside(v1[0], h1[0], h2[0]) && inside(h1[1], v1[1], v2[1]);
}

function inside(value: number, p: number, q: number): boolean {
    return value > Math.min(p, q) + 0.5 && value < Math.max(p, q) - 0.5;
}

/** Whether a segment comes within `margin` of a symbol (inside it by more than -margin when negative). */
export function segmentHits(a: Point, b: Point, obstacle: Obstacle, margin: number): boolean {
    const { box } = obstacle;
    const left = Math.min(a[0], b[0]);
    const top = Math.min(a[1], b[1]);
    const rightEdge = Math.max(a[0], b[0]);
    const bottomEdge = Math.max(a[1], b[1]);
    if (!(left < right(box) + margin && rightEdge > box.x - margin && top < bottom(box) + margin && bottomEdge > box.y - margin)) {
        return false;
    }
    if (!obstacle.diamond) return true;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const nearestX = Math.min(Math.max(cx, left), rightEdge);
    const nearestY = Math.min(Math.max(cy, top), bottomEdge);
    return Math.abs(nearestX - cx) / (box.width / 2 + margin) + Math.abs(nearestY - cy) / (box.height / 2 + margin) < 1;
}
