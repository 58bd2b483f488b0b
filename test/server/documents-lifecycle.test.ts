/**
 * What an editor does to documents on a normal day, over stdio with a real client: untitled and
 * extension-less documents, closing them, files created, changed and deleted on disk, documents
 * outside the workspace. The server must keep serving and report the workspace as it really is.
 */
import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompletionList, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { stopExpectingLife } from '../support/server-teardown.js';
import { LspClient } from '../support/lsp-client.js';

const FileChangeType = { Created: 1, Changed: 2, Deleted: 3 } as const;

let workspace: string;
let client: LspClient;

const uriOf = (name: string) => pathToFileURL(join(workspace, name)).toString();
const sopText = (id: string, extra = '') => `sop ${id} "Pengajuan Cuti" {
    pelaksana {
        pemohon "Pemohon"
        kadis "Kepala Dinas"
    }
    langkah pemohon "Mengajukan permohonan" {
        waktu 30
    }
    keputusan kadis "Menandatangani surat" {
        tidak -> selesai
    }${extra}
}
`;
const codes = (uri: string) => (client.diagnostics.get(uri) ?? []).map(d => d.code);
const positionOf = (text: string, needle: string, delta = 0) => {
    const before = text.slice(0, text.indexOf(needle) + delta).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
};

beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sop-life-'));
    writeFileSync(join(workspace, 'cuti.sop'), sopText('Cuti'));
    ({ client } = await LspClient.startIn(workspace));
});

afterEach(() => stopExpectingLife(client, workspace));

describe('documents without a .sop extension', () => {
    for (const uri of ['untitled:Untitled-1', 'file:///x/README-noext']) {
        it(`serves ${uri} fully and survives its closing`, async () => {
            const text = sopText('TanpaNama');
            await client.open(uri, text);
            const diagnostics = await client.diagnosticsFor(uri, list => list.some(d => d.code === 'duration-missing-unit'));
            expect(diagnostics.map(d => d.code)).toContain('duration-missing-unit');

            const completion = await client.connection.sendRequest('textDocument/completion', {
                textDocument: { uri }, position: positionOf(text, 'kadis "Menandatangani'),
            }) as CompletionList;
            expect(completion.items.map(item => item.label)).toEqual(expect.arrayContaining(['pemohon', 'kadis']));
            const hover = await client.connection.sendRequest('textDocument/hover', {
                textDocument: { uri }, position: positionOf(text, 'kadis "Menandatangani', 1),
            }) as Hover;
            expect(JSON.stringify(hover.contents)).toContain('Kepala Dinas');
            const edits = await client.connection.sendRequest('textDocument/formatting', {
                textDocument: { uri }, options: { tabSize: 4, insertSpaces: true },
            }) as TextEdit[];
            expect(edits).toHaveLength(1);
            expect(edits[0].newText).toContain('        tidak -> selesai\n');

            await client.close(uri);
            await client.diagnosticsFor(uri, list => list.length === 0);
            // Any later build used to crash on the closed document: open a .sop file and see it served.
            const other = uriOf('baru.sop');
            await client.open(other, sopText('Baru'));
            await client.diagnosticsFor(other, list => list.some(d => d.code === 'duration-missing-unit'));
            expect(await client.isAlive()).toBe(true);
        });
    }
});

describe('the index follows the workspace', () => {
    it('reports a duplicate SOP created on disk on both files at once', async () => {
        const cuti = uriOf('cuti.sop');
        await client.open(cuti, sopText('Cuti'));
        await client.diagnosticsFor(cuti, list => list.some(d => d.code === 'duration-missing-unit'));
        writeFileSync(join(workspace, 'salinan.sop'), sopText('Cuti'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('salinan.sop'), type: FileChangeType.Created }] });
        await client.diagnosticsFor(uriOf('salinan.sop'), list => list.some(d => d.code === 'duplicate-sop'));
        await client.diagnosticsFor(cuti, list => list.some(d => d.code === 'duplicate-sop'), 5000);

        // The copy renamed on disk: both are clean again.
        writeFileSync(join(workspace, 'salinan.sop'), sopText('Salinan'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('salinan.sop'), type: FileChangeType.Changed }] });
        await client.diagnosticsFor(cuti, list => !list.some(d => d.code === 'duplicate-sop'), 5000);
        await client.diagnosticsFor(uriOf('salinan.sop'), list => !list.some(d => d.code === 'duplicate-sop'), 5000);
    });

    it('reports a duplicate made by changing a closed file on disk on both files', async () => {
        writeFileSync(join(workspace, 'lain.sop'), sopText('Lain'));
        const cuti = uriOf('cuti.sop');
        await client.open(cuti, sopText('Cuti'));
        await client.diagnosticsFor(cuti, list => list.some(d => d.code === 'duration-missing-unit'));
        writeFileSync(join(workspace, 'lain.sop'), sopText('Cuti'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('lain.sop'), type: FileChangeType.Changed }] });
        await client.diagnosticsFor(uriOf('lain.sop'), list => list.some(d => d.code === 'duplicate-sop'));
        await client.diagnosticsFor(cuti, list => list.some(d => d.code === 'duplicate-sop'), 5000);
    });

    it('forgets a document outside the workspace when it is closed: no phantom duplicate', async () => {
        const cuti = uriOf('cuti.sop');
        await client.open(cuti, sopText('Cuti'));
        const outside = pathToFileURL(join(tmpdir(), `luar-${process.pid}.sop`)).toString();
        await client.open(outside, sopText('Cuti'));
        await client.diagnosticsFor(cuti, list => list.some(d => d.code === 'duplicate-sop'));
        await client.close(outside);
        await client.diagnosticsFor(outside, list => list.length === 0);
        await client.diagnosticsFor(cuti, list => !list.some(d => d.code === 'duplicate-sop'), 5000);
    });

    it('forgets an untitled document when it is closed', async () => {
        const cuti = uriOf('cuti.sop');
        await client.open(cuti, sopText('Cuti'));
        await client.open('untitled:Untitled-2', sopText('Cuti'));
        await client.diagnosticsFor(cuti, list => list.some(d => d.code === 'duplicate-sop'));
        await client.close('untitled:Untitled-2');
        await client.diagnosticsFor('untitled:Untitled-2', list => list.length === 0);
        await client.diagnosticsFor(cuti, list => !list.some(d => d.code === 'duplicate-sop'), 5000);
    });

    it('keeps an open document deleted on disk as the editor holds it, until it is closed', async () => {
        const cuti = uriOf('cuti.sop');
        const text = sopText('Cuti');
        await client.open(cuti, text);
        await client.diagnosticsFor(cuti, list => list.some(d => d.code === 'duration-missing-unit'));
        unlinkSync(join(workspace, 'cuti.sop'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cuti, type: FileChangeType.Deleted }] });
        const hover = await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri: cuti }, position: positionOf(text, 'kadis "Menandatangani', 1),
        }) as Hover;
        expect(JSON.stringify(hover?.contents)).toContain('Kepala Dinas');
        expect(codes(cuti)).toContain('duration-missing-unit');
        // Closed: now it is gone, and so are its diagnostics.
        await client.close(cuti);
        await client.diagnosticsFor(cuti, list => list.length === 0);
    });

    it('goes back to the text on disk when a workspace file is closed unsaved', async () => {
        const cuti = uriOf('cuti.sop');
        await client.open(cuti, sopText('Cuti'));
        await client.change(cuti, sopText('Cuti').replace('waktu 30', 'waktu 30 menit'), 2);
        await client.diagnosticsFor(cuti, list => !list.some(d => d.code === 'duration-missing-unit'));
        await client.close(cuti);
        // On disk it still says `waktu 30`.
        await client.diagnosticsFor(cuti, list => list.some(d => d.code === 'duration-missing-unit'), 5000);
    });
});
