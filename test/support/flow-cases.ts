/**
 * Hand-made SOP models for the printed flowchart's hard cases: loops and jumps across page breaks
 * (several into one step, one into the start), "Ya" down past rows and across a page, a decision in
 * the last lane, meetings across an even number of lanes, loops into decisions at the table's edges.
 */
import type { Edge, SopModel, Step } from '../../packages/model/src/index.js';

interface CaseStep {
    actors: number[];
    decision?: boolean;
    /** Where this step goes: a number, 'end', or for a decision [ya, tidak]. Default: the next step. */
    to?: number | 'end' | [number | 'end', number | 'end'];
    breakBefore?: boolean;
    /** A decision's branch labels; default "Ya" and "Tidak". */
    labels?: [string, string];
}

const ACTORS = ['Pemohon', 'Petugas Loket', 'Kasubbag Umum', 'Sekretaris', 'Kepala Dinas'];

function caseModel(id: string, laneCount: number, steps: CaseStep[]): SopModel {
    const actors = ACTORS.slice(0, laneCount).map((title, index) => ({ id: `p${index}`, title }));
    const modelSteps: Step[] = steps.map((step, index) => ({
        number: index + 1, label: null, kind: step.decision ? 'decision' : 'process', actors: step.actors.map(lane => `p${lane}`),
        activity: `${step.decision ? 'Memeriksa kelengkapan' : 'Memproses'} berkas permohonan tahap ${index + 1}`,
        kelengkapan: ['Berkas permohonan'], waktu: { min: 15, max: 15, text: '15 menit' }, output: ['Berkas'], keterangan: null,
        pageBreakBefore: step.breakBefore ?? false, line: index + 1,
    }));
    const edges: Edge[] = [];
    steps.forEach((step, index) => {
        const from = index + 1;
        const following = from < steps.length ? from + 1 : 'end';
        if (Array.isArray(step.to)) {
            const [main, other] = step.labels ?? ['Ya', 'Tidak'];
            edges.push({ from, to: step.to[0], label: main }, { from, to: step.to[1], label: other });
        } else {
            edges.push({ from, to: step.to ?? following, label: null });
        }
    });
    return {
        id, title: `SOP ${id}`, actors, steps: modelSteps, edges,
        identity: { instansi: null, nomor: null, tempat: null, dibuat: null, revisi: null, efektif: null, disahkan: null, dasarHukum: [], kualifikasiPelaksana: [], keterkaitan: [], peralatan: [], peringatan: [], pencatatan: [] },
        totals: { waktu: { min: 0, max: 0 }, mainPath: [], stepsWithoutWaktu: [] },
    };
}

export const FLOW_CASES: SopModel[] = [
    // Two loops from the next page into step 3, one into step 4, one into step 1.
    caseModel('LoopsAcrossPages', 4, [
        { actors: [0] }, { actors: [1] }, { actors: [2] }, { actors: [1] }, { actors: [3] },
        { actors: [2], breakBefore: true }, { actors: [1] }, { actors: [2], decision: true, to: [9, 3] }, { actors: [3] },
        { actors: [3], decision: true, to: [11, 4] }, { actors: [1], decision: true, to: [12, 3] }, { actors: [0], decision: true, to: [13, 1] }, { actors: [0] },
    ]),
    // "Ya" down past the next row, on the page and across a break; "Tidak" to the next step, sideways.
    caseModel('YaDownPastRows', 4, [
        { actors: [0] }, { actors: [1], decision: true, to: [4, 3] }, { actors: [0] }, { actors: [2] },
        { actors: [3], decision: true, to: [8, 6] }, { actors: [2] }, { actors: [1], breakBefore: true }, { actors: [3] }, { actors: [0] },
    ]),
    // Decisions in the last lane and the first; loops to the start; meetings across two and four lanes.
    caseModel('EdgesOfTheTable', 5, [
        { actors: [4] }, { actors: [0, 1] }, { actors: [4], decision: true, to: [4, 1] }, { actors: [1, 2, 3, 4] },
        { actors: [0], decision: true, to: [6, 2] }, { actors: [2, 3] }, { actors: [4], decision: true, to: [8, 'end'] },
        { actors: [0], to: 10, breakBefore: true }, { actors: [3] }, { actors: [4], decision: true, to: ['end', 1] },
    ]),
    // Loops back into decisions in the first lane and the last, whose inner side vertex their own
    // "Tidak" takes: the loop must come in at the vertex next to the table's edge.
    caseModel('LoopsIntoDecisions', 5, [
        { actors: [1] }, { actors: [2] }, { actors: [0], decision: true, to: [4, 1] }, { actors: [2], decision: true, to: [5, 3] },
        { actors: [4], decision: true, to: [6, 2] }, { actors: [2], decision: true, to: [7, 5] }, { actors: [2] },
    ]),
    // Branches labelled in words, as `"lengkap" -> x` and `"tidak lengkap" -> y` print them, in
    // decisions in every lane, going down, sideways and back.
    caseModel('LabelledBranches', 5, [
        { actors: [0] }, { actors: [1], decision: true, to: [3, 1], labels: ['lengkap', 'tidak lengkap'] }, { actors: [2] },
        { actors: [4], decision: true, to: [5, 3], labels: ['sesuai', 'tidak sesuai'] }, { actors: [3] },
        { actors: [0], decision: true, to: [7, 5], labels: ['disetujui', 'perlu perbaikan'] }, { actors: [2], decision: true, to: [8, 'end'], labels: ['lengkap', 'tidak lengkap'] },
        { actors: [1] },
    ]),
];
