/**
 * The model of real SOPs against values worked out by hand from the examples (and so from the
 * seed documents): numbering, lanes, edges with their labels, and totals along the main path.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, SopAst, type SopServices } from '../../packages/language/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { exampleFiles } from '../support/examples.js';
import { buildFiles, createTestServices } from '../support/services.js';

let services: SopServices;
const models = new Map<string, SopModel>();

beforeAll(async () => {
    services = createTestServices('en');
    const documents = await buildFiles(services, exampleFiles());
    for (const document of documents) {
        for (const element of document.parseResult.value.elements) {
            if (SopAst.isSop(element)) models.set(element.name, buildModel(element));
        }
    }
});

const edgesOf = (model: SopModel) => model.edges.map(edge => `${edge.from}->${edge.to}${edge.label ? ` ${edge.label}` : ''}`);

describe('model of the examples', () => {
    it('holds all 29 SOPs of the seeds', () => {
        expect(models.size).toBe(29);
    });

    it('MekanismeSosialisasi (Inspektorat Indragiri Hilir): identity, lanes, the Tidak loop and a range in days', () => {
        const model = models.get('MekanismeSosialisasi')!;
        expect(model.title).toBe('Mekanisme Sosialisasi');
        expect(model.identity.nomor).toBe('700/Insp-Set/SOP/50');
        expect(model.identity.dibuat?.text).toBe('08 Januari 2021');
        expect(model.identity.efektif?.text).toBe('08 Januari 2021');
        expect(model.identity.revisi).toBeNull();
        expect(model.identity.tempat).toBe('Tembilahan');
        expect(model.identity.disahkan).toEqual({ jabatan: 'Inspektur Kabupaten Indragiri Hilir', nama: null, pangkat: null, nip: null });
        expect(model.identity.instansi?.pemerintah).toBe('Pemerintah Kabupaten Indragiri Hilir');
        expect(model.identity.dasarHukum).toHaveLength(5);
        expect(model.actors.map(actor => actor.id)).toEqual(['panitia', 'kasubbag', 'sekretaris', 'inspektur']);
        expect(model.steps.map(step => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        expect(model.steps.map(step => step.kind)).toEqual(['process', 'decision', 'process', 'process', 'process', 'process', 'process', 'process']);
        expect(model.steps[2].actors).toEqual(['panitia', 'kasubbag']);
        expect(model.steps[2].waktu).toEqual({ min: 480, max: 2400, text: '1-5 hari' });
        expect(edgesOf(model)).toEqual(['1->2', '2->3 Ya', '2->1 Tidak', '3->4', '4->5', '5->6', '6->7', '7->8', '8->end']);
        // 15 + 15 + (480..2400) + 60 + 60 + 300 + 60 + 30 minutes
        expect(model.totals).toEqual({ waktu: { min: 1020, max: 2940 }, mainPath: [1, 2, 3, 4, 5, 6, 7, 8], stepsWithoutWaktu: [] });
    });

    it('PembukuanBukuKasUmum (Subbagian Keuangan): an explicit ya, a correction step and lanjut back', () => {
        const model = models.get('PembukuanBukuKasUmum')!;
        expect(model.steps).toHaveLength(6);
        expect(model.steps[2]).toMatchObject({ number: 3, label: 'koreksi', kind: 'decision', actors: ['kasubbag'] });
        expect(edgesOf(model)).toEqual(['1->2', '2->3', '3->5 Ya', '3->4 Tidak', '4->3', '5->6', '6->end']);
        // main path 1, 2, 3, 5, 6: 45 + 60 + 30 + 30 + 30 minutes; the correction step 4 is not on it
        expect(model.totals).toEqual({ waktu: { min: 195, max: 195 }, mainPath: [1, 2, 3, 5, 6], stepsWithoutWaktu: [] });
    });

    it('PenyusunanDpa (Subbagian Program): custom branch labels and a meeting across four lanes', () => {
        const model = models.get('PenyusunanDpa')!;
        expect(model.steps).toHaveLength(10);
        expect(model.steps[3].actors).toEqual(['kasubbag', 'sekretaris', 'kadis', 'staf']);
        expect(model.steps[1].keterangan).toBe('Pelaksanaan bisa berulang');
        expect(edgesOf(model)).toEqual([
            '1->2', '2->3', '3->4', '4->5', '5->6', '6->7 Ya', '6->5 Tidak', '7->8',
            '8->9 ada penyesuaian', '8->10 tidak ada penyesuaian', '9->10', '10->end',
        ]);
        // the first labelled branch is the main path: 15 + 240 + 960 + 180 + 480 + 120 + 480 + 480 + 480 + 180
        expect(model.totals).toEqual({ waktu: { min: 3615, max: 3615 }, mainPath: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], stepsWithoutWaktu: [] });
    });

    it('reports the steps on the main path that have no waktu', () => {
        const model = models.get('PengembanganAplikasi')!;
        const last = model.steps.at(-1)!;
        expect(last.waktu).toBeNull();
        expect(model.totals.stepsWithoutWaktu).toEqual([last.number]);
    });

    it('links keterkaitan and instansi across files', () => {
        const linked = [...models.values()].flatMap(model => model.identity.keterkaitan.filter(related => related.id !== null));
        for (const related of linked) {
            expect(models.has(related.id!), related.id!).toBe(true);
            expect(related.title).toBe(models.get(related.id!)!.title);
        }
        for (const model of models.values()) {
            expect(model.identity.instansi, model.id).not.toBeNull();
        }
    });
});
