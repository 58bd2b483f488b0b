/**
 * The preview page's HTML, built by the extension once per panel: a strict Content-Security-Policy
 * (scripts only with the nonce, nothing from the network), the bundled script and stylesheet from the
 * extension's own folder, and the page's words in the editor's language. Later updates arrive by
 * postMessage, so the page is never rebuilt and keeps its zoom and scroll.
 */
import type { PreviewStrings } from './messages.js';

export interface PreviewPageOptions {
    /** `webview.cspSource`. */
    cspSource: string;
    nonce: string;
    scriptUri: string;
    styleUri: string;
    lang: string;
    strings: PreviewStrings;
    /** @font-face rules of the font the diagram's text was measured with (its lines wrap by it). */
    fontCss?: string;
}

export function previewHtml(options: PreviewPageOptions): string {
    const { cspSource, nonce } = options;
    const csp = [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `img-src ${cspSource} data: blob:`,
        `font-src ${cspSource} data:`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${escapeAttribute(options.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeAttribute(options.styleUri)}">
${options.fontCss ? `<style>${options.fontCss.replace(/<\//g, '<\\/')}</style>` : ''}
<title>SOP</title>
</head>
<body>
<div id="sop-preview" data-strings="${escapeAttribute(JSON.stringify(options.strings))}"></div>
<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>
`;
}

function escapeAttribute(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
