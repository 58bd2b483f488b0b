/**
 * Limits that keep one file from taking the language server or `sop check` down: a file larger than
 * any real SOP (5 MB; the biggest example is 60 KB, a 5,000-step SOP under 1 MB) is not parsed, and
 * text nested so deep that the parser's error recovery runs out of stack is reported instead of
 * thrown. Either way the file gets one `syntax-error` at its start that says why, and no content.
 */
import type { LangiumParser, ParseResult, AstNode } from 'langium';
import type { SopLocale } from '../i18n/locale.js';
import { messagesFor } from '../i18n/messages.js';

/** In characters of the text (bytes for the command line, which checks the file before reading it). */
export const MAX_SOURCE_SIZE = 5 * 1024 * 1024;

export function guardParser(parser: LangiumParser, locale: SopLocale): LangiumParser {
    const parse = parser.parse.bind(parser);
    const unreadable = <T extends AstNode>(message: string, options: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        const empty = parse<T>('', options);
        return { ...empty, parserErrors: [], lexerErrors: [{ offset: 0, line: 1, column: 1, length: 0, message }] };
    };
    parser.parse = <T extends AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        const messages = messagesFor(locale.current);
        if (input.length > MAX_SOURCE_SIZE) {
            return unreadable<T>(messages.sourceTooLarge(input.length, MAX_SOURCE_SIZE), options);
        }
        try {
            return parse<T>(input, options);
        } catch (error) {
            if (error instanceof RangeError) {
                forgetHalfBuiltNodes(parser);
                return unreadable<T>(messages.nestingTooDeep, options);
            }
            throw error;
        }
    };
    return parser;
}

/**
 * A parse cut short by a stack overflow leaves its half-built nodes on Langium's node stack, and
 * the next parse (of any document) would be built into them; empty it. (Chevrotain's own state is
 * reset when the next input is set, the CST builder's when the next parse starts.)
 *
 * The node stack is private to Langium's parser (4.4) and nothing public empties it: `parse()`
 * starts on top of whatever it holds and builds only one leftover level. The one public way out
 * would be a new parser (`createLangiumParser`), that is the whole grammar analysis again (50-90 ms,
 * as long as the first parse of a command), at every such file. So the field is emptied here, if it
 * is still an array; test/fuzz/crashes.test.ts parses such a text twice and then a normal one with
 * the same parser, and fails if a Langium update makes this stop working.
 */
function forgetHalfBuiltNodes(parser: LangiumParser): void {
    const internals = parser as unknown as { stack?: unknown[] };
    if (Array.isArray(internals.stack)) internals.stack.length = 0;
    parser.unorderedGroups.clear();
}
