/**
 * The details an editor user meets while typing, over stdio with a real client: line endings and BOM
 * kept by formatting and quick fixes, completion that offers what fits, folding without duplicates,
 * messages that never cut a character in half, and diagnostics that name the version they belong to.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, CompletionList, FoldingRange, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lsp-client.js';

let workspace: string;
let client: LspClient;
let counter = 0;
const freshUri = () => pathToFileURL(join(workspace, `berkas${++counter}.sop`)).toString();
const positionOf = (text: string, needle: string, delta = 0) => {
    const before = text.slice(0, text.indexOf(needle) + delta).split(/\r?\n/);
    return { line: before.length - 1, character: before[before.length - 1].length };
};

const messy = (eol: string) => [
    'sop Rapi "Rapi" {',
    'pelaksana{a "A" b "B"}',
    'langkah a "Menyiapkan berkas" {waktu 1 - 2 jam',
    '    kelengkapan "Formulir"',
    '    output "Berkas"}',
    'langkah b "Menerima berkas" {',
    '    waktu 30',
    '}',
    'langkah c "Mengarsipkan berkas"',
    '}',
    '',
].join(eol);

async function openAndWait(text: string): Promise<string> {
    const uri = freshUri();
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    return uri;
}

function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('x:', 'sop', 1, text), edits);
}

const lineEndings = (text: string) => ({ crlf: (text.match(/\r\n/g) ?? []).length, lf: (text.match(/(?<!\r)\n/g) ?? []).length });

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sop-editing-'));
    ({ client } = await LspClient.startIn(workspace, 'id'));
});

afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(workspace, { recursive: true, force: true });
});

describe('line endings and BOM', () => {
    for (const [name, eol, bom] of [['CRLF', '\r\n', ''], ['LF', '\n', ''], ['CRLF with BOM', '\r\n', '\uFEFF']] as const) {
        it(`formatting keeps ${name}`, async () => {
            const text = bom + messy(eol);
            const uri = await openAndWait(text);
            const edits = await client.connection.sendRequest('textDocument/formatting', {
                textDocument: { uri }, options: { tabSize: 4, insertSpaces: true },
            }) as TextEdit[];
            const formatted = applyEdits(text, edits);
            expect(formatted.startsWith(bom + 'sop Rapi')).toBe(true);
            expect(formatted.split(eol).join('\n')).toContain('    pelaksana {\n        a "A"\n        b "B"\n    }\n');
            const endings = lineEndings(formatted);
            expect(eol === '\r\n' ? endings.lf : endings.crlf).toBe(0);
            expect(eol === '\r\n' ? endings.crlf : endings.lf).toBeGreaterThan(10);
        });

        it(`quick fixes keep ${name}`, async () => {
            const text = bom + messy(eol);
            const uri = await openAndWait(text);
            const diagnostics = await client.diagnosticsFor(uri, list => list.some(d => d.code === 'unknown-actor'));
            for (const diagnostic of diagnostics.filter(d => d.code === 'unknown-actor' || d.code === 'duration-missing-unit')) {
                const actions = await client.connection.sendRequest('textDocument/codeAction', {
                    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
                }) as CodeAction[];
                expect(actions.length).toBeGreaterThan(0);
                for (const action of actions) {
                    const fixed = applyEdits(text, action.edit!.changes![uri]);
                    expect(fixed.startsWith(bom + 'sop Rapi')).toBe(true);
                    const endings = lineEndings(fixed);
                    expect(eol === '\r\n' ? endings.lf : endings.crlf, `${action.title}: ${JSON.stringify(fixed)}`).toBe(0);
                }
            }
        });
    }

    it('a quick fix that creates a pelaksana block uses the file\'s line endings', async () => {
        const text = 'sop Tanpa "Tanpa pelaksana" {\r\n    langkah a "Menyiapkan berkas"\r\n    langkah a "Mengirim berkas"\r\n}\r\n';
        const uri = await openAndWait(text);
        const diagnostics = await client.diagnosticsFor(uri, list => list.some(d => d.code === 'unknown-actor'));
        const diagnostic = diagnostics.find(d => d.code === 'unknown-actor')!;
        const [action] = await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        }) as CodeAction[];
        const fixed = applyEdits(text, action.edit!.changes![uri]);
        expect(fixed).toContain('    pelaksana {\r\n        a "A"\r\n    }\r\n');
        expect(lineEndings(fixed).lf).toBe(0);
    });
});

describe('completion offers what fits', () => {
    const sopWith = (body: string) => `sop Cuti "Pengajuan Cuti" {
    pelaksana {
        pemohon "Pemohon"
        kadis "Kepala Dinas"
    }
${body}
}
`;
    const complete = async (text: string, needle: string, delta = needle.length) => {
        const uri = await openAndWait(text);
        const list = await client.connection.sendRequest('textDocument/completion', {
            textDocument: { uri }, position: positionOf(text, needle, delta),
        }) as CompletionList | CompletionItem[] | null;
        return (Array.isArray(list) ? list : list?.items ?? []).map(item => item.label);
    };

    it('offers `kerja` after `waktu 1 hari`, not the units again', async () => {
        const text = sopWith('    langkah pemohon "Mengajukan cuti" {\n        waktu 1 hari \n    }');
        const labels = await complete(text, 'waktu 1 hari ');
        expect(labels).toContain('kerja');
        expect(labels).not.toContain('menit');
        expect(labels).not.toContain('jam');
        // After a number the units are offered, of course.
        expect(await complete(sopWith('    langkah pemohon "Mengajukan cuti" {\n        waktu 1 \n    }'), 'waktu 1 ')).toEqual(expect.arrayContaining(['menit', 'jam', 'hari']));
    });

    it('offers nothing inside comments', async () => {
        const text = sopWith('    // langkah pemohon \n    /* keputusan kadis \n    */\n    langkah pemohon "Mengajukan cuti"');
        expect(await complete(text, '// langkah pemohon ')).toEqual([]);
        expect(await complete(text, '/* keputusan kadis ')).toEqual([]);
        // Outside the comment, the actors are offered.
        expect(await complete(text, 'langkah pemohon "Mengajukan', 'langkah '.length)).toEqual(expect.arrayContaining(['pemohon', 'kadis']));
    });

    it('never offers the step itself after `->`', async () => {
        const text = sopWith([
            '    langkah ajukan: pemohon "Mengajukan cuti"',
            '    keputusan periksa: kadis "Memeriksa permohonan" {',
            '        tidak -> ',
            '    }',
            '    langkah arsip: pemohon "Mengarsipkan"',
        ].join('\n'));
        const labels = await complete(text, 'tidak -> ');
        expect(labels).toEqual(expect.arrayContaining(['ajukan', 'arsip', 'selesai']));
        expect(labels).not.toContain('periksa');
    });

    it('never offers the SOP itself in `keterkaitan`', async () => {
        const text = `sop Lain "SOP Lain" {\n    pelaksana { a "A" b "B" }\n    langkah a "x"\n    langkah b "y"\n}\n` + sopWith('    keterkaitan { L }\n    langkah pemohon "Mengajukan cuti"');
        const labels = await complete(text, 'keterkaitan { ');
        expect(labels).toContain('Lain');
        expect(labels).not.toContain('Cuti');
    });

    it('offers today and the month names after a date keyword', async () => {
        const today = new Date();
        const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
        for (const keyword of ['dibuat', 'revisi', 'efektif']) {
            const text = sopWith(`    ${keyword} \n    langkah pemohon "Mengajukan cuti"`);
            const labels = await complete(text, `${keyword} `);
            expect(labels).toEqual(expect.arrayContaining([iso, 'Januari', 'Desember']));
        }
        const afterDay = await complete(sopWith('    dibuat 8 \n    langkah pemohon "Mengajukan cuti"'), 'dibuat 8 ');
        expect(afterDay).toEqual(expect.arrayContaining(['Januari', 'Agustus']));
        expect(afterDay).not.toContain(iso);
    });
});

describe('small things that show', () => {
    it('gives one folding range per block, never two on the same lines', async () => {
        const text = 'sop Lipat "Lipat" {\n    dasar hukum {\n        "UU 1"\n        "UU 2"\n    }\n    pelaksana {\n        a "A"\n        b "B"\n    }\n    langkah a "x" {\n        waktu 1 jam\n    }\n    langkah b "y"\n}\n';
        const uri = await openAndWait(text);
        const ranges = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }) as FoldingRange[];
        const spans = ranges.map(range => `${range.startLine}-${range.endLine}`);
        expect(new Set(spans).size).toBe(spans.length);
        // A fold ends on the line before its closing brace, which stays visible.
        expect(spans.sort()).toEqual(['0-12', '1-3', '5-7', '9-10']);
    });

    it('never cuts a character in half in a message', async () => {
        const text = 'sop Jam "Jam" {\n    pelaksana { a "A" b "B" }\n    langkah a "x" {\n        waktu 15 🕒\n    }\n    langkah b "y"\n}\n';
        const uri = await openAndWait(text);
        const diagnostics = await client.diagnosticsFor(uri, list => list.length > 0);
        for (const diagnostic of diagnostics) {
            expect(String(diagnostic.message), String(diagnostic.message)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        expect(diagnostics.some(diagnostic => String(diagnostic.message).includes('🕒'))).toBe(true);
    });

    it('names the document version in every publishDiagnostics', async () => {
        const text = 'sop Versi "Versi" {\n    pelaksana { a "A" b "B" }\n    langkah a "x"\n    langkah b "y"\n}\n';
        const uri = freshUri();
        await client.open(uri, text, 7);
        await client.until(() => client.diagnosticVersions.get(uri) === 7, 10_000, () => `version ${client.diagnosticVersions.get(uri)}`);
        await client.change(uri, text.replace('"x"', '"Menyiapkan berkas"'), 8);
        await client.until(() => client.diagnosticVersions.get(uri) === 8, 10_000, () => `version ${client.diagnosticVersions.get(uri)}`);
        expect(client.publications.filter(publication => publication.uri === uri).every(publication => typeof publication.version === 'number')).toBe(true);
    });
});
