/**
 * mulberry32: a small deterministic PRNG of our own (no dependency), so that the fuzzer, the random
 * diagram cases and the benchmark's synthetic SOPs give the same numbers for the same seed on every
 * machine, and a failure can be replayed from its seed.
 */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
