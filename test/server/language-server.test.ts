/**
 * The bundled language server over stdio, driven by a real LSP client: initialize, didOpen,
 * diagnostics with codes in the client's language, completion, hover, definition, formatting,
 * quick fixes, settings, and survival of garbage input.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionList, Hover, InitializeResult, LocationLink, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client.js';

let workspace: string;
let client: LspClient;
let initializeResult: InitializeResult;

const instansiText = 'instansi umum "Dinas Komunikasi dan Informatika" {\n    unit "Subbagian Umum"\n}\n';
const cutiText = `sop Cuti "Pengajuan Cuti" {
    instansi umum
    pelaksana {
        pemohon "Pemohon"
        kadis "Kepala Dinas"
    }
    langkah ajukan: pemohon "Mengajukan permohonan" {
        kelengkapan "Formulir cuti"
        waktu 30
        output "Surat permohonan"
    }
    langkah kasubag "Memeriksa permohonan"
    keputusan kadis "Menandatangani surat" {
        waktu 1-2 jam
        tidak -> ajukan
    }
}
`;

const uriOf = (name: string) => pathToFileURL(join(workspace, name)).toString();
const open = (name: string, text: string, version = 1) =>
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'sop', version, text } });
const positionOf = (text: string, needle: string, delta = 0) => {
    const offset = text.indexOf(needle) + delta;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
};

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sop-lsp-'));
    writeFileSync(join(workspace, 'instansi.sop'), instansiText);
    writeFileSync(join(workspace, 'cuti.sop'), cutiText);
    client = LspClient.start();
    initializeResult = await client.connection.sendRequest('initialize', {
        processId: process.pid,
        locale: 'id',
        rootUri: pathToFileURL(workspace).toString(),
        workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'sop' }],
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } },
    }) as InitializeResult;
    await client.connection.sendNotification('initialized', {});
}, 60_000);

afterAll(async () => {
    const code = await client.stop();
    expect(code).toBe(0);
    expect(client.stderr.join('')).not.toMatch(/Error|at .*\.js/);
    rmSync(workspace, { recursive: true, force: true });
});

describe('language server over stdio', () => {
    it('announces the features it serves', () => {
        const capabilities = initializeResult.capabilities;
        expect(capabilities.completionProvider).toBeTruthy();
        expect(capabilities.hoverProvider).toBeTruthy();
        expect(capabilities.definitionProvider).toBeTruthy();
        expect(capabilities.referencesProvider).toBeTruthy();
        expect(capabilities.renameProvider).toBeTruthy();
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.documentSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toContain('label');
    });

    it('publishes diagnostics with stable codes, in the client locale, on the right ranges', async () => {
        await open('cuti.sop', cutiText);
        const diagnostics = await client.diagnosticsFor(uriOf('cuti.sop'), list => list.some(d => d.code === 'unknown-actor'));
        const byCode = Object.fromEntries(diagnostics.map(d => [d.code, d]));
        expect(byCode['unknown-actor'].message).toBe('Pelaksana `kasubag` belum dideklarasikan di `pelaksana`.');
        expect(byCode['unknown-actor'].range).toEqual({ start: positionOf(cutiText, 'kasubag'), end: positionOf(cutiText, 'kasubag', 7) });
        expect(byCode['duration-missing-unit'].range.start).toEqual(positionOf(cutiText, '30'));
        expect(byCode['duration-missing-unit'].severity).toBe(1);
        expect(byCode['missing-output'].severity).toBe(2);
        // `instansi umum` resolves to the other file of the workspace, which the server indexed itself.
        expect(diagnostics.filter(d => d.code === 'unknown-sop')).toEqual([]);
    });

    it('completes actors where a step names one', async () => {
        const list = await client.connection.sendRequest('textDocument/completion', {
            textDocument: { uri: uriOf('cuti.sop') }, position: positionOf(cutiText, 'kasubag "Memeriksa'),
        }) as CompletionList;
        expect(list.items.map(item => item.label)).toEqual(expect.arrayContaining(['pemohon', 'kadis']));
    });

    it('hovers an actor with its title', async () => {
        const hover = await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri: uriOf('cuti.sop') }, position: positionOf(cutiText, 'kadis "Menandatangani', 1),
        }) as Hover;
        expect(hover.contents).toEqual({ kind: 'markdown', value: '**Kepala Dinas** (pelaksana, 1 langkah)' });
    });

    it('goes to the definition of a label and of an instansi in another file', async () => {
        const toLabel = await client.connection.sendRequest('textDocument/definition', {
            textDocument: { uri: uriOf('cuti.sop') }, position: positionOf(cutiText, 'ajukan\n', 2),
        }) as LocationLink[];
        expect(toLabel.map(link => [link.targetUri, link.targetSelectionRange.start])).toEqual([[uriOf('cuti.sop'), positionOf(cutiText, 'ajukan:')]]);
        const toUnit = await client.connection.sendRequest('textDocument/definition', {
            textDocument: { uri: uriOf('cuti.sop') }, position: positionOf(cutiText, 'umum', 1),
        }) as LocationLink[];
        expect(toUnit.map(link => link.targetUri)).toEqual([uriOf('instansi.sop')]);
    });

    it('formats a document', async () => {
        const messy = 'sop Rapi "Rapi" {\npelaksana{a "A" b "B"}\nlangkah a "x" {waktu 1 - 2 jam}\nlangkah b "y"\n}';
        await open('rapi.sop', messy);
        await client.diagnosticsFor(uriOf('rapi.sop'));
        const edits = await client.connection.sendRequest('textDocument/formatting', {
            textDocument: { uri: uriOf('rapi.sop') }, options: { tabSize: 4, insertSpaces: true },
        }) as TextEdit[];
        expect(edits.map(edit => edit.newText)).toEqual([
            'sop Rapi "Rapi" {\n    pelaksana {\n        a "A"\n        b "B"\n    }\n    langkah a "x" {\n        waktu 1-2 jam\n    }\n    langkah b "y"\n}\n',
        ]);
    });

    it('offers the quick fix for a waktu without unit', async () => {
        const diagnostics = await client.diagnosticsFor(uriOf('cuti.sop'));
        const missingUnit = diagnostics.find(d => d.code === 'duration-missing-unit')!;
        const actions = await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri: uriOf('cuti.sop') }, range: missingUnit.range, context: { diagnostics: [missingUnit] },
        }) as CodeAction[];
        expect(actions.map(action => [action.title, action.edit?.changes?.[uriOf('cuti.sop')]?.[0].newText])).toEqual([['Tambahkan satuan `menit`', ' menit']]);
    });

    it('applies a changed lane limit from the settings', async () => {
        client.settings = { maxActors: 1 };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sop: { maxActors: 1 } } });
        const diagnostics = await client.diagnosticsFor(uriOf('cuti.sop'), list => list.some(d => d.code === 'too-many-actors'));
        expect(diagnostics.find(d => d.code === 'too-many-actors')?.message).toBe('2 pelaksana tidak muat di halaman cetak (paling banyak 1 kolom).');
        client.settings = {};
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sop: {} } });
        await client.diagnosticsFor(uriOf('cuti.sop'), list => !list.some(d => d.code === 'too-many-actors'));
    });

    it('survives garbage and keeps answering', async () => {
        const garbage = 'sop {{{ ""\u0000 langkah -> -> } keputusan "\n'.repeat(50) + '\u{1F600}'.repeat(100);
        await open('sampah.sop', garbage);
        const diagnostics = await client.diagnosticsFor(uriOf('sampah.sop'));
        expect(diagnostics.every(d => d.code === 'syntax-error' || typeof d.code === 'string')).toBe(true);
        const hover = await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri: uriOf('cuti.sop') }, position: positionOf(cutiText, 'kadis "Menandatangani', 1),
        }) as Hover;
        expect(hover).not.toBeNull();
        expect(client.process.exitCode).toBeNull();
    });
});

describe('language server in English', () => {
    it('speaks English to a client without an Indonesian locale', async () => {
        const english = LspClient.start();
        try {
            await english.connection.sendRequest('initialize', { processId: process.pid, locale: 'en-US', rootUri: null, capabilities: {} });
            await english.connection.sendNotification('initialized', {});
            const uri = pathToFileURL(join(tmpdir(), 'sop-english.sop')).toString();
            await english.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sop', version: 1, text: 'sop A "A" {\n    pelaksana { a "A" }\n    langkah b "x"\n}\n' } });
            const diagnostics = await english.diagnosticsFor(uri, list => list.some(d => d.code === 'unknown-actor'));
            expect(diagnostics.find(d => d.code === 'unknown-actor')?.message).toBe('Unknown actor `b`: declare it in `pelaksana`.');
        } finally {
            expect(await english.stop()).toBe(0);
        }
    });
});

describe('settings answered at start', () => {
    it('applies sop.maxActors from workspace/configuration without a didChangeConfiguration', async () => {
        const client = LspClient.start();
        client.settings = { maxActors: 1 };
        try {
            await client.connection.sendRequest('initialize', {
                processId: process.pid, locale: 'en', rootUri: null,
                capabilities: { workspace: { configuration: true } },
            });
            await client.connection.sendNotification('initialized', {});
            const uri = pathToFileURL(join(tmpdir(), 'sop-settings-at-start.sop')).toString();
            await client.open(uri, 'sop A "A" {\n    pelaksana { a "A" b "B" }\n    langkah a "x"\n    langkah b "y"\n}\n');
            const diagnostics = await client.diagnosticsFor(uri, list => list.some(d => d.code === 'too-many-actors'));
            expect(diagnostics.find(d => d.code === 'too-many-actors')?.message).toContain('1');
        } finally {
            expect(await client.stop()).toBe(0);
        }
    });
});
