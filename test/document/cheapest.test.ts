/** The router's search for the cheapest route: the same choice as pricing every candidate, for fewer prices. */
import { describe, expect, it } from 'vitest';
import { cheapest } from '../../packages/document/src/flow/cheapest.js';
import { seededRandom } from '../support/seeded-random.js';

describe('cheapest candidate', () => {
    it('picks what pricing them all picks (the least price, the first among equal ones), pricing fewer', () => {
        const next = seededRandom(35);
        let priced = 0;
        let candidates = 0;
        for (let round = 0; round < 300; round++) {
            // Prices in a few steps, so that ties are common; each bound at most its price.
            const items = Array.from({ length: Math.floor(next() * 40) }, () => {
                const price = Math.floor(next() * 6) * 40 + (next() < 0.5 ? 1000 : 0);
                return { price, bound: price - Math.floor(next() * 3) * 40 * (next() < 0.5 ? 1 : 0) };
            });
            let expected: { candidate: (typeof items)[number]; cost: number } | undefined;
            for (const item of items) {
                if (!expected || item.price < expected.cost) expected = { candidate: item, cost: item.price };
            }
            const found = cheapest(items, item => item.bound, item => {
                priced++;
                return item.price;
            });
            expect(found?.candidate).toBe(expected?.candidate);
            expect(found?.cost).toBe(expected?.cost);
            candidates += items.length;
        }
        expect(priced).toBeLessThan(candidates);
    });
});
