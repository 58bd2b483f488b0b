/** The command line's own words (usage, I/O problems, summaries), in Indonesian and English. */
import type { Locale } from '@sop-ap/language';

export interface CliMessages {
    usage: string;
    checkUsage: string;
    formatUsage: string;
    compileUsage: string;
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
    compileUsage: `Usage: sop compile [paths...] -o DIR [--to json]`,
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
    compileUsage: `Pemakaian: sop compile [path...] -o FOLDER [--to json]`,
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
