/** Completion at the places a user types: keywords, actors, labels, units, SOP ids, earlier outputs. */
import { afterEach, describe, expect, it } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver-protocol';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';

const services = createTestServices('en');
const complete = expectCompletion(services);
afterEach(() => clearAll(services));

const header = `sop Cuti "Pengajuan Cuti" {
    pelaksana {
        pemohon "Pemohon"
        kasubbag "Kasubbag Umum"
        kadis "Kepala Dinas"
    }
`;

const labels = (list: CompletionList) => list.items.map(item => item.label);

describe('completion', () => {
    it('offers the keywords that may start a file', async () => {
        await complete({
            text: '<|>', index: 0, disposeAfterCheck: true,
            assert: list => expect(labels(list).sort()).toEqual(['instansi', 'sop']),
        });
    });

    it('offers identity fields, pelaksana and step keywords inside an SOP', async () => {
        await complete({
            text: 'sop A "x" {\n    <|>\n}', index: 0, disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining([
                'nomor', 'tempat', 'dibuat', 'revisi', 'efektif', 'disahkan', 'dasar', 'kualifikasi', 'keterkaitan', 'peralatan',
                'peringatan', 'pencatatan', 'pelaksana', 'langkah', 'keputusan', 'halaman', 'instansi',
            ])),
        });
    });

    it('offers the declared actors, with their titles, where a step names its actor', async () => {
        await complete({
            text: header + '    langkah <|>\n}', index: 0, disposeAfterCheck: true,
            assert: list => {
                const actors = list.items.filter(item => ['pemohon', 'kasubbag', 'kadis'].includes(item.label));
                expect(actors.map(item => [item.label, item.detail])).toEqual([
                    ['pemohon', 'Pemohon'], ['kasubbag', 'Kasubbag Umum'], ['kadis', 'Kepala Dinas'],
                ]);
            },
        });
    });

    it('offers the step labels and selesai after ->', async () => {
        await complete({
            text: header + `    langkah ajukan: pemohon "Mengajukan permohonan"
    langkah konsep: kasubbag "Membuat konsep"
    keputusan kadis "Memeriksa konsep" {
        tidak -> <|>
    }
}`, index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(labels(list).sort()).toEqual(['ajukan', 'konsep', 'selesai']);
                expect(list.items.find(item => item.label === 'konsep')?.detail).toBe('2. Membuat konsep');
            },
        });
    });

    it('offers the units after the number of a waktu', async () => {
        await complete({
            text: header + '    langkah pemohon "Mengajukan" {\n        waktu 30 <|>\n    }\n}', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['menit', 'jam', 'hari', 'hari kerja', 'minggu', 'bulan']));
                expect(list.items.find(item => item.label === 'jam')?.detail).toBe('= 60 menit');
            },
        });
    });

    it('offers SOP ids of other files in keterkaitan', async () => {
        await buildFiles(services, { '/ws/rapat.sop': 'sop RapatInternal "Rapat Internal" { pelaksana { a "A" } langkah a "Rapat" }' });
        await complete({
            text: 'sop Renstra "Penyusunan Renstra" {\n    keterkaitan { <|> }\n}', index: 0, disposeAfterCheck: true,
            assert: list => {
                const item = list.items.find(each => each.label === 'RapatInternal');
                expect(item?.detail).toBe('Rapat Internal');
            },
        });
    });

    it('offers the outputs of earlier steps for kelengkapan, the closest first', async () => {
        await complete({
            text: header + `    langkah pemohon "Mengajukan permohonan" { output "Surat permohonan" }
    langkah kasubbag "Membuat konsep" { output "Konsep surat", "Agenda" }
    langkah kadis "Menandatangani" {
        kelengkapan <|>
    }
    langkah kadis "Tidak terlihat" { output "Output sesudahnya" }
}`, index: 0, disposeAfterCheck: true,
            assert: list => {
                const outputs = list.items.filter(item => item.detail?.startsWith('output'));
                expect(outputs.map(item => item.label)).toEqual(['Konsep surat', 'Agenda', 'Surat permohonan']);
                expect(outputs[0].textEdit && 'newText' in outputs[0].textEdit ? outputs[0].textEdit.newText : undefined).toBe('"Konsep surat"');
            },
        });
    });

    it('does not offer outputs for an output list', async () => {
        await complete({
            text: header + `    langkah pemohon "Mengajukan permohonan" { output "Surat permohonan" }
    langkah kadis "Menandatangani" {
        output <|>
    }
}`, index: 0, disposeAfterCheck: true,
            assert: list => expect(list.items.filter(item => item.detail?.startsWith('output'))).toEqual([]),
        });
    });
});
