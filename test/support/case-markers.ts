/**
 * Validation case files mark what they expect inline: `«code|text»` (or `«code*N|text»` for N
 * diagnostics on one range) around the text a diagnostic must cover, and a `// @clean code ...`
 * line for codes that must not appear at all.
 */
export interface ExpectedDiagnostic {
    code: string;
    count: number;
    /** 0-based offsets in the text without markers. */
    start: number;
    end: number;
}

export interface MarkedCase {
    text: string;
    expected: ExpectedDiagnostic[];
    clean: string[];
}

const MARKER = /«([a-z-]+)(?:\*(\d+))?\|([^»]*)»/g;

export function readMarkers(source: string): MarkedCase {
    const expected: ExpectedDiagnostic[] = [];
    let text = '';
    let last = 0;
    for (const match of source.matchAll(MARKER)) {
        text += source.slice(last, match.index);
        const start = text.length;
        text += match[3];
        expected.push({ code: match[1], count: Number(match[2] ?? 1), start, end: text.length });
        last = match.index! + match[0].length;
    }
    text += source.slice(last);
    const clean = [...text.matchAll(/\/\/\s*@clean\s+([^\n]*)/g)].flatMap(match => match[1].trim().split(/\s+/));
    return { text, expected, clean };
}
