/** Syntax errors read like advice, in the writer's language, at the place of the mistake. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';

const english = createTestServices('en');
const indonesian = createTestServices('id');
afterEach(async () => {
    await clearAll(english);
    await clearAll(indonesian);
});

const wrap = (body: string) => `sop A "Judul" {\n    pelaksana { a "A" b "B" }\n${body}\n}\n`;

async function syntaxErrors(services: typeof english, text: string): Promise<string[]> {
    const [document] = await buildFiles(services, { [`/syntax/${Math.random().toString(36).slice(2)}.sop`]: text });
    return (document.diagnostics ?? []).filter(d => d.code === 'syntax-error').map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

describe('syntax errors', () => {
    it.each([
        ['a waktu without a number', wrap('    langkah a "x" { waktu menit }'),
            '3:27 Waktu needs a number and a unit, for example `30 menit` or `1-2 jam` (found `menit`).',
            '3:27 Waktu perlu angka dan satuan, misalnya `30 menit` atau `1-2 jam` (tertulis `menit`).'],
        ['a misspelt field in a step', wrap('    langkah a "x" { wakt 3 menit }'),
            '3:21 `wakt` is not part of a step. A step holds kelengkapan, waktu, output, keterangan, `ya/tidak -> label` and `lanjut -> label`.',
            '3:21 `wakt` bukan bagian langkah. Langkah berisi kelengkapan, waktu, output, keterangan, `ya/tidak -> label` dan `lanjut -> label`.'],
        ['a step without its activity', wrap('    langkah a { waktu 3 menit }'),
            '3:15 A step names its actor and then its activity in quotes, for example `langkah kasubbag "Memeriksa surat"` (found `{`).',
            '3:15 Langkah menyebut pelaksananya lalu kegiatannya dalam tanda petik, misalnya `langkah kasubbag "Memeriksa surat"` (tertulis `{`).'],
        ['a misspelt identity field', 'sop A "Judul" {\n    nomer "1"\n}\n',
            '2:5 `nomer` is not part of an SOP. Write identity fields (nomor, dibuat, efektif, disahkan, ...), `pelaksana { ... }`, or steps (`langkah`, `keputusan`).',
            '2:5 `nomer` bukan bagian SOP. Tulis isian identitas (nomor, dibuat, efektif, disahkan, ...), `pelaksana { ... }`, atau langkah (`langkah`, `keputusan`).'],
        ['a date without a month', 'sop A "Judul" {\n    dibuat 8 2024\n}\n',
            '2:14 Write a date as `2024-01-08`, `8 Januari 2024` or `Januari 2024` (found `2024`).',
            '2:14 Tulis tanggal sebagai `2024-01-08`, `8 Januari 2024` atau `Januari 2024` (tertulis `2024`).'],
        ['a branch without a target', wrap('    keputusan a "x" { tidak -> }'),
            '3:32 After `->` write the label of a step or `selesai` (found `}`).',
            '3:32 Setelah `->` tulis label langkah atau `selesai` (tertulis `}`).'],
        ['a list item without quotes', wrap('    langkah a "x" { kelengkapan Surat }'),
            '3:33 Write the items as texts in quotes, separated by commas: `"Surat", "Disposisi"` (found `Surat`).',
            '3:33 Tulis isinya sebagai teks dalam tanda petik, dipisah koma: `"Surat", "Disposisi"` (tertulis `Surat`).'],
        ['an actor without its title', 'sop A "Judul" {\n    pelaksana { a }\n}\n',
            '2:19 In `pelaksana`, declare one actor per line: an id and its title, for example `kasubbag "Kasubbag Umum"` (found `}`).',
            '2:19 Di `pelaksana`, tulis satu pelaksana per baris: id lalu jabatannya, misalnya `kasubbag "Kasubbag Umum"` (tertulis `}`).'],
        ['an unclosed text', wrap('    langkah a "x {'),
            '3:15 This text is not closed: add `"` at its end, on the same line.',
            '3:15 Teks ini belum ditutup: tambahkan `"` di akhirnya, pada baris yang sama.'],
    ])('%s', async (_case, text, inEnglish, inIndonesian) => {
        expect((await syntaxErrors(english, text))[0]).toBe(inEnglish);
        expect((await syntaxErrors(indonesian, text))[0]).toBe(inIndonesian);
    });

    it('never shows the parser\'s token names', async () => {
        const messages = await syntaxErrors(english, 'sop { langkah -> ; } keputusan "');
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) {
            expect(message).not.toMatch(/token of type|STRING|ID\b|NUMBER|EOF|:KW/);
        }
    });
});
