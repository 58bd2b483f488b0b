import type { CliMessages } from './cli-messages.js';

// Arti kode I/O yang umum, dengan kata-kata yang dapat ditindaklanjuti pengguna.
const IO_REASONS: Record<string, string> = {
    ENOENT: 'berkas atau folder tidak ada', EACCES: 'izin ditolak', EPERM: 'izin ditolak',
    ENOTDIR: 'sebagian jalurnya berkas, bukan folder', EEXIST: 'ada berkas dengan nama itu',
    EISDIR: 'itu sebuah folder', ENOSPC: 'disk penuh', EDQUOT: 'kuota disk habis',
    EROFS: 'sistem berkas hanya-baca', EIO: 'perangkat melaporkan galat',
};
const ioReason = (code: string) => IO_REASONS[code] ? `${code}: ${IO_REASONS[code]}` : code;

export const indonesianCliMessages: CliMessages = {
    usage: `Pemakaian: sop <perintah> [path...] [opsi]

Perintah:
  check     Memeriksa berkas .sop dan melaporkan masalah dengan berkas:baris:kolom
  compile   Mengompilasi SOP menjadi HTML, PDF, JSON siap cetak dan diagram swimlane (SVG)
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
    compileUsage: `Pemakaian: sop compile [path...] -o FOLDER [--to html,svg,json,pdf] [--paper a4|f4|letter] [--theme light|dark] [--watch] [--chrome PATH] [--lang id|en]

Mengompilasi setiap SOP menjadi berkas siap cetak bernama id-nya: FOLDER/SuratCuti.html (lengkap
dengan gaya, huruf, simbol dan logo), .svg (diagram swimlane, berdiri sendiri), .json (model), .pdf
(dicetak oleh Chromium). SOP yang memiliki kesalahan dilaporkan dan tidak ditulis; yang lain tetap
ditulis. FOLDER/index.html mendaftar hasilnya.

  -o, --out FOLDER       folder keluaran (dibuat bila belum ada)
  --to FORMAT            html, svg, json, pdf, atau beberapa dipisah koma (bawaan: html)
  --paper a4|f4|letter   kertas, mendatar (bawaan: a4)
  --theme light|dark     warna diagram SVG: terang atau gelap (bawaan: light)
  --watch                kompilasi ulang saat berkas berubah dan sebutkan apa yang ditulis ulang
  --chrome PATH          Chromium atau Chrome untuk mencetak PDF (bawaan: SOP_CHROME, lalu lokasi umum)

Status keluar: 0 semua ditulis, 1 ada SOP yang salah (yang lain tetap ditulis), 2 salah pemakaian atau gagal baca/tulis.`,
    outRequired: 'Sebutkan folder tujuan dengan -o FOLDER.',
    diagramProblems: (id, problems) => `${id}.svg: diagram ditulis, tetapi tata letaknya belum rapi (mohon laporkan beserta berkasnya): ${problems.join('; ')}`,
    drawingDiagram: (id, steps) => `${id}: menggambar diagram (${steps} langkah)`,
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
    unreadable: (path, reason) => `${path}: tidak dapat dibaca (${ioReason(reason)}).`,
    fileTooLarge: (size, limit) => `${(size / 1048576).toFixed(1).replace('.', ',')} MB; sop membaca berkas sampai ${limit / 1048576} MB (tidak ada SOP sebesar itu: apakah berkasnya benar?).`,
    notUtf8: byte => `bukan teks UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); simpan berkas sebagai UTF-8.`,
    summary: (files, sops, errors, warnings) =>
        `${files} berkas, ${sops} SOP: ${errors} kesalahan, ${warnings} peringatan`,
    severity: severity => ({ error: 'kesalahan', warning: 'peringatan', info: 'info', hint: 'saran' })[severity],
    ioError: (path, code) => `${path}: tidak dapat dibaca atau ditulis (${ioReason(code)}); tidak ada berkas setengah jadi yang tertinggal.`,
    internalError: detail => `Galat internal: ${detail}. Mohon laporkan bersama berkas penyebabnya.`,
    formatWouldChange: path => `${path}: akan dirapikan`,
    formatted: path => `${path}: dirapikan`,
    formatSummary: (changed, files, check) =>
        check ? `${changed} dari ${files} berkas akan dirapikan` : `${changed} dari ${files} berkas dirapikan`,
    formatSyntaxErrors: path => `${path}: ada kesalahan sintaks; tidak dirapikan (jalankan \`sop check\`).`,
};
