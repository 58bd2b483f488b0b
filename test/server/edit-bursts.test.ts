/**
 * Edits must not pile up: a burst of edits is validated once it ends, not once per edit, and its final
 * diagnostics are exactly what a fresh check of the final text reports. (How fast is `npm run bench`'s
 * job: `lsp-burst-200`, `lsp-edit-20`.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { typeBurst } from '../support/lsp-burst.js';
import { LspClient } from '../support/lsp-client.js';
import { syntheticSop } from '../support/synthetic-sop.js';

let workspace: string;
let client: LspClient;

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sop-burst-'));
    ({ client } = await LspClient.startIn(workspace, 'en'));
});

afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(workspace, { recursive: true, force: true });
});

const summary = (diagnostics: Diagnostic[]) => diagnostics
    .map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`)
    .sort();

/** What a server that sees the text for the first time reports. */
async function freshDiagnostics(text: string): Promise<Diagnostic[]> {
    const { client: fresh } = await LspClient.startIn(null, 'en');
    try {
        const uri = pathToFileURL(join(workspace, 'segar.sop')).toString();
        await fresh.open(uri, text);
        return await fresh.diagnosticsFor(uri);
    } finally {
        await fresh.stop();
    }
}

describe('a burst of edits', () => {
    it('is validated once it ends, and ends with the diagnostics of a fresh check', async () => {
        // A realistic SOP with one mistake that stays (a waktu without unit) and one the typing makes.
        const text = syntheticSop(200, 'Burst').replace('waktu 15 menit', 'waktu 15');
        const uri = pathToFileURL(join(workspace, 'burst.sop')).toString();
        await client.open(uri, text, 1);
        await client.until(() => client.diagnosticVersions.get(uri) === 1);
        const edits = 2000;
        const result = await typeBurst(client, uri, text, 1, edits, 'Memproses berkas tahap 100');
        expect(result.finalVersion).toBe(edits + 1);
        expect(summary(result.diagnostics)).toEqual(summary(await freshDiagnostics(result.finalText)));
        expect(result.diagnostics.map(d => d.code)).toContain('duration-missing-unit');
        // Superseded edits are cancelled, not validated to the end and published.
        expect(result.publications).toBeLessThan(edits / 20);
    });
});
