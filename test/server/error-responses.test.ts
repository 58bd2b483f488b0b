/**
 * Refusals and cancellations travel as JSON-RPC `error` objects with a readable message, never as a
 * successful result that happens to hold an error code; and rename never breaks a valid file.
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { LspClient, type WireMessage } from '../support/lsp-client.js';
import { syntheticSop } from '../support/synthetic-sop.js';

let workspace: string;
let client: LspClient;
const uriOf = (name: string) => pathToFileURL(join(workspace, name)).toString();
const positionOf = (text: string, needle: string, delta = 0) => {
    const before = text.slice(0, text.indexOf(needle) + delta).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
};

const cutiText = `instansi umum "Dinas Komunikasi dan Informatika" {
    unit "Subbagian Umum"
}
instansi keuangan "Badan Keuangan Daerah" {
    unit "Bidang Anggaran"
}
sop Cuti "Pengajuan Cuti" {
    instansi umum
    pelaksana {
        staf  "Staf"
        kadis "Kepala Dinas"
    }
    langkah ajukan: staf "Mengajukan permohonan"
    langkah periksa: kadis "Memeriksa permohonan"
    keputusan kadis "Menandatangani surat" {
        tidak -> ajukan
    }
}
sop Izin "Pengajuan Izin" {
    pelaksana {
        staf  "Staf"
        kadis "Kepala Dinas"
    }
    langkah staf "Mengajukan izin"
    langkah kadis "Menyetujui izin"
}
`;

/** The request's response as written on the wire: the last response to arrive after `before` messages. */
async function rejection(request: Promise<unknown>): Promise<{ code: number; message: string }> {
    const error = await request.then(
        result => { throw new Error(`expected an error response, got the result ${JSON.stringify(result)}`); },
        (error: { code: number; message: string }) => error,
    );
    return { code: error.code, message: error.message };
}

/** No response on the wire may be a "successful" result that carries an error code. */
function disguisedErrors(): WireMessage[] {
    return client.wireMessages().filter(message =>
        message.id !== undefined && message.method === undefined && typeof message.result === 'object' && message.result !== null
        && 'code' in message.result && !('range' in message.result));
}

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sop-errors-'));
    writeFileSync(join(workspace, 'cuti.sop'), cutiText);
    writeFileSync(join(workspace, 'hapus.sop'), 'sop Hapus "Dihapus" {\n    pelaksana { a "A" b "B" }\n    langkah a "x"\n    langkah b "y"\n}\n');
    ({ client } = await LspClient.startIn(workspace, 'id'));
    await client.open(uriOf('cuti.sop'), cutiText);
    await client.diagnosticsFor(uriOf('cuti.sop'));
});

afterAll(async () => {
    expect(disguisedErrors()).toEqual([]);
    expect(await client.stop()).toBe(0);
    rmSync(workspace, { recursive: true, force: true });
});

const rename = (needle: string, newName: string, delta = 1) => client.connection.sendRequest('textDocument/rename', {
    textDocument: { uri: uriOf('cuti.sop') }, position: positionOf(cutiText, needle, delta), newName,
});

describe('refusals are JSON-RPC errors', () => {
    it('refuses a rename to a name that is not an id, as an error with a message in the client language', async () => {
        const error = await rejection(rename('staf  "Staf"', '1abc'));
        expect(error).toEqual({ code: -32602, message: '`1abc` tidak dapat menjadi id: gunakan huruf, angka dan _, diawali huruf, dan bukan kata kunci.' });
    });

    it('answers a cancelled completion with a RequestCancelled error', async () => {
        const big = syntheticSop(1000, 'Besar');
        const uri = uriOf('besar.sop');
        await client.open(uri, big);
        await client.diagnosticsFor(uri);
        const source = new CancellationTokenSource();
        // The edit starts a long build; the completion waits for it, and is cancelled meanwhile.
        await client.change(uri, big.replace('Memproses berkas tahap 7', 'Memproses berkas tahap tujuh'), 2);
        const completion = client.connection.sendRequest('textDocument/completion', {
            textDocument: { uri }, position: positionOf(big, 'kadis "Memproses'),
        }, source.token);
        source.cancel();
        const error = await rejection(completion);
        expect(error.code).toBe(-32800);
        expect(error.message.length).toBeGreaterThan(5);
    });

    it('answers a request on a file deleted on disk with an error or nothing, never a disguised error', async () => {
        const uri = uriOf('hapus.sop');
        unlinkSync(join(workspace, 'hapus.sop'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
        const answer = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 13 } })
            .then(result => ({ result }), (error: { code: number; message: string }) => ({ error }));
        if ('error' in answer) {
            expect(answer.error.message).toMatch(/hapus\.sop/);
        } else {
            expect(answer.result).toBeNull();
        }
        expect(await client.isAlive()).toBe(true);
    });
});

describe('rename never breaks a valid file', () => {
    it('refuses an actor id another actor of the SOP has', async () => {
        const error = await rejection(rename('staf  "Staf"', 'kadis'));
        expect(error).toEqual({ code: -32602, message: '`kadis` sudah dipakai sebagai pelaksana di SOP ini: pilih nama lain.' });
    });

    it('refuses a label another step of the SOP has', async () => {
        const error = await rejection(rename('ajukan:', 'periksa'));
        expect(error.message).toBe('`periksa` sudah dipakai sebagai label langkah di SOP ini: pilih nama lain.');
        // From a reference to the label too.
        const fromReference = await rejection(rename('ajukan\n', 'periksa'));
        expect(fromReference.message).toBe(error.message);
    });

    it('refuses an SOP id the workspace already has', async () => {
        const error = await rejection(rename('Cuti "', 'Izin'));
        expect(error.message).toBe('`Izin` sudah dipakai sebagai id SOP di workspace: pilih nama lain.');
    });

    it('refuses an instansi id the workspace already has', async () => {
        const error = await rejection(rename('umum "', 'keuangan'));
        expect(error.message).toBe('`keuangan` sudah dipakai sebagai id instansi di workspace: pilih nama lain.');
    });

    it('still renames to a free name, and an actor id used in another SOP is free', async () => {
        const edit = await rename('staf  "Staf"', 'pegawai') as { changes: Record<string, Array<{ newText: string }>> };
        const edits = edit.changes[uriOf('cuti.sop')];
        expect(edits.map(change => change.newText)).toEqual(['pegawai', 'pegawai']);
        const label = await rename('ajukan:', 'permohonan') as { changes: Record<string, Array<{ newText: string }>> };
        expect(label.changes[uriOf('cuti.sop')]).toHaveLength(2);
    });
});

describe('in English', () => {
    it('refuses in the client language', async () => {
        const { client: english } = await LspClient.startIn(workspace, 'en');
        try {
            await english.open(uriOf('cuti.sop'), cutiText);
            await english.diagnosticsFor(uriOf('cuti.sop'));
            const error = await rejection(english.connection.sendRequest('textDocument/rename', {
                textDocument: { uri: uriOf('cuti.sop') }, position: positionOf(cutiText, 'staf  "Staf"', 1), newName: 'kadis',
            }));
            expect(error.message).toBe('`kadis` is already an actor of this SOP: choose another name.');
        } finally {
            expect(await english.stop()).toBe(0);
        }
    });
});
