/** Diagnostics flattened for reporting: 1-based lines and columns, severity as a word. */
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { CheckedFile } from '../workspace.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface DiagnosticRow {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

const severityNames: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function toRow(file: string, diagnostic: Diagnostic): DiagnosticRow {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severityNames[diagnostic.severity ?? 1] ?? 'error',
        code: String(diagnostic.code ?? ''),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    };
}

export function rowsOf(files: readonly CheckedFile[]): DiagnosticRow[] {
    return files.flatMap(file => file.diagnostics.map(diagnostic => toRow(file.source.display, diagnostic)));
}

export function countSops(files: readonly CheckedFile[]): number {
    return files.reduce((sum, file) => sum + file.document.parseResult.value.elements.filter(element => element.$type === 'Sop').length, 0);
}
