/** Formatting, quick fixes and semantic tokens. */
import { afterEach, describe, expect, it } from 'vitest';
import { expectFormatting, highlightHelper, testCodeAction } from 'langium/test';
import { clearAll, createTestServices } from '../support/services.js';

const services = createTestServices('en');
afterEach(() => clearAll(services));

describe('formatting', () => {
    const format = expectFormatting(services);

    it('puts one statement per line, indents by block and normalizes spacing', async () => {
        await format({
            disposeAfterCheck: true,
            before: `// Subbagian Umum
sop Cuti "Pengajuan Cuti"{nomor "800/1"   // nomor dari bagian hukum
  dibuat 8 Januari 2024 pelaksana{pemohon "Pemohon" kadis "Kepala Dinas"}
langkah ajukan : pemohon,kadis "Mengajukan" {kelengkapan "Surat" , "KTP" waktu 1 - 2 jam output {
"Agenda"
   "Disposisi"}}



keputusan kadis "Memeriksa"{ tidak -> ajukan }
/* penutup */
langkah kadis "Selesai" {}
}`,
            after: `// Subbagian Umum
sop Cuti "Pengajuan Cuti" {
    nomor "800/1"   // nomor dari bagian hukum
    dibuat 8 Januari 2024
    pelaksana {
        pemohon "Pemohon"
        kadis   "Kepala Dinas"
    }
    langkah ajukan: pemohon, kadis "Mengajukan" {
        kelengkapan "Surat", "KTP"
        waktu 1-2 jam
        output {
            "Agenda"
            "Disposisi"
        }
    }

    keputusan kadis "Memeriksa" {
        tidak -> ajukan
    }
    /* penutup */
    langkah kadis "Selesai" {}
}
`,
        });
    });

    it('keeps one-line lists on one line and honours tabs', async () => {
        await format({
            disposeAfterCheck: true,
            options: { tabSize: 4, insertSpaces: false },
            before: 'sop A "A" {\n  peralatan { "Komputer",   "Printer" }\n}\n',
            after: 'sop A "A" {\n\tperalatan { "Komputer", "Printer" }\n}\n',
        });
    });

    it('leaves a file with syntax errors untouched', async () => {
        const before = 'sop A "A" {\n  langkah  a "x" { waktu menit }\n}\n';
        await format({ disposeAfterCheck: true, before, after: before });
    });
});

describe('quick fixes', () => {
    const fix = testCodeAction(services);
    const sop = (body: string) => `sop Cuti "Cuti" {\n    pelaksana {\n        pemohon "Pemohon"\n    }\n${body}}\n`;

    it('declares an unknown actor in pelaksana', async () => {
        await fix(
            sop('    langkah pemohon "Mengajukan"\n    langkah kasubbag "Memeriksa"\n'),
            'unknown-actor',
            'sop Cuti "Cuti" {\n    pelaksana {\n        pemohon "Pemohon"\n        kasubbag "Kasubbag"\n    }\n    langkah pemohon "Mengajukan"\n    langkah kasubbag "Memeriksa"\n}\n',
        );
    });

    it('creates pelaksana when there is none', async () => {
        await fix(
            'sop Cuti "Cuti" {\n    nomor "1"\n\n    langkah jfu "Mencatat"\n}\n',
            'unknown-actor',
            'sop Cuti "Cuti" {\n    nomor "1"\n\n    pelaksana {\n        jfu "Jfu"\n    }\n\n    langkah jfu "Mencatat"\n}\n',
        );
    });

    it('adds menit to a waktu without unit', async () => {
        await fix(sop('    langkah pemohon "Mengajukan" { waktu 30 }\n'), 'duration-missing-unit',
            sop('    langkah pemohon "Mengajukan" { waktu 30 menit }\n'));
    });

    it('replaces an unknown unit with the closest one', async () => {
        await fix(sop('    langkah pemohon "Mengajukan" { waktu 3 jem }\n'), 'duration-unknown-unit',
            sop('    langkah pemohon "Mengajukan" { waktu 3 jam }\n'));
        await fix(sop('    langkah pemohon "Mengajukan" { waktu 2 hari kerj }\n'), 'duration-unknown-unit',
            sop('    langkah pemohon "Mengajukan" { waktu 2 hari kerja }\n'));
    });

    it('offers nothing for a unit too far from any known one', async () => {
        await fix(sop('    langkah pemohon "Mengajukan" { waktu 3 detik }\n'), 'duration-unknown-unit', undefined);
    });

    it('replaces an unknown step with the closest label', async () => {
        await fix(sop('    langkah konsep: pemohon "Membuat konsep"\n    keputusan pemohon "Memeriksa" { tidak -> konsp }\n'), 'unknown-step',
            sop('    langkah konsep: pemohon "Membuat konsep"\n    keputusan pemohon "Memeriksa" { tidak -> konsep }\n'));
    });

    it('turns a branching langkah into a keputusan', async () => {
        await fix(sop('    langkah a: pemohon "Membuat"\n    langkah pemohon "Memeriksa" { tidak -> a }\n'), 'branch-outside-decision',
            sop('    langkah a: pemohon "Membuat"\n    keputusan pemohon "Memeriksa" { tidak -> a }\n'));
    });
});

describe('semantic tokens', () => {
    it('gives actors, labels, units, dates, strings and keywords distinct token types', async () => {
        const text = 'sop A "Judul" {\n    dibuat 8 Januari 2024\n    pelaksana { jfu "JFU" }\n    langkah terima: jfu "Menerima" { waktu 30 menit lanjut -> terima }\n}\n';
        const tokens = await highlightHelper(services)(text);
        const typeAt = (needle: string, occurrence = 1) => {
            let offset = -1;
            for (let count = 0; count < occurrence; count++) offset = text.indexOf(needle, offset + 1);
            return tokens.tokens.find(token => token.offset === offset)?.tokenType;
        };
        const types = {
            keyword: typeAt('langkah'), string: typeAt('"Menerima"'), actor: typeAt('jfu', 2), actorDeclaration: typeAt('jfu'),
            label: typeAt('terima'), labelReference: typeAt('terima', 2), unit: typeAt('menit'), date: typeAt('Januari'),
            number: typeAt('30'), sop: typeAt('A'),
        };
        expect(types).toEqual({
            keyword: 'keyword', string: 'string', actor: 'class', actorDeclaration: 'class', label: 'label', labelReference: 'label',
            unit: 'type', date: 'enumMember', number: 'number', sop: 'namespace',
        });
        expect(new Set([types.keyword, types.string, types.actor, types.label, types.unit, types.date]).size).toBe(6);
    });
});
