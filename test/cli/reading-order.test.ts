/**
 * The index page lists SOPs by unit and title in ICU's order for Indonesian, and compares plain
 * ASCII text without asking ICU (compile/reading-order.ts): both must give the same order.
 */
import { describe, expect, it } from 'vitest';
import { compareForReading } from '../../packages/cli/src/compile/reading-order.js';
import { exampleFiles } from '../support/examples.js';

const icu = new Intl.Collator('id');
const sign = (value: number) => Math.sign(value);

describe('reading order of the index page', () => {
    it('orders the titles and units of the examples as ICU does', () => {
        const texts = Object.values(exampleFiles()).flatMap(text => [...text.matchAll(/^\s*(?:sop \w+|unit) "([^"]+)"/gm)].map(match => match[1]));
        expect(texts.length).toBeGreaterThan(29);
        expect([...texts].sort(compareForReading)).toEqual([...texts].sort((a, b) => icu.compare(a, b)));
    });

    it('agrees with ICU on every pair of seeded random ASCII texts: case, spaces, punctuation and digits', () => {
        const alphabet = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
        let seed = 20261129;
        const random = (below: number) => {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            return seed % below;
        };
        const text = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
        const disagreements: string[] = [];
        for (let round = 0; round < 20_000; round++) {
            const a = text(1 + random(6));
            // Pairs that share a start or differ only in case are where orders part.
            const b = random(3) === 0 ? [...a].map(character => random(2) ? character.toUpperCase() : character.toLowerCase()).join('')
                : a.slice(0, random(a.length + 1)) + text(random(4));
            if (sign(compareForReading(a, b)) !== sign(icu.compare(a, b))) disagreements.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
        }
        expect(disagreements).toEqual([]);
    });

    it('asks ICU about other text: accents and other scripts sort among the letters', () => {
        const titles = ['Zonasi Sekolah', 'Évaluasi Kinerja', 'Arsip Dinamis', 'evaluasi kinerja', 'Ekspedisi'];
        expect([...titles].sort(compareForReading)).toEqual(['Arsip Dinamis', 'Ekspedisi', 'evaluasi kinerja', 'Évaluasi Kinerja', 'Zonasi Sekolah']);
    });
});
