/**
 * SOPs that stress the swimlane diagram: the shapes the examples do not have, or not enough of.
 * Each is valid (no errors), so the CLI would draw it too.
 */
import { syntheticSop } from './synthetic-sop.js';

const identity = `    nomor "000/DIAGRAM/2024"
    dibuat 2024-01-08
    efektif 2024-01-15
    disahkan "Kepala Dinas" nama "Drs. Budi Santoso" nip "19700101 199503 1 002"`;

const sop = (id: string, actors: string, steps: string) => `sop ${id} "Diagram ${id}" {
${identity}
    pelaksana { ${actors} }
${steps}
}
`;

const four = 'pemohon "Pemohon" jfu "JFU" kasubbag "Kasubbag Umum" kadis "Kepala Dinas"';
const step = (keyword: string, head: string, activity: string, extra = '') =>
    `    ${keyword} ${head} "${activity}" { kelengkapan "Berkas" waktu 15 menit output "Berkas" ${extra} }`;

export const DIAGRAM_CASES: Record<string, string> = {
    'decision-first.sop': sop('DecisionFirst', four, [
        step('keputusan', 'periksa: kadis', 'Memeriksa kelengkapan permohonan', 'tidak -> selesai'),
        step('langkah', 'jfu', 'Mencatat permohonan'),
        step('langkah', 'pemohon', 'Menerima tanda terima'),
    ].join('\n')),
    'decision-last.sop': sop('DecisionLast', four, [
        step('langkah', 'awal: pemohon', 'Mengajukan permohonan'),
        step('langkah', 'konsep: kasubbag', 'Membuat konsep surat'),
        step('keputusan', 'kadis', 'Menandatangani surat', 'tidak -> konsep'),
    ].join('\n')),
    'branch-to-selesai.sop': sop('BranchToSelesai', four, [
        step('langkah', 'pemohon', 'Mengajukan permohonan'),
        step('keputusan', 'jfu', 'Memeriksa berkas', '"tidak lengkap" -> selesai "lengkap" -> lanjutkan'),
        step('langkah', 'lanjutkan: jfu', 'Meneruskan berkas'),
        step('keputusan', 'kadis', 'Menyetujui permohonan', 'ya -> selesai tidak -> tolak'),
        step('langkah', 'tolak: kasubbag', 'Menyusun surat penolakan'),
    ].join('\n')),
    'nested-loops.sop': sop('NestedLoops', four, [
        step('langkah', 'a: pemohon', 'Mengajukan permohonan'),
        step('langkah', 'b: jfu', 'Mencatat permohonan'),
        step('langkah', 'c: kasubbag', 'Membuat konsep'),
        step('keputusan', 'kasubbag', 'Memeriksa konsep', 'tidak -> c'),
        step('keputusan', 'kadis', 'Menyetujui konsep', 'tidak -> b'),
        step('keputusan', 'kadis', 'Menandatangani', 'tidak -> a'),
        step('langkah', 'jfu', 'Mengarsipkan'),
    ].join('\n')),
    'meeting.sop': sop('MeetingAcross', four, [
        step('langkah', 'pemohon', 'Mengajukan permohonan'),
        step('langkah', 'rapat: pemohon, kadis', 'Rapat pembahasan permohonan bersama Kepala Dinas'),
        step('langkah', 'jfu', 'Mencatat hasil rapat'),
        step('keputusan', 'jfu, kasubbag', 'Memeriksa hasil rapat', 'tidak -> rapat'),
        step('langkah', 'kadis', 'Menandatangani'),
    ].join('\n')),
    'eight-lanes.sop': sop('EightLanes',
        'a "Pemohon" b "Petugas Loket" c "JFU" d "Kasubbag Umum" e "Kepala Bidang" f "Sekretaris" g "Kepala Dinas" h "Bendahara"',
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'c', 'a'].map((actor, index) =>
            index === 7 ? step('keputusan', actor, 'Memeriksa pembayaran', 'tidak -> s3') : step('langkah', `${index === 2 ? 's3: ' : ''}${actor}`, `Langkah ${index + 1} oleh lane ${actor}`)).join('\n')),
    'synthetic-60.sop': syntheticSop(60, 'Sintetis60', { variety: true }),
    'synthetic-200.sop': syntheticSop(200, 'Sintetis200', { variety: true }),
};
