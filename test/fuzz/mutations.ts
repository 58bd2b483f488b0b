/**
 * Seeded mutations of real SOP sources: what users paste, half-type or corrupt. Every case is a
 * pure function of (seed, example index), so a failure is replayed with the same seed.
 */
import { seededRandom } from '../support/seeded-random.js';

type Random = () => number;
const int = (next: Random, below: number) => Math.floor(next() * below);

/** Tokens roughly as the lexer sees them: words, strings, punctuation, whitespace runs. */
function tokens(text: string): string[] {
    return text.match(/"(?:[^"\\\n]|\\.)*"|[\p{L}\p{N}_]+|\s+|->|./gu) ?? [];
}

function editTokens(text: string, next: Random, edit: (parts: string[], index: number) => void): string {
    const parts = tokens(text);
    if (parts.length === 0) return text;
    for (let edits = 1 + int(next, 4); edits > 0; edits--) {
        edit(parts, int(next, parts.length));
    }
    return parts.join('');
}

function insertAt(text: string, next: Random, inserted: string): string {
    const at = int(next, text.length + 1);
    return text.slice(0, at) + inserted + text.slice(at);
}

const EMOJI_AND_RTL = ['😀', '👩🏽‍💻', '🇮🇩', 'مرحبا بالعالم', 'שלום', '\u202E', '\u200F', '\u200B', 'ẞ', '\u0301'];

/** Each mutation: its name (printed on failure) and what it does to one source. */
export const MUTATIONS: Record<string, (text: string, next: Random) => string> = {
    'delete tokens': (text, next) => editTokens(text, next, (parts, index) => parts.splice(index, 1)),
    'duplicate tokens': (text, next) => editTokens(text, next, (parts, index) => parts.splice(index, 0, parts[index])),
    'swap tokens': (text, next) => editTokens(text, next, (parts, index) => {
        const other = int(next, parts.length);
        [parts[index], parts[other]] = [parts[other], parts[index]];
    }),
    'truncate at a line': (text, next) => {
        const lines = text.split('\n');
        return lines.slice(0, int(next, lines.length + 1)).join('\n');
    },
    'random bytes': (text, next) => {
        let result = text;
        for (let count = 1 + int(next, 8); count > 0; count--) {
            result = insertAt(result, next, String.fromCharCode(int(next, 256)));
        }
        return result;
    },
    // 1,000-2,000 levels: far past anything typed, and the parser's recovery grows faster than
    // linearly with them (5,000 took 10 s), which would blow the slice's time.
    'deep nesting': (text, next) => insertAt(text, next, (next() < 0.5 ? '{' : '{ langkah a "x" ').repeat(1000 + int(next, 1000))),
    // At a line start, as pasted: one 100 KB token (inside a string it would be 20,000 words).
    '100 KB string': (text, next) => {
        const lines = text.split('\n');
        lines.splice(int(next, lines.length + 1), 0, `"${'kata '.repeat(20_000)}"`);
        return lines.join('\n');
    },
    'emoji and right-to-left text': (text, next) => {
        let result = text;
        for (let count = 1 + int(next, 6); count > 0; count--) {
            result = insertAt(result, next, EMOJI_AND_RTL[int(next, EMOJI_AND_RTL.length)]);
        }
        return result;
    },
    'CRLF': text => text.replace(/\n/g, '\r\n'),
    'BOM': (text, next) => (next() < 0.5 ? '\uFEFF' + text : insertAt(text, next, '\uFEFF')),
    'NUL': (text, next) => insertAt(insertAt(text, next, '\0'), next, '\0\0'),
    'lone surrogates': (text, next) => insertAt(insertAt(text, next, '\uD800'), next, '\uDC00x'),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

export interface FuzzCase {
    seed: number;
    mutation: string;
    /** The example the case started from. */
    origin: string;
    text: string;
}

/** The case of one seed: the seed picks the example, the mutation, and everything the mutation does. */
export function fuzzCase(seed: number, examples: ReadonlyArray<{ path: string; text: string }>): FuzzCase {
    const next = seededRandom(seed);
    const example = examples[int(next, examples.length)];
    const mutation = MUTATION_NAMES[int(next, MUTATION_NAMES.length)];
    let text = MUTATIONS[mutation](example.text, next);
    // Now and then a second mutation on top: corruption rarely comes alone.
    if (next() < 0.25) {
        const second = MUTATION_NAMES[int(next, MUTATION_NAMES.length)];
        text = MUTATIONS[second](text, next);
        return { seed, mutation: `${mutation} + ${second}`, origin: example.path, text };
    }
    return { seed, mutation, origin: example.path, text };
}
