/**
 * Files over 5 MB are refused before they are read: no real SOP comes near (a 5,000-step SOP is
 * under 1 MB), and checking a 10 MB file would take minutes. The same limit as the language's
 * MAX_SOURCE_SIZE (which guards the editor); kept here so that the command reads no byte of such a file.
 */
import { statSync } from 'node:fs';
import type { CliMessages } from './cli-messages.js';
import type { SourceProblem } from './source-files.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The problem to report for a file over the limit, or undefined for one that may be read. */
export function sizeProblem(path: string, display: string, messages: CliMessages): SourceProblem | undefined {
    const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
    return size > MAX_FILE_BYTES ? { display, line: 1, column: 1, message: messages.fileTooLarge(size, MAX_FILE_BYTES) } : undefined;
}
