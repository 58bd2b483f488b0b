/**
 * Seeded synthetic SOPs for the benchmark, shaped like real ones: five lanes, Indonesian kegiatan,
 * a decision every few steps whose `tidak` loops back, Mutu Baku on every step. The same seed
 * always gives the same text, so figures from different runs measure the same input.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../test/support/seeded-random.js';

const ACTORS = [
    ['pemohon', 'Pemohon'], ['jfu', 'JFU Pengadministrasi Umum'], ['kasubbag', 'Kasubbag Umum dan Kepegawaian'],
    ['sekretaris', 'Sekretaris Dinas'], ['kadis', 'Kepala Dinas'],
] as const;
const VERBS = ['Menerima', 'Memeriksa', 'Mencatat', 'Memverifikasi', 'Menyusun', 'Memaraf', 'Menandatangani', 'Mengarsipkan', 'Meneruskan', 'Mendisposisikan'];
const OBJECTS = ['berkas permohonan', 'surat masuk', 'konsep surat keputusan', 'nota dinas', 'daftar hadir', 'laporan kegiatan', 'formulir cuti', 'agenda surat'];
const TAILS = ['sesuai ketentuan', 'ke dalam buku agenda', 'untuk diproses lebih lanjut', 'dan memberi paraf', 'kepada pejabat berwenang', ''];
const TIMES = ['5 menit', '10 menit', '15 menit', '30 menit', '1 jam', '1-2 jam'];

export function benchSop(seed: number, steps: number, id = `Bench${seed}x${steps}`): string {
    const next = seededRandom(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const lines = [
        `sop ${id} "Pelayanan ${pick(OBJECTS)} ${seed}" {`,
        `    nomor "800/${seed}/SEKRT/2025"`,
        '    dibuat 2025-01-06',
        '    efektif 2025-02-03',
        '    disahkan "Kepala Dinas" nama "Drs. Ahmad Suryadi, M.Si." nip "19700101 199503 1 002"',
        '    pelaksana {',
        ...ACTORS.map(([key, title]) => `        ${key} "${title}"`),
        '    }',
    ];
    let lastDecision = 0;
    for (let number = 1; number <= steps; number++) {
        // A decision now and then (never first or last), whose "tidak" goes back one to three steps.
        const decision = number > 3 && number < steps && number - lastDecision >= 3 && next() < 0.35;
        if (decision) lastDecision = number;
        // Every lane has work: the first five steps go round them, the rest fall where they may.
        const actor = number <= ACTORS.length ? ACTORS[number - 1][0] : pick(ACTORS)[0];
        const activity = `${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`.trim();
        lines.push(`    ${decision ? 'keputusan' : 'langkah'} s${number}: ${actor} "${activity}" {`);
        lines.push(`        kelengkapan "${pick(OBJECTS)}", "Lembar disposisi"`);
        lines.push(`        waktu ${pick(TIMES)}`);
        lines.push(`        output "${pick(OBJECTS)} tahap ${number}"`);
        if (decision) lines.push(`        tidak -> s${number - 1 - Math.floor(next() * 3)}`);
        lines.push('    }');
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

/** `count` files of one SOP each in `folder`, seeds 1..count. */
export function writeBenchSops(folder: string, count: number, steps: number): string {
    mkdirSync(folder, { recursive: true });
    for (let seed = 1; seed <= count; seed++) {
        writeFileSync(join(folder, `sop-${String(seed).padStart(4, '0')}.sop`), benchSop(seed, steps));
    }
    return folder;
}
