/**
 * The formatter's core: it re-emits the tokens of a file and only decides the white space between
 * them, so formatting can never change what a file means. Rules:
 * - one statement (field, step, actor, branch) per line; block braces open and close lines;
 * - indentation by brace depth; the author's line breaks are kept, with at most one blank line;
 * - single spaces inside a line, none before `,` or a label's `:`, none around a range's `-`;
 * - comments stay where they are; a trailing comment keeps its distance from the code;
 * - actor titles in `pelaksana` line up in one column.
 */

export interface FormatToken {
    offset: number;
    image: string;
    kind: 'code' | 'line-comment' | 'block-comment';
}

export interface FormatLayout {
    /** Offsets of the first token of every statement: they always start a line. */
    statementStarts: ReadonlySet<number>;
    /** Offsets of `{` that open a block (SOP, step, pelaksana...) rather than a list. */
    blockOpeners: ReadonlySet<number>;
    /** Tokens padded to a column width, so that what follows lines up (actor ids in pelaksana). */
    padTo: ReadonlyMap<number, number>;
}

export interface IndentOptions {
    tabSize: number;
    insertSpaces: boolean;
}

const NO_SPACE_BEFORE = new Set([',', ':']);

export function formatTokens(text: string, tokens: readonly FormatToken[], layout: FormatLayout, options: IndentOptions): string {
    const unit = options.insertSpaces ? ' '.repeat(options.tabSize) : '\t';
    // One frame per open brace: blocks always close on a line of their own, and so does a list
    // whose items the author put on lines of their own.
    const frames: Array<{ block: boolean; multiline: boolean }> = [];
    let out = '';
    let previous: FormatToken | undefined;
    for (const token of tokens) {
        const isOpener = token.kind === 'code' && token.image === '{';
        const isCloser = token.kind === 'code' && token.image === '}';
        const closing = isCloser ? frames.pop() : undefined;
        const justOpened = previous?.kind === 'code' && previous.image === '{' ? frames.at(-1) : undefined;
        const depth = frames.length;
        if (!previous) {
            out += token.image;
        } else {
            const between = text.slice(previous.offset + previous.image.length, token.offset);
            const newlines = countNewlines(between);
            const emptyBraces = isCloser && previous.kind === 'code' && previous.image === '{';
            const forced = !emptyBraces && (layout.statementStarts.has(token.offset)
                || justOpened?.block === true
                || (closing !== undefined && (closing.block || closing.multiline))
                || previous.kind === 'line-comment');
            if (token.kind !== 'code' && newlines === 0) {
                // A trailing comment stays on its line and keeps the author's alignment.
                out += (between.length > 0 ? between : ' ') + token.image;
            } else if (newlines > 0 || forced) {
                const frame = frames.at(-1);
                if (frame && !isCloser) {
                    frame.multiline = true;
                }
                const keepBlank = newlines >= 2 && justOpened === undefined && !isCloser;
                out += (keepBlank ? '\n\n' : '\n') + unit.repeat(depth) + token.image;
            } else {
                const padded = layout.padTo.get(previous.offset);
                const space = padded !== undefined ? ' '.repeat(Math.max(1, padded - previous.image.length + 1)) : spaceBetween(previous, token);
                out += (emptyBraces ? '' : space) + token.image;
            }
        }
        if (isOpener) {
            frames.push({ block: layout.blockOpeners.has(token.offset), multiline: false });
        }
        previous = token;
    }
    return out.length > 0 ? out + '\n' : out;
}

function spaceBetween(previous: FormatToken, token: FormatToken): string {
    if (NO_SPACE_BEFORE.has(token.image)) {
        return '';
    }
    // The `-` of a range joins its numbers: `1-2 jam`.
    if (token.image === '-' || previous.image === '-') {
        return '';
    }
    return ' ';
}

function countNewlines(text: string): number {
    let count = 0;
    for (const character of text) {
        if (character === '\n') count++;
    }
    return count;
}
