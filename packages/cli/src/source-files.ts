/**
 * Finding and reading .sop files: paths given on the command line (files or folders searched
 * recursively), their neighbours (so that references between files resolve), and a precise
 * report of what could not be read.
 */
// Synchronous, as the files are read (see readAll): and node:fs/promises costs every start of the
// command about a millisecond to load.
import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { CliMessages } from './cli-messages.js';
import { sizeProblem } from './size-limit.js';

export interface SourceFile {
    /** Absolute path. */
    path: string;
    /** As shown to the user: relative to the current folder when inside it. */
    display: string;
    /** The text without its byte order mark; `bom` says whether the file had one, so a rewrite keeps it. */
    text: string;
    bom: boolean;
}

/** Something that stops a path from being checked; reported with exit status 2. */
export interface SourceProblem {
    display: string;
    line?: number;
    column?: number;
    message: string;
}

export interface SourceSet {
    /** The files the user asked about, in a stable order. */
    requested: SourceFile[];
    /** Other .sop files read only so that references resolve. */
    context: SourceFile[];
    problems: SourceProblem[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function displayPath(path: string, cwd = process.cwd()): string {
    const rel = relative(cwd, path);
    const shown = rel === '' ? '.' : rel.startsWith('..') ? path : rel;
    return shown.split(sep).join('/');
}

export async function loadSources(args: readonly string[], messages: CliMessages, cwd = process.cwd()): Promise<SourceSet> {
    const problems: SourceProblem[] = [];
    const requestedPaths = new Set<string>();
    const neighbourFolders = new Set<string>();
    for (const arg of args.length > 0 ? args : ['.']) {
        const path = resolve(cwd, arg);
        const info = statOf(path);
        if (!info) {
            problems.push({ display: arg, message: messages.pathNotFound(arg) });
        } else if (info.isDirectory()) {
            const found = await findSopFiles(path);
            if (found.length === 0) {
                problems.push({ display: arg, message: messages.noSopFiles(arg) });
            }
            found.forEach(file => requestedPaths.add(file));
        } else if (extname(path) !== '.sop') {
            problems.push({ display: arg, message: messages.notSopFile(arg) });
        } else {
            requestedPaths.add(path);
            neighbourFolders.add(dirname(path));
        }
    }
    const contextPaths = new Set<string>();
    for (const folder of neighbourFolders) {
        for (const file of await listSopFilesIn(folder)) {
            if (!requestedPaths.has(file)) contextPaths.add(file);
        }
    }
    const requested = await readAll([...requestedPaths], problems, messages, cwd);
    // Neighbours that cannot be read are not the user's question; they are simply left out.
    const context = await readAll([...contextPaths].sort(), [], messages, cwd);
    return { requested, context, problems };
}

/**
 * Reads the files one after the other, without awaiting each: SOP files are small, and a thousand
 * asynchronous reads (each a stat, an open, a read and a close through Node's thread pool) kept
 * `sop check` of 1,000 files waiting about 0.2 s.
 */
async function readAll(paths: string[], problems: SourceProblem[], messages: CliMessages, cwd: string): Promise<SourceFile[]> {
    const files: SourceFile[] = [];
    for (const path of paths) {
        const display = displayPath(path, cwd);
        const tooLarge = sizeProblem(path, display, messages);
        if (tooLarge) {
            problems.push(tooLarge);
            continue;
        }
        try {
            const bytes = readFileSync(path);
            const decoded = decodeUtf8(bytes);
            if (typeof decoded === 'string') {
                files.push({ path, display, text: decoded, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf });
            } else {
                problems.push({ display, line: decoded.line, column: decoded.column, message: messages.notUtf8(decoded.byte) });
            }
        } catch (error) {
            problems.push({ display, message: messages.unreadable(display, (error as NodeJS.ErrnoException).code ?? String(error)) });
        }
    }
    return files;
}

/** The text, or where the first byte that is not UTF-8 stands (1-based line and column). */
export function decodeUtf8(bytes: Uint8Array): string | { line: number; column: number; byte: number } {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        const offset = firstInvalidUtf8Offset(bytes);
        const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
        const lines = before.split('\n');
        return { line: lines.length, column: lines[lines.length - 1].length + 1, byte: bytes[offset] };
    }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
    let index = 0;
    while (index < bytes.length) {
        const byte = bytes[index];
        const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
        if (length === 0 || index + length > bytes.length) {
            return index;
        }
        for (let next = 1; next < length; next++) {
            if ((bytes[index + next] & 0xc0) !== 0x80) {
                return index;
            }
        }
        // Overlong or surrogate encodings are rejected by the decoder too; the lead byte is the culprit.
        if (!isValidSequence(bytes.subarray(index, index + length))) {
            return index;
        }
        index += length;
    }
    return Math.max(0, bytes.length - 1);
}

function isValidSequence(sequence: Uint8Array): boolean {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(sequence);
        return true;
    } catch {
        return false;
    }
}

/** All .sop files below a folder, sorted; an explicit work list, not recursion. */
export async function findSopFiles(root: string): Promise<string[]> {
    const found: string[] = [];
    const folders = [root];
    while (folders.length > 0) {
        const folder = folders.pop()!;
        for (const entry of entriesOf(folder)) {
            const path = join(folder, entry.name);
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
                folders.push(path);
            } else if (entry.isFile() && extname(entry.name) === '.sop') {
                found.push(path);
            }
        }
    }
    return found.sort();
}

async function listSopFilesIn(folder: string): Promise<string[]> {
    return entriesOf(folder).filter(entry => entry.isFile() && extname(entry.name) === '.sop').map(entry => join(folder, entry.name));
}

/** What is at `path`, or undefined where nothing can be found or read. */
function statOf(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}

/** A folder's entries; none where it cannot be read. */
function entriesOf(folder: string): Dirent[] {
    try {
        return readdirSync(folder, { withFileTypes: true });
    } catch {
        return [];
    }
}
