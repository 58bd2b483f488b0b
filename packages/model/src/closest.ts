/** Closest-match suggestions for typos in units, labels and month names. */

/** Levenshtein edit distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
    for (let i = 1; i <= left.length; i++) {
        const current = [i];
        for (let j = 1; j <= right.length; j++) {
            const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[right.length];
}

/**
 * The candidate nearest to `written`, if it is near enough to be a typo: at most a third of the
 * longer word's letters differ (at least one edit is always allowed). Ties go to the earlier candidate.
 */
export function closestMatch(written: string, candidates: Iterable<string>): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(written, candidate);
        const allowed = Math.max(1, Math.floor(Math.max(written.length, candidate.length) / 3));
        if (distance <= allowed && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
