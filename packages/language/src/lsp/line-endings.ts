/**
 * A file keeps its line endings and its byte order mark through every edit the server proposes:
 * Windows users' files are CRLF, files saved by Notepad start with a BOM, and an edit that mixes in
 * LF or drops the BOM shows up as a change of every line in their version control.
 */

export const BOM = '\uFEFF';

/** The file's line ending: the first one it uses, LF for a file of one line. */
export function lineEndingOf(text: string): '\r\n' | '\n' {
    return /\r?\n/.exec(text)?.[0] === '\r\n' ? '\r\n' : '\n';
}

/** `text` with every line ending made `eol`. */
export function withLineEnding(text: string, eol: string): string {
    return text.replace(/\r?\n/g, eol);
}

/** `formatted` as the original file would write it: the original's line endings and BOM. */
export function inOriginalConvention(original: string, formatted: string): string {
    const body = withLineEnding(formatted.startsWith(BOM) ? formatted.slice(1) : formatted, lineEndingOf(original));
    return original.startsWith(BOM) ? BOM + body : body;
}
