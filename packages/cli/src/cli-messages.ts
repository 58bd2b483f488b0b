/** The command line's own words (usage, I/O problems, summaries), in Indonesian and English. */
import type { Locale } from '@sop-ap/language/core';
import { englishCliMessages } from './cli-messages-en.js';
import { indonesianCliMessages } from './cli-messages-id.js';

export interface CliMessages {
    usage: string;
    checkUsage: string;
    formatUsage: string;
    compileUsage: string;
    outRequired: string;
    diagramProblems(id: string, problems: string[]): string;
    drawingDiagram(id: string, steps: number): string;
    noChrome: string;
    chromeMissing(from: string, path: string): string;
    chromeFailed(detail: string): string;
    notWritten(id: string, errors: number): string;
    logoUnreadable(path: string, detail: string): string;
    logoUnsupported(extension: string): string;
    rowTooTall(step: number): string;
    identityTooLong: string;
    wrote(sops: number, formats: string, folder: string): string;
    openIndex(path: string): string;
    progress(done: number, total: number, id: string): string;
    watching: string;
    changed(files: string): string;
    rewrote(files: string): string;
    nothingChanged: string;
    unknownCommand(command: string): string;
    badOption(detail: string): string;
    badChoice(option: string, value: string, choices: string[]): string;
    pathNotFound(path: string): string;
    notSopFile(path: string): string;
    noSopFiles(path: string): string;
    unreadable(path: string, reason: string): string;
    /** A file over the size limit, in bytes. */
    fileTooLarge(size: number, limit: number): string;
    notUtf8(byte: number): string;
    summary(files: number, sops: number, errors: number, warnings: number): string;
    severity(severity: 'error' | 'warning' | 'info' | 'hint'): string;
    internalError(detail: string): string;
    ioError(path: string, code: string): string;
    formatWouldChange(path: string): string;
    formatted(path: string): string;
    formatSummary(changed: number, files: number, check: boolean): string;
    formatSyntaxErrors(path: string): string;
}

export function cliMessages(locale: Locale): CliMessages {
    return locale === 'id' ? indonesianCliMessages : englishCliMessages;
}
