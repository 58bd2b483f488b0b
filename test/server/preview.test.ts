/**
 * The preview's side of the language server, over stdio with a real client: only documents with a
 * preview open are drawn, after validation, every SOP of the file with its SVG (the contract's
 * markup) and the version it shows; an SOP with errors sends its problems instead of a diagram;
 * the Tabel tab and the export get the printed document and a standalone SVG.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewMethods, type PreviewUpdate } from '../../packages/language/src/server/index.js';
import { examplesRoot } from '../support/examples.js';
import { LspClient } from '../support/lsp-client.js';

let workspace: string;
let client: LspClient;
const updates: PreviewUpdate[] = [];
const fileName = 'sekretariat-umum-kepegawaian.sop';
let uri: string;
let text: string;

const stepCount = (svg: string) => (svg.match(/<g [^>]*data-step="\d+"/g) ?? []).length;
const latest = (version: number) => updates.findLast(update => update.uri === uri && update.version === version);
async function updateFor(version: number): Promise<PreviewUpdate> {
    await client.until(() => latest(version) !== undefined, 20_000, () => `no preview update for version ${version}; got ${updates.map(u => u.version).join(',')}`);
    return latest(version)!;
}

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sop-preview-'));
    cpSync(join(examplesRoot, 'kominfo-simalungun'), workspace, { recursive: true });
    ({ client } = await LspClient.startIn(workspace, 'id'));
    client.connection.onNotification(PreviewMethods.update, (update: PreviewUpdate) => { updates.push(update); });
    uri = pathToFileURL(join(workspace, fileName)).toString();
    text = readFileSync(join(workspace, fileName), 'utf8');
});

afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(workspace, { recursive: true, force: true });
});

describe('the live preview from the server', () => {
    it('draws nothing for a document without a preview', async () => {
        await client.open(uri, text, 1);
        await client.until(() => client.diagnosticVersions.get(uri) === 1);
        await new Promise(resolve => setTimeout(resolve, 300));
        expect(updates.filter(update => update.uri === uri)).toEqual([]);
    });

    it('draws every SOP of the file when a preview opens, with the contract markup and source lines', async () => {
        await client.connection.sendNotification(PreviewMethods.subscribe, { uri });
        const update = await updateFor(1);
        const sopIds = [...text.matchAll(/^sop (\w+)/gm)].map(match => match[1]);
        expect(update.sops.map(sop => sop.id)).toEqual(sopIds);
        const lines = text.split('\n');
        for (const sop of update.sops) {
            expect(sop.svg, sop.id).toContain(`data-sop="${sop.id}"`);
            expect(stepCount(sop.svg!)).toBe(sop.steps.length);
            expect(sop.svg).not.toContain('@font-face'); // the preview styles it with the editor's colours
            expect(lines[sop.startLine]).toMatch(new RegExp(`^sop ${sop.id}\\b`));
            for (const step of sop.steps) {
                expect(lines[step.startLine], `${sop.id} step ${step.number}`).toMatch(/^\s*(langkah|keputusan)\b/);
                expect(sop.svg).toMatch(new RegExp(`data-step="${step.number}"[^>]*data-line="${step.startLine + 1}"|data-line="${step.startLine + 1}"[^>]*data-step="${step.number}"`));
            }
        }
    });

    it('draws a new step typed into the source, for the version typed', async () => {
        const before = (await updateFor(1)).sops[0];
        const lastStepEnd = before.steps.at(-1)!.endLine;
        const lines = text.split('\n');
        lines.splice(lastStepEnd + 1, 0, '    langkah jfu "Menyimpan salinan surat" {', '        kelengkapan "Surat"', '        waktu 5 menit', '        output "Salinan"', '    }');
        const actor = /pelaksana\s*\{\s*(\w+)/.exec(text.slice(text.indexOf(`sop ${before.id}`)))![1];
        const edited = lines.join('\n').replace('langkah jfu "Menyimpan salinan surat"', `langkah ${actor} "Menyimpan salinan surat"`);
        await client.change(uri, edited, 2);
        const after = (await updateFor(2)).sops[0];
        expect(after.steps.length).toBe(before.steps.length + 1);
        expect(stepCount(after.svg!)).toBe(stepCount(before.svg!) + 1);
        text = edited;
    });

    it('sends the problems instead of a diagram while an SOP has errors', async () => {
        const broken = text.replace(/waktu (\d+) menit/, 'waktu $1');
        await client.change(uri, broken, 3);
        const update = await updateFor(3);
        const [first, ...others] = update.sops;
        expect(first.svg).toBeNull();
        expect(first.problems.map(problem => problem.code)).toContain('duration-missing-unit');
        expect(first.problems[0].line).toBeGreaterThan(first.startLine);
        expect(others.every(sop => sop.svg !== null)).toBe(true);
        await client.change(uri, text, 4);
        expect((await updateFor(4)).sops[0].svg).not.toBeNull();
    });

    it('gives the printed document and a standalone SVG of one SOP', async () => {
        const sopId = (await updateFor(4)).sops[1].id;
        const table = await client.connection.sendRequest(PreviewMethods.table, { uri, sopId }) as { html: string };
        expect(table.html).toContain('data-page="identity"');
        expect(table.html).toContain('data-page="flow"');
        const svg = await client.connection.sendRequest(PreviewMethods.standaloneSvg, { uri, sopId, theme: 'dark' }) as { svg: string };
        expect(svg.svg).toContain(`data-sop="${sopId}"`);
        expect(svg.svg).toContain('@font-face');
        await expect(client.connection.sendRequest(PreviewMethods.table, { uri, sopId: 'TidakAda' })).rejects.toMatchObject({ code: -32602 });
    });

    it('stops drawing when the preview closes', async () => {
        await client.connection.sendNotification(PreviewMethods.unsubscribe, { uri });
        await client.change(uri, text.replace('Menyimpan salinan surat', 'Menyimpan salinan'), 5);
        await client.until(() => client.diagnosticVersions.get(uri) === 5);
        await new Promise(resolve => setTimeout(resolve, 300));
        expect(latest(5)).toBeUndefined();
    });
});
