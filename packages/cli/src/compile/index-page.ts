/** index.html in the output folder: every SOP compiled, with links to its files. */
import { compareForReading } from './reading-order.js';
import type { OutputFormat } from './write-outputs.js';

export interface IndexEntry {
    id: string;
    title: string;
    unit: string | null;
}

const escape = (text: string) => text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);

export function indexPage(entries: readonly IndexEntry[], formats: readonly OutputFormat[]): string {
    const rows = [...entries].sort((a, b) => compareForReading(a.unit ?? '', b.unit ?? '') || compareForReading(a.title, b.title)).map(entry => {
        const links = formats.map(format => `<a href="${escape(encodeURIComponent(entry.id))}.${format}">${format.toUpperCase()}</a>`).join(' · ');
        return `<tr><td>${escape(entry.unit ?? '')}</td><td>${escape(entry.title)}</td><td><code>${escape(entry.id)}</code></td><td>${links}</td></tr>`;
    }).join('\n');
    return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Daftar SOP</title>
<style>body{font-family:Arial,sans-serif;margin:2em;color:#111}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.35em .6em;text-align:left}th{background:#eee}</style>
</head><body>
<h1>Daftar SOP (${entries.length})</h1>
<table><thead><tr><th>Unit</th><th>Nama SOP</th><th>Id</th><th>Berkas</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
