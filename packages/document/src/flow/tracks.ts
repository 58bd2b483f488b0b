/**
 * Vertical runs in a gutter get their own tracks where they overlap, like lanes on a road: an
 * interval colouring, greedy by start, which is optimal for intervals.
 */

export interface TrackRequest {
    /** Which gutter on which page: runs in different gutters never share tracks. */
    gutterKey: string;
    from: number;
    to: number;
}

const SEPARATION = 6;

/** The track index of every request and the number of tracks of each gutter. */
export function assignTracks(requests: readonly TrackRequest[]): { track: number[]; tracksPerGutter: Map<string, number> } {
    const track = new Array<number>(requests.length).fill(0);
    const tracksPerGutter = new Map<string, number>();
    const byGutter = new Map<string, number[]>();
    requests.forEach((request, index) => {
        const list = byGutter.get(request.gutterKey) ?? [];
        list.push(index);
        byGutter.set(request.gutterKey, list);
    });
    for (const [key, indices] of byGutter) {
        const spans = indices.map(index => ({ index, low: Math.min(requests[index].from, requests[index].to), high: Math.max(requests[index].from, requests[index].to) }));
        spans.sort((a, b) => a.low - b.low || a.high - b.high);
        const trackEnds: number[] = [];
        for (const span of spans) {
            let chosen = trackEnds.findIndex(end => end + SEPARATION <= span.low);
            if (chosen < 0) {
                chosen = trackEnds.length;
                trackEnds.push(span.high);
            } else {
                trackEnds[chosen] = span.high;
            }
            track[span.index] = chosen;
        }
        tracksPerGutter.set(key, trackEnds.length);
    }
    return { track, tracksPerGutter };
}
