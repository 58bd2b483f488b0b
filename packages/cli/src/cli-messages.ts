/** The command line's own words (usage, I/O problems, summaries), in Indonesian and English. */
import type { Locale } from '@sop-ap/language';

export interface CliMessages {
    usage: string;
    checkUsage: string;
    formatUsage: string;
    compileUsage: string;
    outRequired: string;
    svgNotYet: string;
    noChrome: string;
    chromeMissing(from: string, path: string): string;
    chromeFailed(detail: string): string;
    notWritten(id: string, errors: number): string;
    logoUnreadable(path: string, detail: string): string;
    logoUnsupported(extension: string): string;
    rowTooTall(step: number): string;
    identityTooLong: string;
    wrote(sops: number, formats: string, folder: string): string;
    openIndex(path: string): string;
    progress(done: number, total: number, id: string): string;
    watching: string;
    changed(files: string): string;
    rewrote(files: string): string;
    nothingChanged: string;
    unknownCommand(command: string): string;
    badOption(detail: string): string;
    badChoice(option: string, value: string, choices: string[]): string;
    pathNotFound(path: string): string;
    notSopFile(path: string): string;
    noSopFiles(path: string): string;
    unreadable(path: string, reason: string): string;
    notUtf8(byte: number): string;
    summary(files: number, sops: number, errors: number, warnings: number): string;
    severity(severity: 'error' | 'warning' | 'info' | 'hint'): string;
    internalError(detail: string): string;
    formatWouldChange(path: string): string;
    formatted(path: string): string;
    formatSummary(changed: number, files: number, check: boolean): string;
    formatSyntaxErrors(path: string): string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: CliMessages = {
    usage: `Usage: sop <command> [paths...] [options]

Commands:
  check     Check .sop files and report problems with file:line:column
  compile   Compile SOPs to print-ready HTML, PDF and JSON
  format    Format .sop files in place (--check: only report files that would change)

Run \`sop <command> --help\` for the options of a command.
Options: --help, --version`,
    checkUsage: `Usage: sop check [paths...] [--format pretty|json|github] [--lang id|en] [--max-actors N]

Checks .sop files and folders (searched recursively; default: the current folder).
Files next to a checked file are read too, so that references between files resolve.

  --format pretty|json|github  output style (default: pretty)
  --lang id|en                 language of the messages (default: from LANG)
  --max-actors N               lanes that fit a page before too-many-actors (default: 8)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.`,
    formatUsage: `Usage: sop format [paths...] [--check] [--lang id|en]

Formats .sop files in place: indentation, one statement per line, spacing. Comments are kept and
meaning never changes. Files with syntax errors are reported and left alone.

  --check      write nothing; exit 1 when a file would change

Exit status: 0 done (or nothing to change), 1 a file would change (--check) or has syntax errors, 2 usage or I/O error.`,
    compileUsage: `Usage: sop compile [paths...] -o DIR [--to html,json,pdf] [--paper a4|f4|letter] [--watch] [--chrome PATH] [--lang id|en]

Compiles every SOP to print-ready files named by its id: DIR/SuratCuti.html (self-contained: styles,
font, symbols and logo inline), .json (the model), .pdf (printed by Chromium). An SOP with errors is
reported and not written; the others are. DIR/index.html lists what was written.

  -o, --out DIR          output folder (created if needed)
  --to FORMATS           html, json, pdf, or several separated by commas (default: html)
  --paper a4|f4|letter   paper, landscape (default: a4)
  --watch                compile again when a file changes, and say what was rewritten
  --chrome PATH          the Chromium or Chrome that prints PDFs (default: SOP_CHROME, then the usual places)

Exit status: 0 all written, 1 an SOP had errors (the others were written), 2 usage or I/O error.`,
    outRequired: 'Say where to write the files with -o DIR.',
    svgNotYet: '`--to svg` (the swimlane diagram) is not available yet; use html, json or pdf.',
    noChrome: 'PDF needs Chromium or Chrome and none was found. Install one (Debian: apt-get install chromium), or give its path with --chrome PATH or SOP_CHROME. Nothing was written.',
    chromeMissing: (from, path) => `${from}: no browser at ${path}. Nothing was written.`,
    chromeFailed: detail => `Chromium could not print: ${detail}`,
    notWritten: (id, errors) => `${id}: not written (${errors} ${errors === 1 ? 'error' : 'errors'}).`,
    logoUnreadable: (path, detail) => `The logo ${path} cannot be read (${detail}).`,
    logoUnsupported: extension => `A logo of type ${extension} cannot be embedded; use PNG, JPEG, GIF, WebP or SVG.`,
    rowTooTall: step => `Step ${step} does not fit on one printed page: shorten its kegiatan, kelengkapan or output.`,
    identityTooLong: 'The identity section does not fit on one printed page: shorten dasar hukum or the other lists.',
    wrote: (sops, formats, folder) => `Wrote ${sops} ${sops === 1 ? 'SOP' : 'SOPs'} (${formats}) to ${folder}`,
    openIndex: path => `Open ${path}`,
    progress: (done, total, id) => `[${done}/${total}] ${id}`,
    watching: 'Watching for changes; Ctrl+C stops.',
    changed: files => `Changed: ${files}`,
    rewrote: files => `  wrote ${files}`,
    nothingChanged: '  no document changed',
    unknownCommand: command => `Unknown command \`${command}\`. Run \`sop --help\`.`,
    badOption: detail => `${detail} Run \`sop <command> --help\`.`,
    badChoice: (option, value, choices) => `--${option} takes ${choices.join(' or ')}, not \`${value}\`.`,
    pathNotFound: path => `${path}: no such file or folder.`,
    notSopFile: path => `${path}: not a .sop file.`,
    noSopFiles: path => `${path}: no .sop files found.`,
    unreadable: (path, reason) => `${path}: cannot be read (${reason}).`,
    notUtf8: byte => `not UTF-8 text (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); save the file as UTF-8.`,
    summary: (files, sops, errors, warnings) =>
        `${plural(files, 'file', 'files')}, ${plural(sops, 'SOP', 'SOPs')}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`,
    severity: severity => severity,
    internalError: detail => `Internal error: ${detail}. Please report it with the file that caused it.`,
    formatWouldChange: path => `${path}: would be reformatted`,
    formatted: path => `${path}: formatted`,
    formatSummary: (changed, files, check) =>
        check ? `${plural(changed, 'file', 'files')} of ${files} would be reformatted` : `${plural(changed, 'file', 'files')} of ${files} reformatted`,
    formatSyntaxErrors: path => `${path}: has syntax errors; not formatted (run \`sop check\`).`,
};

const id: CliMessages = {
    usage: `Pemakaian: sop <perintah> [path...] [opsi]

Perintah:
  check     Memeriksa berkas .sop dan melaporkan masalah dengan berkas:baris:kolom
  compile   Mengompilasi SOP menjadi HTML, PDF dan JSON siap cetak
  format    Merapikan berkas .sop (--check: hanya melaporkan berkas yang akan berubah)

Jalankan \`sop <perintah> --help\` untuk opsi tiap perintah.
Opsi: --help, --version`,
    checkUsage: `Pemakaian: sop check [path...] [--format pretty|json|github] [--lang id|en] [--max-actors N]

Memeriksa berkas dan folder .sop (dicari sampai ke subfolder; bawaan: folder saat ini).
Berkas di samping berkas yang diperiksa ikut dibaca agar rujukan antarberkas dikenali.

  --format pretty|json|github  bentuk keluaran (bawaan: pretty)
  --lang id|en                 bahasa pesan (bawaan: dari LANG)
  --max-actors N               jumlah kolom pelaksana yang muat satu halaman (bawaan: 8)

Status keluar: 0 tidak ada kesalahan (peringatan boleh), 1 ada kesalahan, 2 salah pemakaian atau gagal baca.`,
    formatUsage: `Pemakaian: sop format [path...] [--check] [--lang id|en]

Merapikan berkas .sop: indentasi, satu pernyataan per baris, spasi. Komentar dipertahankan dan
maknanya tidak pernah berubah. Berkas dengan kesalahan sintaks dilaporkan dan tidak diubah.

  --check      tidak menulis apa pun; keluar dengan 1 bila ada berkas yang akan berubah

Status keluar: 0 selesai, 1 ada berkas yang akan berubah (--check) atau salah sintaks, 2 salah pemakaian atau gagal baca.`,
    compileUsage: `Pemakaian: sop compile [path...] -o FOLDER [--to html,json,pdf] [--paper a4|f4|letter] [--watch] [--chrome PATH] [--lang id|en]

Mengompilasi setiap SOP menjadi berkas siap cetak bernama id-nya: FOLDER/SuratCuti.html (lengkap
dengan gaya, huruf, simbol dan logo), .json (model), .pdf (dicetak oleh Chromium). SOP yang memiliki
kesalahan dilaporkan dan tidak ditulis; yang lain tetap ditulis. FOLDER/index.html mendaftar hasilnya.

  -o, --out FOLDER       folder keluaran (dibuat bila belum ada)
  --to FORMAT            html, json, pdf, atau beberapa dipisah koma (bawaan: html)
  --paper a4|f4|letter   kertas, mendatar (bawaan: a4)
  --watch                kompilasi ulang saat berkas berubah dan sebutkan apa yang ditulis ulang
  --chrome PATH          Chromium atau Chrome untuk mencetak PDF (bawaan: SOP_CHROME, lalu lokasi umum)

Status keluar: 0 semua ditulis, 1 ada SOP yang salah (yang lain tetap ditulis), 2 salah pemakaian atau gagal baca/tulis.`,
    outRequired: 'Sebutkan folder tujuan dengan -o FOLDER.',
    svgNotYet: '`--to svg` (diagram swimlane) belum tersedia; gunakan html, json atau pdf.',
    noChrome: 'PDF memerlukan Chromium atau Chrome, dan tidak ditemukan. Pasang salah satunya (Debian: apt-get install chromium), atau sebutkan lokasinya dengan --chrome PATH atau SOP_CHROME. Tidak ada berkas yang ditulis.',
    chromeMissing: (from, path) => `${from}: tidak ada peramban di ${path}. Tidak ada berkas yang ditulis.`,
    chromeFailed: detail => `Chromium gagal mencetak: ${detail}`,
    notWritten: (id, errors) => `${id}: tidak ditulis (${errors} kesalahan).`,
    logoUnreadable: (path, detail) => `Logo ${path} tidak dapat dibaca (${detail}).`,
    logoUnsupported: extension => `Logo berjenis ${extension} tidak dapat disisipkan; gunakan PNG, JPEG, GIF, WebP atau SVG.`,
    rowTooTall: step => `Langkah ${step} tidak muat dalam satu halaman cetak: persingkat kegiatan, kelengkapan atau output-nya.`,
    identityTooLong: 'Bagian identitas tidak muat dalam satu halaman cetak: persingkat dasar hukum atau daftar lainnya.',
    wrote: (sops, formats, folder) => `${sops} SOP (${formats}) ditulis ke ${folder}`,
    openIndex: path => `Buka ${path}`,
    progress: (done, total, id) => `[${done}/${total}] ${id}`,
    watching: 'Memantau perubahan; Ctrl+C untuk berhenti.',
    changed: files => `Berubah: ${files}`,
    rewrote: files => `  ditulis ${files}`,
    nothingChanged: '  tidak ada dokumen yang berubah',
    unknownCommand: command => `Perintah \`${command}\` tidak dikenal. Jalankan \`sop --help\`.`,
    badOption: detail => `${detail} Jalankan \`sop <perintah> --help\`.`,
    badChoice: (option, value, choices) => `--${option} berisi ${choices.join(' atau ')}, bukan \`${value}\`.`,
    pathNotFound: path => `${path}: berkas atau folder tidak ada.`,
    notSopFile: path => `${path}: bukan berkas .sop.`,
    noSopFiles: path => `${path}: tidak ada berkas .sop.`,
    unreadable: (path, reason) => `${path}: tidak dapat dibaca (${reason}).`,
    notUtf8: byte => `bukan teks UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); simpan berkas sebagai UTF-8.`,
    summary: (files, sops, errors, warnings) =>
        `${files} berkas, ${sops} SOP: ${errors} kesalahan, ${warnings} peringatan`,
    severity: severity => ({ error: 'kesalahan', warning: 'peringatan', info: 'info', hint: 'saran' })[severity],
    internalError: detail => `Galat internal: ${detail}. Mohon laporkan bersama berkas penyebabnya.`,
    formatWouldChange: path => `${path}: akan dirapikan`,
    formatted: path => `${path}: dirapikan`,
    formatSummary: (changed, files, check) =>
        check ? `${changed} dari ${files} berkas akan dirapikan` : `${changed} dari ${files} berkas dirapikan`,
    formatSyntaxErrors: path => `${path}: ada kesalahan sintaks; tidak dirapikan (jalankan \`sop check\`).`,
};

export function cliMessages(locale: Locale): CliMessages {
    return locale === 'id' ? id : en;
}
