/** Output for machines: one JSON object, or GitHub Actions workflow commands. */
import type { CheckedFile } from '../workspace.js';
import { countSops, rowsOf } from './diagnostic-rows.js';

export function renderJson(files: readonly CheckedFile[]): string {
    return JSON.stringify({ files: files.length, sops: countSops(files), diagnostics: rowsOf(files) }, null, 2) + '\n';
}

/** `::error file=...,line=...,col=...::message`; see GitHub's "workflow commands" for the escaping. */
export function renderGithub(files: readonly CheckedFile[]): string {
    return rowsOf(files).map(row => {
        const command = row.severity === 'error' ? 'error' : row.severity === 'warning' ? 'warning' : 'notice';
        const properties = [
            `file=${escapeProperty(row.file)}`,
            `line=${row.line}`,
            `col=${row.column}`,
            `endLine=${row.endLine}`,
            `endColumn=${row.endColumn}`,
            `title=${escapeProperty(row.code)}`,
        ].join(',');
        return `::${command} ${properties}::${escapeData(row.message)}\n`;
    }).join('');
}

function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
