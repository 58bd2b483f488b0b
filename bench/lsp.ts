/**
 * The language server as an editor feels it, over stdio with a real client:
 * - `lsp-edit-20`: one edit to a 20-step SOP, from sending it to its diagnostics (target ≤ 30 ms);
 * - `lsp-burst-200`: 2,000 edits typed into a 200-step SOP as fast as the pipe takes them, from the
 *   last edit to the diagnostics of the final text (target ≤ 1 s);
 * - `preview-edit-20`: one edit to a 20-step SOP with a preview open, from sending it to the new
 *   diagram's SVG arriving (target ≤ 60 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { typeBurst } from '../test/support/lsp-burst.js';
import { LspClient } from '../test/support/lsp-client.js';
import { syntheticSop } from '../test/support/synthetic-sop.js';
import { PreviewMethods, type PreviewUpdate } from '../packages/language/src/server/index.js';

export interface LspFigures {
    editRuns: number[];
    burstRuns: number[];
    previewRuns: number[];
}

export async function measureLanguageServer(editRuns: number, burstRuns: number): Promise<LspFigures> {
    const workspace = mkdtempSync(join(tmpdir(), 'sop-bench-lsp-'));
    const { client } = await LspClient.startIn(workspace, 'id');
    try {
        return {
            editRuns: await editLatencies(client, workspace, editRuns),
            burstRuns: await burstSettles(client, workspace, burstRuns),
            previewRuns: await previewLatencies(client, workspace, editRuns),
        };
    } finally {
        await client.stop();
        rmSync(workspace, { recursive: true, force: true });
    }
}

async function editLatencies(client: LspClient, workspace: string, runs: number): Promise<number[]> {
    const uri = pathToFileURL(join(workspace, 'edit20.sop')).toString();
    let text = syntheticSop(20, 'Edit20');
    let version = 1;
    await client.open(uri, text, version);
    await client.until(() => client.diagnosticVersions.get(uri) === version);
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
        text = text.replace(/Memproses berkas tahap 10[^"]*/, `Memproses berkas tahap 10 revisi ${run}`);
        version++;
        const sent = performance.now();
        await client.change(uri, text, version);
        await client.until(() => client.diagnosticVersions.get(uri) === version);
        if (run > 0) times.push(performance.now() - sent); // the first edit warms up
        await new Promise(resolve => setTimeout(resolve, 50)); // a typist's pause
    }
    return times;
}

async function burstSettles(client: LspClient, workspace: string, runs: number): Promise<number[]> {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
        const uri = pathToFileURL(join(workspace, `burst${run}.sop`)).toString();
        const text = syntheticSop(200, `Burst${run}`);
        await client.open(uri, text, 1);
        await client.until(() => client.diagnosticVersions.get(uri) === 1);
        const result = await typeBurst(client, uri, text, 1, 2000, 'Memproses berkas tahap 100');
        times.push(result.settleMs);
        await client.close(uri);
    }
    return times;
}

async function previewLatencies(client: LspClient, workspace: string, runs: number): Promise<number[]> {
    const uri = pathToFileURL(join(workspace, 'preview20.sop')).toString();
    let arrived: PreviewUpdate | undefined;
    client.connection.onNotification(PreviewMethods.update, (update: PreviewUpdate) => { if (update.uri === uri) arrived = update; });
    let text = syntheticSop(20, 'Preview20');
    let version = 1;
    await client.open(uri, text, version);
    await client.connection.sendNotification(PreviewMethods.subscribe, { uri });
    await client.until(() => arrived?.version === version);
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
        // Each edit changes what is drawn: a longer kegiatan wraps differently.
        text = text.replace(/Memproses berkas tahap 10[^"]*/, `Memproses berkas tahap 10 ${'revisi '.repeat(run % 4)}${run}`);
        version++;
        const sent = performance.now();
        await client.change(uri, text, version);
        await client.until(() => arrived?.version === version && arrived.sops[0].svg !== null);
        if (run > 0) times.push(performance.now() - sent);
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    await client.connection.sendNotification(PreviewMethods.unsubscribe, { uri });
    return times;
}
