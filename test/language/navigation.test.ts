/** Hover, go to definition, find references, rename (across files), outline and folding. */
import { afterEach, describe, expect, it } from 'vitest';
import { expectFoldings, expectGoToDefinition, expectHover } from 'langium/test';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';

const services = createTestServices('en');
afterEach(() => clearAll(services));

const cuti = `sop Cuti "Pengajuan Surat Cuti Pegawai" {
    pelaksana {
        pemohon "Pemohon"
        kasubbag "Kasubbag Umum"
        kadis "Kepala Dinas"
    }
    langkah ajukan: pemohon "Mengajukan permohonan cuti" { waktu 30 menit }
    langkah konsep: kasubbag "Membuat konsep surat cuti" { waktu 1-2 jam }
    keputusan kadis "Memeriksa surat cuti" {
        waktu 30 menit
        tidak -> konsep
    }
    langkah kasubbag "Mengarsipkan" { waktu 0,5 hari }
}
`;

function at(text: string, needle: string, occurrence = 1): number {
    let index = -1;
    for (let count = 0; count < occurrence; count++) {
        index = text.indexOf(needle, index + 1);
    }
    if (index < 0) throw new Error(`${needle} not found`);
    return index;
}

describe('hover', () => {
    const hover = expectHover(services);

    it('shows an actor title and its number of steps, on a reference', async () => {
        await hover({ text: cuti.replace('keputusan kadis', 'keputusan <|>kadis'), index: 0, hover: '**Kepala Dinas** (actor, 1 step)', disposeAfterCheck: true });
    });

    it("shows a step's number, kind, lane and normalized duration", async () => {
        await hover({
            text: cuti.replace('"Membuat konsep', '"Mem<|>buat konsep'), index: 0, disposeAfterCheck: true,
            hover: '**Step 2** (process) in the lane of Kasubbag Umum\n\nWaktu: 1-2 jam = 1 jam - 2 jam (60-120 menit)\n\n_Membuat konsep surat cuti_',
        });
    });

    it('shows the target step on a branch label', async () => {
        await hover({ text: cuti.replace('tidak -> konsep', 'tidak -> kon<|>sep'), index: 0, hover: /^\*\*Step 2\*\* \(process\)/, disposeAfterCheck: true });
    });

    it("shows an SOP's total time along the main path with the conversion rule", async () => {
        // 30 + 60..120 + 30 + 240 = 360..420 minutes
        await hover({
            text: cuti.replace('sop Cuti', 'sop Cu<|>ti'), index: 0, disposeAfterCheck: true,
            hover: '**Pengajuan Surat Cuti Pegawai**\n\nTotal waktu along the main path: **6 jam - 7 jam (360-420 menit)**\n\n'
                + 'Conversion: 1 jam = 60 menit; 1 hari = 1 hari kerja = 8 jam; 1 minggu = 5 hari; 1 bulan = 22 hari.',
        });
    });

    it('speaks Indonesian to an Indonesian client', async () => {
        const indonesian = createTestServices('id');
        await expectHover(indonesian)({ text: cuti.replace('keputusan kadis', 'keputusan <|>kadis'), index: 0, hover: '**Kepala Dinas** (pelaksana, 1 langkah)', disposeAfterCheck: true });
    });
});

describe('go to definition', () => {
    const definition = expectGoToDefinition(services);

    it('jumps from a step to its actor', async () => {
        await definition({ text: cuti.replace('kadis "Kepala Dinas"', '<|kadis|> "Kepala Dinas"').replace('keputusan kadis', 'keputusan <|>kadis'), index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('jumps from a branch to the labelled step', async () => {
        await definition({ text: cuti.replace('langkah konsep:', 'langkah <|konsep|>:').replace('tidak -> konsep', 'tidak -> <|>konsep'), index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('jumps from keterkaitan and instansi to another file', async () => {
        const [rapat, renstra] = await buildFiles(services, {
            '/ws/rapat.sop': 'instansi sekretariat "Dinas" {}\nsop RapatInternal "Rapat Internal" { pelaksana { a "A" } langkah a "Rapat" }\n',
            '/ws/renstra.sop': 'sop Renstra "Renstra" {\n    instansi sekretariat\n    keterkaitan { RapatInternal }\n}\n',
        });
        const text = renstra.textDocument.getText();
        for (const [name, declaration] of [['RapatInternal', 'RapatInternal "Rapat'], ['sekretariat', 'sekretariat "Dinas']] as const) {
            const links = await services.lsp.DefinitionProvider!.getDefinition(renstra, {
                textDocument: { uri: renstra.uri.toString() }, position: renstra.textDocument.positionAt(at(text, name) + 2),
            });
            expect(links?.map(link => [link.targetUri, link.targetSelectionRange.start])).toEqual([
                [rapat.uri.toString(), rapat.textDocument.positionAt(at(rapat.textDocument.getText(), declaration))],
            ]);
        }
    });
});

describe('find references and rename', () => {
    it('finds every use of an actor, with or without its declaration', async () => {
        const [document] = await buildFiles(services, { '/ws/cuti.sop': cuti });
        const position = document.textDocument.positionAt(at(cuti, 'kasubbag "Kasubbag'));
        const params = (includeDeclaration: boolean) => ({ textDocument: { uri: document.uri.toString() }, position, context: { includeDeclaration } });
        const lines = async (includeDeclaration: boolean) =>
            (await services.lsp.ReferencesProvider!.findReferences(document, params(includeDeclaration))).map(location => location.range.start.line + 1);
        expect(await lines(true)).toEqual([4, 8, 13]);
        expect(await lines(false)).toEqual([8, 13]);
    });

    it('renames an SOP across two files', async () => {
        const [rapat, renstra] = await buildFiles(services, {
            '/ws/rapat.sop': 'sop RapatInternal "Rapat Internal" { pelaksana { a "A" } langkah a "Rapat" }\n',
            '/ws/renstra.sop': 'sop Renstra "Renstra" {\n    keterkaitan { RapatInternal, "SOP Arsip" }\n}\nsop Renja "Renja" { keterkaitan RapatInternal }\n',
        });
        const edit = await services.lsp.RenameProvider!.rename(renstra, {
            textDocument: { uri: renstra.uri.toString() }, position: renstra.textDocument.positionAt(at(renstra.textDocument.getText(), 'RapatInternal') + 1), newName: 'RapatKoordinasi',
        });
        const changes = edit?.changes ?? {};
        expect(Object.keys(changes).sort()).toEqual([rapat.uri.toString(), renstra.uri.toString()].sort());
        expect(changes[rapat.uri.toString()].map(change => change.newText)).toEqual(['RapatKoordinasi']);
        expect(changes[renstra.uri.toString()].map(change => change.range.start.line + 1)).toEqual([2, 4]);
    });

    it('renames a step label in the step and in every branch', async () => {
        const [document] = await buildFiles(services, { '/ws/cuti.sop': cuti });
        const edit = await services.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(at(cuti, 'konsep:')), newName: 'draf',
        });
        const changes = edit?.changes?.[document.uri.toString()] ?? [];
        expect(changes.map(change => [change.range.start.line + 1, change.newText])).toEqual([[8, 'draf'], [11, 'draf']]);
    });

    it('renames an actor in pelaksana and in every step that names it', async () => {
        const [document] = await buildFiles(services, { '/ws/cuti.sop': cuti });
        const edit = await services.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(at(cuti, 'kasubbag "Membuat')), newName: 'kasubbagUmum',
        });
        const changes = edit?.changes?.[document.uri.toString()] ?? [];
        expect(changes.map(change => [change.range.start.line + 1, change.newText])).toEqual([[4, 'kasubbagUmum'], [8, 'kasubbagUmum'], [13, 'kasubbagUmum']]);
    });

    it('refuses a new name that is not an id', async () => {
        const [document] = await buildFiles(services, { '/ws/cuti.sop': cuti });
        for (const newName of ['Kasubbag Umum', '2kasubbag', 'langkah', '']) {
            await expect(services.lsp.RenameProvider!.rename(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(at(cuti, 'kasubbag "Membuat')), newName,
            }), newName).rejects.toThrow(/cannot be an id/);
        }
    });

    it('renames an instansi used from another file', async () => {
        const [unit, sop] = await buildFiles(services, {
            '/ws/instansi.sop': 'instansi umum "Dinas" { unit "Subbagian Umum" }\n',
            '/ws/surat.sop': 'sop Surat "Surat" { instansi umum }\n',
        });
        const edit = await services.lsp.RenameProvider!.rename(unit, {
            textDocument: { uri: unit.uri.toString() }, position: unit.textDocument.positionAt(10), newName: 'subbagUmum',
        });
        expect(Object.keys(edit?.changes ?? {}).sort()).toEqual([unit.uri.toString(), sop.uri.toString()].sort());
    });
});

describe('outline and folding', () => {
    it('lists each SOP with its numbered steps', async () => {
        const [document] = await buildFiles(services, { '/ws/cuti.sop': 'instansi umum "Dinas" {}\n' + cuti });
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols.map(symbol => [symbol.name, symbol.kind])).toEqual([['umum', SymbolKind.Namespace], ['Cuti', SymbolKind.Class]]);
        expect(symbols[1].detail).toBe('Pengajuan Surat Cuti Pegawai');
        expect(symbols[1].children?.map(child => [child.name, child.detail])).toEqual([
            ['1. Mengajukan permohonan cuti', 'pemohon'],
            ['2. Membuat konsep surat cuti', 'kasubbag'],
            ['3. Memeriksa surat cuti', 'kadis'],
            ['4. Mengarsipkan', 'kasubbag'],
        ]);
    });

    it('folds SOPs, blocks and steps that span lines', async () => {
        await expectFoldings(services)({
            text: cuti, disposeAfterCheck: true,
            assert: ranges => {
                const spans = ranges.map(range => [range.startLine + 1, range.endLine + 1]);
                expect(spans).toEqual(expect.arrayContaining([[1, 13], [2, 5], [9, 11]]));
            },
        });
    });
});

