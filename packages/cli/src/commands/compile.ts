/**
 * `sop compile [paths...] -o DIR [--to html,svg,json,pdf] [--paper a4|f4|letter] [--theme light|dark] [--watch] [--chrome PATH]`
 */
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { PAPERS, type PaperName } from '@sop-ap/document';
import type { Locale } from '@sop-ap/language/core';
import { cliMessages, type CliMessages } from '../cli-messages.js';
import { compilableSops, type SopToCompile } from '../compile/compilable-sops.js';
import { indexPage, type IndexEntry } from '../compile/index-page.js';
import { layoutFailure, logoOf } from '../compile/sop-document.js';
import { watchForChanges } from '../compile/watch.js';
import { DIAGRAM_THEMES } from '../compile/diagram-svg.js';
import { OUTPUT_FORMATS, writeOutputs, type OutputFormat, type OutputSettings, type WrittenOutputs } from '../compile/write-outputs.js';
import { choose, chooseLocale, parseCommandLine, UsageError } from '../options.js';
import { findChrome } from '../pdf/find-chrome.js';
import type { PdfPrinter } from '../pdf/pdf-printer.js';
import { renderDiagnostic } from '../report/pretty.js';
import { displayPath, loadSources } from '../source-files.js';
import { paintFor } from '../terminal.js';
import { buildWorkspace, type CheckedFile } from '../workspace.js';
import { writeFileAtomic } from '../write-atomic.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, reportProblems } from './check.js';

/** From this many steps on, laying out the diagram takes long enough to show progress (about 0.3 s). */
const BIG_DIAGRAM_STEPS = 300;

interface CompileOptions {
    paths: string[];
    locale: Locale;
    messages: CliMessages;
    settings: OutputSettings;
}

export async function runCompile(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandLine(args, {
        out: { type: 'string', short: 'o' },
        to: { type: 'string' },
        paper: { type: 'string' },
        theme: { type: 'string' },
        watch: { type: 'boolean' },
        chrome: { type: 'string' },
    });
    const locale = chooseLocale(values.lang, cliMessages);
    const messages = cliMessages(locale);
    if (values.help) {
        process.stdout.write(messages.compileUsage + '\n');
        return EXIT_OK;
    }
    if (!values.out) {
        throw new UsageError(messages.outRequired);
    }
    const formats = parseFormats(values.to ?? 'html', messages);
    const paper = choose('paper', values.paper, Object.keys(PAPERS) as PaperName[], 'a4', messages);
    const theme = choose('theme', values.theme, DIAGRAM_THEMES, 'light', messages);
    const settings: OutputSettings = { folder: resolve(values.out), formats, paper, theme };

    let printer: PdfPrinter | undefined;
    if (formats.includes('pdf')) {
        const chrome = findChrome(values.chrome);
        if (!chrome.path) {
            process.stderr.write(`${paintFor(process.stderr).red('sop:')} ${chrome.missing ? messages.chromeMissing(chrome.missing.from, chrome.missing.path) : messages.noChrome}\n`);
            return EXIT_USAGE;
        }
        try {
            // The printer (DevTools over a pipe) is loaded only when a PDF is asked for.
            const { PdfPrinter } = await import('../pdf/pdf-printer.js');
            printer = settings.printer = await PdfPrinter.start(chrome.path);
        } catch (error) {
            process.stderr.write(`${paintFor(process.stderr).red('sop:')} ${messages.chromeFailed(firstLine(error))}\n`);
            return EXIT_USAGE;
        }
    }
    const options: CompileOptions = { paths: positionals, locale, messages, settings };
    // In watch mode, digests of what was written, so that unchanged files are not written again.
    const written = values.watch ? new Map<string, string>() : undefined;
    try {
        const code = await compileOnce(options, written, false);
        if (!values.watch) {
            return code;
        }
        await watchForChanges(options.paths, messages, () => compileOnce(options, written, true));
        return EXIT_OK;
    } finally {
        await printer?.close();
    }
}

function parseFormats(text: string, messages: CliMessages): OutputFormat[] {
    const formats = [...new Set(text.split(',').map(format => format.trim().toLowerCase()).filter(Boolean))];
    for (const format of formats) {
        if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
            throw new UsageError(messages.badChoice('to', format, [...OUTPUT_FORMATS]));
        }
    }
    return formats.length > 0 ? formats as OutputFormat[] : ['html'];
}

/** One compilation of everything asked for; in watch mode only what changed is written and named. */
async function compileOnce(options: CompileOptions, written: Map<string, string> | undefined, quiet: boolean): Promise<number> {
    const { messages, settings } = options;
    const paint = paintFor(process.stdout);
    const errorPaint = paintFor(process.stderr);
    const sources = await loadSources(options.paths, messages);
    reportProblems(sources.problems);
    const workspace = await buildWorkspace(sources.requested, sources.context, { locale: options.locale });
    const sops = compilableSops(workspace.files, workspace.all);
    mkdirSync(settings.folder, { recursive: true });

    // A big diagram takes a while to lay out: say so even when there are few SOPs.
    const drawsBig = settings.formats.includes('svg') && sops.some(item => item.model.steps.length >= BIG_DIAGRAM_STEPS);
    const progress = progressLine(sops.length, messages, drawsBig);
    const compiled: IndexEntry[] = [];
    const rewritten: string[] = [];
    let failed = 0;
    for (const [index, item] of sops.entries()) {
        progress(index, settings.formats.includes('svg') && item.model.steps.length >= BIG_DIAGRAM_STEPS ? messages.drawingDiagram(item.model.id, item.model.steps.length) : item.model.id);
        const result = item.errors.length > 0 ? undefined : await compileSop(item, settings, written, messages, workspace.all);
        const errors = item.errors.map(error => renderDiagnostic(error.file, error.diagnostic, messages, errorPaint));
        if (result && 'failure' in result) errors.push(result.failure);
        if (errors.length > 0) {
            failed++;
            progress(-1, '');
            process.stderr.write(`${errors.join('\n\n')}\n${errorPaint.red(messages.notWritten(item.model.id, errors.length))}\n\n`);
            continue;
        }
        compiled.push({ id: item.model.id, title: item.model.title, unit: item.model.identity.instansi?.unit ?? item.model.identity.instansi?.name ?? null });
        if (result && 'written' in result) {
            rewritten.push(...result.written.files.filter(file => file.changed).map(file => basename(file.path)));
            if (result.written.diagramProblems.length > 0) {
                progress(-1, '');
                process.stderr.write(`${errorPaint.yellow('sop:')} ${messages.diagramProblems(item.model.id, result.written.diagramProblems)}\n`);
            }
        }
    }
    progress(-1, '');

    const indexPath = `${settings.folder}/index.html`;
    const documentFormats = settings.formats.filter(format => format !== 'json');
    if (compiled.length > 0 && documentFormats.length > 0 && !quiet) {
        await writeFileAtomic(indexPath, indexPage(compiled, settings.formats));
    }
    if (quiet) {
        process.stdout.write((rewritten.length > 0 ? messages.rewrote(rewritten.join(', ')) : messages.nothingChanged) + '\n');
    } else {
        process.stdout.write(paint.bold(messages.wrote(compiled.length, settings.formats.join(', '), displayPath(settings.folder))) + '\n');
        if (compiled.length > 0 && documentFormats.length > 0) {
            process.stdout.write(messages.openIndex(displayPath(indexPath)) + '\n');
        }
    }
    if (sources.problems.length > 0) return EXIT_USAGE;
    return failed > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Writes one SOP's files, or says in a sentence why it cannot be printed. */
async function compileSop(item: SopToCompile, settings: OutputSettings, written: Map<string, string> | undefined, messages: CliMessages, all: readonly CheckedFile[]): Promise<{ written: WrittenOutputs } | { failure: string }> {
    const logo = await logoOf(item, all, messages);
    if ('failure' in logo) {
        return logo;
    }
    try {
        return { written: await writeOutputs(item.model, logo.logo, settings, written) };
    } catch (error) {
        const failure = layoutFailure(error, item, messages);
        if (failure === undefined) throw error;
        return { failure };
    }
}

/** `[12/29] SuratCuti` on a terminal, rewritten in place; nothing elsewhere. */
function progressLine(total: number, messages: CliMessages, always: boolean): (done: number, id: string) => void {
    const enabled = Boolean(process.stderr.isTTY) && (total > 3 || always);
    return (done, id) => {
        if (!enabled) return;
        process.stderr.write(done < 0 ? '\r\u001b[K' : `\r\u001b[K${messages.progress(done + 1, total, id)}`);
    };
}

function firstLine(error: unknown): string {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
