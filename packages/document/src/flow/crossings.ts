/**
 * Where drawn arrows meet: a small line jump where a horizontal stretch crosses a vertical one of
 * another arrow (the horizontal hops over), and a junction dot where arrows into the same entry
 * join before they reach it.
 */
import type { FlowPiece } from './drawing.js';
import type { Point } from './geometry.js';
import { crosses } from './space.js';

export function lineJumps(pieces: readonly FlowPiece[]): Point[] {
    const hops: Point[] = [];
    for (const piece of pieces) {
        for (let index = 1; index < piece.points.length; index++) {
            const [a, b] = [piece.points[index - 1], piece.points[index]];
            if (a[1] !== b[1] || a[0] === b[0]) continue;
            for (const other of pieces) {
                if (other === piece || other.edgeIndex === piece.edgeIndex) continue;
                for (let k = 1; k < other.points.length; k++) {
                    const [c, d] = [other.points[k - 1], other.points[k]];
                    if (c[0] !== d[0] || c[1] === d[1]) continue;
                    if (crosses(a, b, { a: c, b: d }, false)) hops.push([c[0], a[1]]);
                }
            }
        }
    }
    return dedupe(hops);
}

/** Where the last stretch of one arrow joins the last stretch of another into the same point. */
export function junctions(pieces: readonly FlowPiece[]): Point[] {
    const dots: Point[] = [];
    const byEnd = new Map<string, FlowPiece[]>();
    for (const piece of pieces) {
        const end = piece.points[piece.points.length - 1];
        const key = `${end[0]},${end[1]}`;
        byEnd.set(key, [...(byEnd.get(key) ?? []), piece]);
    }
    for (const group of byEnd.values()) {
        for (let i = 0; i < group.length; i++) {
            for (let j = i + 1; j < group.length; j++) {
                const dot = joinPoint(group[i].points, group[j].points);
                if (dot) dots.push(dot);
            }
        }
    }
    return dedupe(dots);
}

/** The far end of the stretch two polylines share before their common end point, if they share one. */
function joinPoint(first: readonly Point[], second: readonly Point[]): Point | undefined {
    const end = first[first.length - 1];
    const a = first[first.length - 2];
    const b = second[second.length - 2];
    if (!a || !b) return undefined;
    const horizontal = a[1] === end[1] && b[1] === end[1];
    const vertical = a[0] === end[0] && b[0] === end[0];
    if (!horizontal && !vertical) return undefined;
    const axis = horizontal ? 0 : 1;
    if (Math.sign(a[axis] - end[axis]) !== Math.sign(b[axis] - end[axis])) return undefined;
    const nearer = Math.abs(a[axis] - end[axis]) < Math.abs(b[axis] - end[axis]) ? a : b;
    return nearer;
}

function dedupe(points: Point[]): Point[] {
    const seen = new Set<string>();
    return points.filter(point => {
        const key = `${point[0].toFixed(2)},${point[1].toFixed(2)}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}
