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

/**
 * Where two polylines with one end point come together: walking back from that end along the
 * stretches they share, the point where one of them leaves the other. Undefined when they share no
 * stretch (they come into the end from different sides).
 */
function joinPoint(first: readonly Point[], second: readonly Point[]): Point | undefined {
    let i = first.length - 1;
    let j = second.length - 1;
    while (i > 0 && j > 0) {
        const at = first[i];
        const [a, b] = [first[i - 1], second[j - 1]];
        const horizontal = a[1] === at[1] && b[1] === at[1];
        const vertical = a[0] === at[0] && b[0] === at[0];
        const axis = horizontal ? 0 : 1;
        if ((!horizontal && !vertical) || Math.sign(a[axis] - at[axis]) !== Math.sign(b[axis] - at[axis])) {
            // They came to this point from different directions: they join here, unless it is the end itself.
            return i === first.length - 1 ? undefined : at;
        }
        if (a[axis] !== b[axis]) {
            // One turns off before the other: where the nearer one turns, it joins the other's line.
            return Math.abs(a[axis] - at[axis]) < Math.abs(b[axis] - at[axis]) ? a : b;
        }
        i--;
        j--;
    }
    // One polyline lies wholly along the other: it joins where it starts.
    return i === 0 ? first[0] : second[0];
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
