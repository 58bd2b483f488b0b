import type { CliMessages } from './cli-messages.js';

// What the common I/O codes mean, said the way a user can act on them.
const IO_REASONS: Record<string, string> = {
    ENOENT: 'no such file or folder', EACCES: 'permission denied', EPERM: 'permission denied',
    ENOTDIR: 'part of the path is a file, not a folder', EEXIST: 'a file of that name is in the way',
    EISDIR: 'it is a folder', ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only', EIO: 'the device reported an error',
};
const ioReason = (code: string) => IO_REASONS[code] ? `${code}: ${IO_REASONS[code]}` : code;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const englishCliMessages: CliMessages = {
    usage: `Usage: sop <command> [paths...] [options]

Commands:
  check     Check .sop files and report problems with file:line:column
  compile   Compile SOPs to print-ready HTML, PDF, JSON and swimlane diagrams (SVG)
  format    Format .sop files in place (--check: only report files that would change)

Run \`sop <command> --help\` for the options of a command.
Options: --help, --version`,
    checkUsage: `Usage: sop check [paths...] [--format pretty|json|github] [--lang id|en] [--max-actors N]

Checks .sop files and folders (searched recursively; default: the current folder).
Files next to a checked file are read too, so that references between files resolve.

  --format pretty|json|github  output style (default: pretty)
  --lang id|en                 language of the messages (default: from LANG)
  --max-actors N               lanes that fit a page before too-many-actors (default: 8)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.`,
    formatUsage: `Usage: sop format [paths...] [--check] [--lang id|en]

Formats .sop files in place: indentation, one statement per line, spacing. Comments are kept and
meaning never changes. Files with syntax errors are reported and left alone.

  --check      write nothing; exit 1 when a file would change

Exit status: 0 done (or nothing to change), 1 a file would change (--check) or has syntax errors, 2 usage or I/O error.`,
    compileUsage: `Usage: sop compile [paths...] -o DIR [--to html,svg,json,pdf] [--paper a4|f4|letter] [--theme light|dark] [--watch] [--chrome PATH] [--lang id|en]

Compiles every SOP to print-ready files named by its id: DIR/SuratCuti.html (self-contained: styles,
font, symbols and logo inline), .svg (the swimlane diagram, self-contained), .json (the model), .pdf
(printed by Chromium). An SOP with errors is reported and not written; the others are.
DIR/index.html lists what was written.

  -o, --out DIR          output folder (created if needed)
  --to FORMATS           html, svg, json, pdf, or several separated by commas (default: html)
  --paper a4|f4|letter   paper, landscape (default: a4)
  --theme light|dark     colours of the SVG diagram (default: light)
  --watch                compile again when a file changes, and say what was rewritten
  --chrome PATH          the Chromium or Chrome that prints PDFs (default: SOP_CHROME, then the usual places)

Exit status: 0 all written, 1 an SOP had errors (the others were written), 2 usage or I/O error.`,
    outRequired: 'Say where to write the files with -o DIR.',
    diagramProblems: (id, problems) => `${id}.svg: the diagram is written, but its layout is not clean (please report it with the file): ${problems.join('; ')}`,
    drawingDiagram: (id, steps) => `${id}: drawing the diagram (${steps} steps)`,
    noChrome: 'PDF needs Chromium or Chrome and none was found. Install one (Debian: apt-get install chromium), or give its path with --chrome PATH or SOP_CHROME. Nothing was written.',
    chromeMissing: (from, path) => `${from}: no browser at ${path}. Nothing was written.`,
    chromeFailed: detail => `Chromium could not print: ${detail}`,
    notWritten: (id, errors) => `${id}: not written (${errors} ${errors === 1 ? 'error' : 'errors'}).`,
    logoUnreadable: (path, detail) => `The logo ${path} cannot be read (${detail}).`,
    logoUnsupported: extension => `A logo of type ${extension} cannot be embedded; use PNG, JPEG, GIF, WebP or SVG.`,
    rowTooTall: step => `Step ${step} does not fit on one printed page: shorten its kegiatan, kelengkapan or output.`,
    identityTooLong: 'The identity section does not fit on one printed page: shorten dasar hukum or the other lists.',
    wrote: (sops, formats, folder) => `Wrote ${sops} ${sops === 1 ? 'SOP' : 'SOPs'} (${formats}) to ${folder}`,
    openIndex: path => `Open ${path}`,
    progress: (done, total, id) => `[${done}/${total}] ${id}`,
    watching: 'Watching for changes; Ctrl+C stops.',
    changed: files => `Changed: ${files}`,
    rewrote: files => `  wrote ${files}`,
    nothingChanged: '  no document changed',
    unknownCommand: command => `Unknown command \`${command}\`. Run \`sop --help\`.`,
    badOption: detail => `${detail} Run \`sop <command> --help\`.`,
    badChoice: (option, value, choices) => `--${option} takes ${choices.join(' or ')}, not \`${value}\`.`,
    pathNotFound: path => `${path}: no such file or folder.`,
    notSopFile: path => `${path}: not a .sop file.`,
    noSopFiles: path => `${path}: no .sop files found.`,
    unreadable: (path, reason) => `${path}: cannot be read (${ioReason(reason)}).`,
    fileTooLarge: (size, limit) => `${(size / 1048576).toFixed(1)} MB; sop reads files up to ${limit / 1048576} MB (no SOP comes near that: is it the right file?).`,
    notUtf8: byte => `not UTF-8 text (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); save the file as UTF-8.`,
    summary: (files, sops, errors, warnings) =>
        `${plural(files, 'file', 'files')}, ${plural(sops, 'SOP', 'SOPs')}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`,
    severity: severity => severity,
    ioError: (path, code) => `${path}: cannot be read or written (${ioReason(code)}); nothing half-written was left.`,
    internalError: detail => `Internal error: ${detail}. Please report it with the file that caused it.`,
    formatWouldChange: path => `${path}: would be reformatted`,
    formatted: path => `${path}: formatted`,
    formatSummary: (changed, files, check) =>
        check ? `${plural(changed, 'file', 'files')} of ${files} would be reformatted` : `${plural(changed, 'file', 'files')} of ${files} reformatted`,
    formatSyntaxErrors: path => `${path}: has syntax errors; not formatted (run \`sop check\`).`,
};
