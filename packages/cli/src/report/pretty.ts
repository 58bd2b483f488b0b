/**
 * Human output: `file:line:column severity [code] message`, then the offending line with the
 * range underlined, then a summary.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { CliMessages } from '../cli-messages.js';
import type { Paint } from '../terminal.js';
import type { SourceFile } from '../source-files.js';
import type { CheckedFile } from '../workspace.js';
import { countSops, toRow } from './diagnostic-rows.js';

export function renderPretty(files: readonly CheckedFile[], messages: CliMessages, paint: Paint): string {
    const blocks: string[] = [];
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
        for (const diagnostic of file.diagnostics) {
            if (diagnostic.severity === 1) errors++;
            if (diagnostic.severity === 2) warnings++;
            blocks.push(renderDiagnostic(file, diagnostic, messages, paint));
        }
    }
    const summary = messages.summary(files.length, countSops(files), errors, warnings);
    return [...blocks, (errors > 0 ? paint.red : warnings > 0 ? paint.yellow : (text: string) => text)(summary)].join('\n\n') + '\n';
}

/** One diagnostic: where, what, and the line it is on with its range underlined. */
export function renderDiagnostic(file: CheckedFile, diagnostic: Diagnostic, messages: CliMessages, paint: Paint): string {
    const row = toRow(file.source.display, diagnostic);
    const colour = row.severity === 'error' ? paint.red : row.severity === 'warning' ? paint.yellow : paint.cyan;
    const header = `${paint.bold(`${row.file}:${row.line}:${row.column}`)} ${colour(messages.severity(row.severity))} ${paint.dim(`[${row.code}]`)} ${row.message}`;
    return [header, ...excerpt(linesOf(file.source), row.line, row.column, row.endLine, row.endColumn, colour, paint)].join('\n');
}

// A file's lines, split once for all its diagnostics (a 5,000-step SOP has hundreds of them, and
// splitting its megabyte of text for each took most of a second).
const sourceLines = new WeakMap<SourceFile, string[]>();

function linesOf(source: SourceFile): string[] {
    let lines = sourceLines.get(source);
    if (!lines) {
        lines = source.text.split(/\r?\n/);
        sourceLines.set(source, lines);
    }
    return lines;
}

/** Widest stretch of a source line printed under a diagnostic. */
const EXCERPT_WIDTH = 160;

/** The diagnostic's first line with `^^^` under its range (to the line's end when the range goes on). */
function excerpt(lines: string[], line: number, column: number, endLine: number, endColumn: number, colour: (text: string) => string, paint: Paint): string[] {
    const source = lines[line - 1];
    if (source === undefined) {
        return [];
    }
    const whole = source.replace(/\t/g, ' ');
    const wholeStart = Math.min(column - 1, whole.length);
    const wholeEnd = endLine === line ? Math.max(endColumn - 1, wholeStart + 1) : Math.max(whole.trimEnd().length, wholeStart + 1);
    // A very long line (text pasted without line breaks) is shown as a window around the column:
    // printed whole under each of its diagnostics it could run to hundreds of megabytes.
    const from = whole.length > EXCERPT_WIDTH ? Math.max(0, Math.min(wholeStart - EXCERPT_WIDTH / 4, whole.length - EXCERPT_WIDTH)) : 0;
    const cut = whole.length > EXCERPT_WIDTH;
    const shown = (from > 0 ? '…' : '') + whole.slice(from, from + EXCERPT_WIDTH) + (cut && from + EXCERPT_WIDTH < whole.length ? '…' : '');
    const shift = from > 0 ? from - 1 : 0;
    const start = wholeStart - shift;
    const end = Math.min(wholeEnd - shift, shown.length + 1);
    const gutter = String(line);
    const pad = ' '.repeat(gutter.length);
    return [
        `${paint.dim(` ${gutter} |`)} ${shown}`,
        `${paint.dim(` ${pad} |`)} ${' '.repeat(start)}${colour('^'.repeat(end - start))}`,
    ];
}
