/**
 * Random SOP models, harsher than real ones: up to 8 lanes and 60 steps, a quarter of them
 * decisions whose other branch loops back, jumps ahead or ends, jumps from plain steps, meetings
 * across any two lanes, long kegiatan and long custom labels. Seeded, so a failure can be replayed.
 */
import type { Edge, SopModel, Step } from '../../packages/model/src/index.js';
import { seededRandom } from './seeded-random.js';

const WORDS = ['Memeriksa', 'berkas', 'permohonan', 'surat', 'dan', 'menyerahkan', 'kepada', 'Kepala', 'Dinas', 'untuk', 'ditandatangani', 'arsip', 'laporan'];

export function randomSop(seed: number): SopModel {
    const next = seededRandom(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const actors = Array.from({ length: 2 + Math.floor(next() * 7) }, (_, index) => ({ id: `a${index}`, title: `Pelaksana ${index} ${pick(WORDS)}` }));
    const count = 3 + Math.floor(next() * 58);
    const steps: Step[] = [];
    const edges: Edge[] = [];
    const anywhere = (from: number): number | 'end' => {
        const roll = next();
        if (roll < 0.15 || from === count) return 'end';
        if (roll < 0.6 && from > 1) return 1 + Math.floor(next() * (from - 1));
        return Math.min(count, from + 1 + Math.floor(next() * 4));
    };
    for (let number = 1; number <= count; number++) {
        const decision = number > 1 && next() < 0.25;
        const stepActors = next() < 0.1 ? [...new Set([pick(actors).id, pick(actors).id])] : [pick(actors).id];
        const activity = Array.from({ length: 2 + Math.floor(next() * 18) }, () => pick(WORDS)).join(' ');
        steps.push({
            number, label: null, kind: decision ? 'decision' : 'process', actors: stepActors, activity, kelengkapan: [],
            waktu: next() < 0.7 ? { min: 5, max: 5, text: '5 menit' } : null, output: [], keterangan: null, pageBreakBefore: false, line: number + 10,
        });
        const following = number < count ? number + 1 : 'end';
        if (decision) {
            let other = anywhere(number);
            if (other === following || other === number) other = 'end';
            if (other === following) continue;
            edges.push({ from: number, to: following, label: 'Ya' }, { from: number, to: other, label: next() < 0.3 ? 'tidak lengkap sekali' : 'Tidak' });
        } else if (next() < 0.1) {
            const target = anywhere(number);
            edges.push({ from: number, to: target === number ? 'end' : target, label: null });
        } else {
            edges.push({ from: number, to: following, label: null });
        }
    }
    return {
        id: `Acak${seed}`, title: `SOP acak ${seed}`, actors, steps, edges,
        identity: { instansi: null, nomor: null, tempat: null, dibuat: null, revisi: null, efektif: null, disahkan: null, dasarHukum: [], kualifikasiPelaksana: [], keterkaitan: [], peralatan: [], peringatan: [], pencatatan: [] },
        totals: { waktu: { min: 0, max: 0 }, mainPath: [], stepsWithoutWaktu: [] },
    };
}
