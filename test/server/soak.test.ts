/**
 * A soak over stdio: 10,000 rapid edits to a realistic SOP, with completions and hovers sent and
 * cancelled on the way, as a long day of typing sends them. The server must stay up and answer, its
 * memory must level off (the curve is printed), and its final diagnostics must be exactly what
 * `sop check` reports for the final text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client.js';
import { runSop } from '../support/run-cli.js';
import { syntheticSop } from '../support/synthetic-sop.js';

const EDITS = 10_000;
const SAMPLE_EVERY = 1_000;

let workspace: string;
let client: LspClient;

/** Resident memory of the server process, in MB (Linux). */
function residentMb(pid: number): number {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sop-soak-'));
    ({ client } = await LspClient.startIn(workspace, 'en'));
});

afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(workspace, { recursive: true, force: true });
});

describe('a long day of typing', () => {
    it('keeps the server up, its memory level, and its diagnostics true', async () => {
        const uri = pathToFileURL(join(workspace, 'harian.sop')).toString();
        let text = syntheticSop(40, 'Harian', { variety: true });
        await client.open(uri, text, 1);
        await client.until(() => client.diagnosticVersions.get(uri) === 1);
        const anchor = text.indexOf('Memproses berkas tahap 20') + 'Memproses berkas tahap 20'.length;
        const lines = text.slice(0, anchor).split('\n');
        const line = lines.length - 1;
        const column = lines[line].length;
        const curve: number[] = [residentMb(client.process.pid!)];
        let typed = '';
        for (let edit = 1; edit <= EDITS; edit++) {
            // Type a character, or delete the last one typed (so the text stays a realistic size).
            const deleting = typed.length > 30 && edit % 3 === 0;
            const at = column + typed.length;
            const change = deleting
                ? { range: { start: { line, character: at - 1 }, end: { line, character: at } }, text: '' }
                : { range: { start: { line, character: at }, end: { line, character: at } }, text: 'abcdefghij '[edit % 11] };
            typed = deleting ? typed.slice(0, -1) : typed + change.text;
            void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: edit + 1 }, contentChanges: [change] });
            if (edit % 97 === 0) {
                // An editor asks for completion or hover while typing and cancels when the user goes on.
                const source = new CancellationTokenSource();
                const method = edit % 2 ? 'textDocument/completion' : 'textDocument/hover';
                void client.connection.sendRequest(method, { textDocument: { uri }, position: { line, character: column } }, source.token).catch(() => undefined);
                source.cancel();
            }
            if (edit % SAMPLE_EVERY === 0) {
                // Let the server catch up now and then, as a typist pauses.
                await client.until(() => client.diagnosticVersions.get(uri) === edit + 1, 60_000);
                curve.push(residentMb(client.process.pid!));
            }
        }
        text = text.slice(0, anchor) + typed + text.slice(anchor);
        console.log(`soak: resident memory every ${SAMPLE_EVERY} edits (MB): ${curve.map(mb => mb.toFixed(0)).join(' → ')}`);
        expect(await client.isAlive()).toBe(true);

        // Memory levels off: the second half of the day grows by less than a tenth of the first sample.
        const middle = curve[Math.floor(curve.length / 2)];
        expect(curve.at(-1)! - middle).toBeLessThan(curve[0] * 0.1 + 20);

        // The final diagnostics are what `sop check` says of the final text.
        writeFileSync(join(workspace, 'harian.sop'), text);
        const check = JSON.parse(runSop(['check', 'harian.sop', '--format', 'json', '--lang', 'en'], { cwd: workspace }).stdout) as {
            diagnostics: Array<{ line: number; column: number; code: string; message: string }>;
        };
        const fromCheck = check.diagnostics.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`).sort();
        const fromServer = client.diagnostics.get(uri)!.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).sort();
        expect(fromServer).toEqual(fromCheck);
        expect(fromServer.length).toBeGreaterThan(0);
    }, 300_000);
});
