/**
 * Typing into an SOP as an editor sends it: incremental didChange notifications, one character at a
 * time, as fast as the pipe takes them. Used by the burst test and by `npm run bench`.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { LspClient } from './lsp-client.js';

export interface BurstResult {
    /** The text after the last edit. */
    finalText: string;
    finalVersion: number;
    /** Milliseconds from sending the last edit to the diagnostics of the final version. */
    settleMs: number;
    /** publishDiagnostics for the document between the first edit and the final one. */
    publications: number;
    diagnostics: Diagnostic[];
}

/**
 * Appends `edits` characters one by one inside the activity of the step whose activity contains
 * `anchor`, each as its own didChange with the next version, then waits for the final diagnostics.
 */
export async function typeBurst(client: LspClient, uri: string, text: string, version: number, edits: number, anchor: string): Promise<BurstResult> {
    const insertAt = text.indexOf(anchor) + anchor.length;
    const before = text.slice(0, insertAt).split('\n');
    const line = before.length - 1;
    const startCharacter = before[line].length;
    const typed = 'abcdefghijklmnopqrstuvwxyz ';
    let inserted = '';
    const firstPublication = client.publications.length;
    for (let index = 0; index < edits; index++) {
        const char = typed[index % typed.length];
        const character = startCharacter + inserted.length;
        inserted += char;
        void client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: version + index + 1 },
            contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: char }],
        });
    }
    const sentAt = performance.now();
    const finalVersion = version + edits;
    await client.until(() => client.diagnosticVersions.get(uri) === finalVersion, 120_000,
        () => `diagnostics of version ${finalVersion} never arrived (last ${client.diagnosticVersions.get(uri)})`);
    const arrival = client.publications.findLast(publication => publication.uri === uri && publication.version === finalVersion)!;
    return {
        finalText: text.slice(0, insertAt) + inserted + text.slice(insertAt),
        finalVersion,
        settleMs: arrival.at - sentAt,
        publications: client.publications.slice(firstPublication).filter(publication => publication.uri === uri).length,
        diagnostics: arrival.diagnostics,
    };
}
