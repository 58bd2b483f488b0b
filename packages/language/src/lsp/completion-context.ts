/**
 * Facts about the text around the cursor that the parser cannot tell completion: whether the cursor
 * sits in a comment, where nothing should be offered.
 */

/** True when `offset` lies inside a `//` or `/* *\/` comment (strings are skipped, so `"//"` is no comment). */
export function isInsideComment(text: string, offset: number): boolean {
    let index = 0;
    while (index < offset) {
        const char = text[index];
        if (char === '"') {
            index = endOfString(text, index);
        } else if (char === '/' && text[index + 1] === '/') {
            const end = text.indexOf('\n', index);
            if (end < 0 || offset <= end) {
                return true;
            }
            index = end + 1;
        } else if (char === '/' && text[index + 1] === '*') {
            const end = text.indexOf('*/', index + 2);
            if (end < 0 || offset < end + 2) {
                return true;
            }
            index = end + 2;
        } else {
            index++;
        }
    }
    return false;
}

/** The offset after a string that starts at `start`; an unclosed string ends at its line's end. */
function endOfString(text: string, start: number): number {
    let index = start + 1;
    while (index < text.length && text[index] !== '"' && text[index] !== '\n') {
        index += text[index] === '\\' ? 2 : 1;
    }
    return index + 1;
}
