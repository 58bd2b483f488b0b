/** Workspace-wide checks follow edits in other files, as they happen in an editor. */
import { URI } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';

const services = createTestServices('en');
afterEach(() => clearAll(services));

const sop = (id: string) => `sop ${id} "Judul" {\n    pelaksana { a "A" b "B" }\n    langkah a "Menerima"\n    langkah b "Memeriksa"\n}\n`;

/** Replaces a document's text and rebuilds the workspace, as the language server does on an edit. */
async function edit(path: string, text: string): Promise<void> {
    const uri = URI.file(path);
    const old = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
    setTextDocument(services.shared, TextDocument.create(uri.toString(), 'sop', old.textDocument.version + 1, text));
    await services.shared.workspace.DocumentBuilder.update([uri], []);
}

const codes = (path: string) => (services.shared.workspace.LangiumDocuments.getDocument(URI.file(path))!.diagnostics ?? []).map(d => d.code);

describe('workspace-wide ids', () => {
    it('clears duplicate-sop in the other file once the duplicate is renamed, and raises it again', async () => {
        await buildFiles(services, { '/ws/a.sop': sop('SuratMasuk'), '/ws/b.sop': sop('SuratMasuk') });
        expect(codes('/ws/a.sop')).toContain('duplicate-sop');
        expect(codes('/ws/b.sop')).toContain('duplicate-sop');

        await edit('/ws/b.sop', sop('SuratKeluar'));
        expect(codes('/ws/a.sop')).not.toContain('duplicate-sop');
        expect(codes('/ws/b.sop')).not.toContain('duplicate-sop');

        await edit('/ws/b.sop', sop('SuratMasuk'));
        expect(codes('/ws/a.sop')).toContain('duplicate-sop');
    });

    it('resolves a keterkaitan as soon as the linked SOP is written in another file', async () => {
        await buildFiles(services, {
            '/ws/renstra.sop': 'sop Renstra "Renstra" {\n    keterkaitan { RapatInternal }\n    pelaksana { a "A" b "B" }\n    langkah a "x"\n    langkah b "y"\n}\n',
            '/ws/rapat.sop': sop('Rapat'),
        });
        expect(codes('/ws/renstra.sop')).toContain('unknown-sop');
        await edit('/ws/rapat.sop', sop('RapatInternal'));
        expect(codes('/ws/renstra.sop')).not.toContain('unknown-sop');
    });
});
