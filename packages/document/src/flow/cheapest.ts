/**
 * The cheapest of many candidates, found without pricing them all. Pricing an arrow means testing
 * it against everything on its page, and an arrow has hundreds of candidate shapes (every channel,
 * every side, every entry); a lower bound of each one's price is cheap (its length and bends, as if
 * it broke no rule). Candidates are priced in the order of their bounds, until the next bound is
 * above the best price found: no candidate left can then beat it, nor tie with it.
 */
export function cheapest<Candidate>(candidates: readonly Candidate[], bound: (candidate: Candidate) => number, price: (candidate: Candidate) => number): { candidate: Candidate; cost: number } | undefined {
    // A stable sort: among equal bounds, the order in which the candidates came.
    const ordered = candidates.map((candidate, index) => ({ candidate, index, bound: bound(candidate) })).sort((a, b) => a.bound - b.bound);
    let best: { candidate: Candidate; cost: number; index: number } | undefined;
    for (const { candidate, index, bound: least } of ordered) {
        if (best && least > best.cost) break;
        const cost = price(candidate);
        // As if priced in their own order: the least cost, and the first candidate among equals.
        if (!best || cost < best.cost || (cost === best.cost && index < best.index)) {
            best = { candidate, cost, index };
        }
    }
    return best && { candidate: best.candidate, cost: best.cost };
}
