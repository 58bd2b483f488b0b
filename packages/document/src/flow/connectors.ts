/**
 * Off-page connectors: the pentagons where an arrow leaves a page and where it resumes. In a band
 * they sit under (or over) their arrow where possible, side by side where several share a band.
 */
import type { Box } from './geometry.js';

export const CONNECTOR_SIZE = 22;
const GAP = 5;

export interface ConnectorRequest {
    page: number;
    band: 'top' | 'bottom';
    /** Where the arrow would like the connector's centre; NaN until its track is known. */
    preferredX: number;
    letter: string;
    role: 'out' | 'in';
    step: number;
    edgeIndex: number;
    /** The gutter run the connector continues, when it does (opaque to this module). */
    run?: unknown;
}

export function placeConnectors(
    requests: readonly ConnectorRequest[],
    bandOf: (request: ConnectorRequest) => { y: number; left: number; right: number },
): Map<ConnectorRequest, Box> {
    const placed = new Map<ConnectorRequest, Box>();
    const groups = new Map<string, ConnectorRequest[]>();
    for (const request of requests) {
        const key = `${request.page}:${request.band}`;
        groups.set(key, [...(groups.get(key) ?? []), request]);
    }
    for (const group of groups.values()) {
        const { y, left, right } = bandOf(group[0]);
        const sorted = [...group].sort((a, b) => a.preferredX - b.preferredX || a.letter.localeCompare(b.letter));
        const xs: number[] = [];
        for (const request of sorted) {
            const wanted = request.preferredX - CONNECTOR_SIZE / 2;
            const after = xs.length > 0 ? xs[xs.length - 1] + CONNECTOR_SIZE + GAP : left + 1;
            xs.push(Math.max(wanted, after, left + 1));
        }
        // Pushed past the right end of the lanes: slide the row of connectors back to the left.
        const overflow = xs.length > 0 ? xs[xs.length - 1] + CONNECTOR_SIZE - (right - 1) : 0;
        if (overflow > 0) {
            for (let index = xs.length - 1; index >= 0; index--) {
                const limit = index === xs.length - 1 ? right - 1 - CONNECTOR_SIZE : xs[index + 1] - GAP - CONNECTOR_SIZE;
                xs[index] = Math.max(left + 1, Math.min(xs[index], limit));
            }
        }
        sorted.forEach((request, index) => placed.set(request, { x: xs[index], y, width: CONNECTOR_SIZE, height: CONNECTOR_SIZE }));
    }
    return placed;
}
