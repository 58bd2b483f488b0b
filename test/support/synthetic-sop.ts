/**
 * A synthetic SOP of any length, shaped like real ones: a few lanes, every fifth step a decision
 * whose `tidak` loops back two steps, full Mutu Baku, a labelled correction path.
 */
export interface SyntheticOptions {
    /** Also meetings across lanes, forward jumps and a decision that may end the SOP. */
    variety?: boolean;
}

export function syntheticSop(steps: number, id = `Sintetis${steps}`, options: SyntheticOptions = {}): string {
    const actors = ['jfu', 'kasubbag', 'sekretaris', 'kadis'];
    const lines = [
        `sop ${id} "SOP Sintetis ${steps} Langkah" {`,
        '    nomor "000/SINT/2024"',
        '    dibuat 2024-01-08',
        '    efektif 2024-01-15',
        '    disahkan "Kepala Dinas" nama "Drs. Budi Santoso" nip "19700101 199503 1 002"',
        '    pelaksana {',
        '        jfu        "JFU"',
        '        kasubbag   "Kasubbag Umum"',
        '        sekretaris "Sekretaris"',
        '        kadis      "Kepala Dinas"',
        '    }',
    ];
    for (let number = 1; number <= steps; number++) {
        const actor = actors[number % actors.length];
        const decision = number % 5 === 0 && number > 2;
        const meeting = options.variety && number % 9 === 4 ? `${actors[0]}, ${actors[2]}` : actor;
        lines.push(`    ${decision ? 'keputusan' : 'langkah'} s${number}: ${meeting} "Memproses berkas tahap ${number}" {`);
        lines.push(`        kelengkapan "Berkas ${number - 1}", "Disposisi"`);
        lines.push(`        waktu ${number % 3 === 0 ? '1-2 jam' : '15 menit'}`);
        lines.push(`        output "Berkas ${number}"`);
        if (decision && options.variety && number % 15 === 0 && number < steps - 1) {
            // "Ya" ends the SOP early; "Tidak" goes on.
            lines.push('        ya -> selesai', `        tidak -> s${number + 1}`);
        } else if (decision) {
            lines.push(`        tidak -> s${number - 2}`);
        } else if (options.variety && number % 11 === 0 && number + 3 <= steps) {
            lines.push(`        lanjut -> s${number + 3}`);
        }
        lines.push('    }');
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}
