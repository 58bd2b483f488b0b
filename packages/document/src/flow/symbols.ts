/**
 * The five SOP AP symbols, sized for a lane: capsule (terminator) for the first step and for a
 * step that ends the SOP, rectangle (process), diamond (decision); arrows and off-page pentagons
 * are drawn by the router.
 */
import type { Edge, Step } from '@sop-ap/model';

export type SymbolShape = 'terminator' | 'process' | 'decision';

export interface LaneGeometry {
    /** Width of one lane. */
    lane: number;
    /** Free strip on each side of a lane where jumps run vertically. */
    gutter: number;
}

export function laneGeometry(laneWidth: number): LaneGeometry {
    return { lane: laneWidth, gutter: Math.round(Math.min(16, Math.max(7, laneWidth * 0.15))) };
}

export interface SymbolSize {
    width: number;
    height: number;
}

/**
 * A step is drawn as a capsule when it starts the SOP or when its only way on is the end; a
 * decision always stays a diamond.
 */
export function shapeOf(step: Step, outgoing: readonly Edge[]): SymbolShape {
    if (step.kind === 'decision') {
        return 'decision';
    }
    const ends = outgoing.length > 0 && outgoing.every(edge => edge.to === 'end');
    return step.number === 1 || ends ? 'terminator' : 'process';
}

/** The symbol's size for a span of `lanes` lanes. */
export function symbolSize(shape: SymbolShape, geometry: LaneGeometry, lanes: number): SymbolSize {
    const area = geometry.lane * lanes - 2 * geometry.gutter;
    switch (shape) {
        case 'process':
            return { width: Math.max(16, Math.min(area - 6, lanes > 1 ? area - 6 : 76)), height: 28 };
        case 'terminator':
            return { width: Math.max(16, Math.min(area - 6, lanes > 1 ? area - 6 : 68)), height: 24 };
        case 'decision':
            return { width: Math.max(20, Math.min(area - 4, 50)), height: 34 };
    }
}

/** Size of the small end capsule drawn for a decision whose branch ends the SOP. */
export function endCapsuleSize(geometry: LaneGeometry): SymbolSize {
    const area = geometry.lane - 2 * geometry.gutter;
    return { width: Math.max(16, Math.min(area - 6, 52)), height: 20 };
}
