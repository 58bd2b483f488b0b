import { codeList, type Messages } from './messages.js';

const identityFieldNames = {
    instansi: 'Instansi atau unit kerja (`instansi dinas`, dengan `instansi dinas "Nama Unit" { ... }` di berkas ini atau berkas lain)',
    nomor: 'Nomor SOP (`nomor "..."`)',
    dibuat: 'Tanggal Pembuatan (`dibuat 2024-01-08`)',
    efektif: 'Tanggal Efektif (`efektif 2024-01-15`)',
    disahkan: 'Disahkan oleh (`disahkan "Jabatan" nama "..." nip "..."`)',
    title: 'Nama SOP (judul dalam tanda petik setelah id SOP)',
};

const tokenNames: Record<string, string> = {
    STRING: 'teks dalam tanda petik, misalnya "Surat permohonan"',
    ID: 'nama (huruf, angka dan _)',
    NUMBER: 'angka',
    ISO_DATE: 'tanggal seperti 2024-01-08',
};

const describeList = (items: number[]) => items.join(', ');

export const indonesianMessages: Messages = {
    unknownActor: id => `Pelaksana \`${id}\` belum dideklarasikan di \`pelaksana\`.`,
    duplicateActor: id => `Pelaksana \`${id}\` dideklarasikan dua kali dalam SOP ini.`,
    duplicateLabel: (label, firstStep) => `Label \`${label}\` sudah dipakai langkah ${firstStep}.`,
    duplicateSop: (id, elsewhere) => `Id SOP \`${id}\` dipakai dua kali di workspace (juga di ${elsewhere}).`,
    duplicateInstansi: (id, elsewhere) => `Id instansi \`${id}\` dipakai dua kali di workspace (juga di ${elsewhere}).`,
    duplicateField: keyword => `\`${keyword}\` ditulis dua kali; hanya yang terakhir yang berlaku.`,
    unknownStep: (label, suggestion) =>
        `Tidak ada langkah berlabel \`${label}\`.` + (suggestion ? ` Maksudnya \`${suggestion}\`?` : ' Tujuan berupa label langkah atau `selesai`.'),
    unknownSop: id => `Tidak ada SOP dengan id \`${id}\` di workspace. Tulis namanya dalam tanda petik bila SOP itu belum ditulis dalam .sop.`,
    unknownInstansi: id => `Tidak ada instansi dengan id \`${id}\` di workspace.`,
    durationMissingUnit: written => `Waktu perlu satuan, misalnya \`${written} menit\`.`,
    durationUnknownUnit: (unit, suggestion) =>
        `Satuan \`${unit}\` tidak dikenal${suggestion ? ` (maksudnya \`${suggestion}\`?)` : ''}; gunakan menit, jam, hari, hari kerja, minggu atau bulan.`,
    durationZero: () => 'Waktu tidak boleh nol.',
    durationRangeOrder: (min, max) => `Rentang waktu ditulis dari nilai kecil ke besar; \`${min}-${max}\` tidak demikian.`,
    decisionMissingBranch: missing => ({
        'tidak': 'Keputusan ini hanya punya cabang `ya`: tambahkan `tidak -> label`.',
        'second-label': 'Keputusan ini hanya punya satu cabang berlabel: tambahkan cabang kedua, misalnya `"tidak lengkap" -> label`.',
        'both': 'Keputusan perlu dua cabang: tambahkan `tidak -> label` (`ya` berlanjut ke langkah berikutnya).',
    })[missing],
    decisionTooManyBranches: count => `Keputusan punya tepat dua cabang; yang ini punya ${count}.`,
    branchOutsideDecision: () => 'Hanya `keputusan` yang punya cabang: tulis langkah ini sebagai `keputusan`, atau melompatlah dengan `lanjut -> label`.',
    selfLoop: step => `Langkah ${step} melompat ke dirinya sendiri.`,
    noPathToEnd: step => `Dari langkah ${step} tidak ada jalur menuju selesai: alurnya akan berputar tanpa akhir.`,
    invalidDate: (written, problem, suggestion) => ({
        day: `Tanggal \`${written}\` tidak ada: bulan itu tidak punya tanggal tersebut.`,
        month: `\`${written}\` bukan nama bulan${suggestion ? `; maksudnya \`${suggestion}\`?` : '.'}`,
        year: `Tahun pada \`${written}\` tampaknya salah ketik.`,
    })[problem],
    dateOrder: (key, date, dibuat) => `Tanggal ${key === 'efektif' ? 'Efektif' : 'Revisi'} (${date}) lebih awal dari Tanggal Pembuatan (${dibuat}).`,
    invalidNip: (nip, problem) => ({
        'length': `NIP terdiri atas 18 angka; \`${nip}\` berisi ${nip.replace(/\s+/g, '').length} karakter.`,
        'birth-date': `8 angka pertama NIP adalah tanggal lahir (YYYYMMDD); \`${nip}\` tidak diawali tanggal yang ada.`,
        'appointment-date': `Angka ke-9 sampai ke-14 NIP adalah tahun dan bulan pengangkatan (YYYYMM); pada \`${nip}\` bukan.`,
        'appointment-before-adulthood': `Tanggal pengangkatan pada \`${nip}\` kurang dari 18 tahun setelah tanggal lahir.`,
        'gender': `Angka ke-15 NIP adalah jenis kelamin, 1 atau 2; pada \`${nip}\` bukan.`,
    })[problem],
    noSteps: id => `SOP \`${id}\` belum punya langkah: tambahkan \`langkah\`.`,
    unreachableStep: step => `Langkah ${step} tidak dapat dicapai dari langkah 1.`,
    unusedActor: id => `Pelaksana \`${id}\` tidak punya langkah.`,
    actorsApart: (step, shared, between) => `Langkah ${step} dikerjakan bersama ${codeList(shared)}, yang lajurnya tidak bersebelahan: simbolnya ikut menutupi lajur ${codeList(between)}. Tuliskan mereka berdampingan di \`pelaksana\`.`,
    missingMutuBaku: (field, step) => `Langkah ${step} belum punya ${field} (Mutu Baku).`,
    missingIdentity: field => `Identitas: ${identityFieldNames[field]} belum diisi.`,
    activityHasSubject: subject =>
        `Kegiatan diawali pelaksana (\`${subject}\`); kolom pelaksana sudah menunjukkan siapa, jadi mulailah dengan kata kerja.`,
    singleActor: id => `SOP \`${id}\` hanya punya satu pelaksana; SOP AP melibatkan lebih dari satu pelaksana.`,
    tooManyActors: (count, limit) => `${count} pelaksana tidak muat di halaman cetak (paling banyak ${limit} kolom).`,

    syntaxExpected: (expected, found) => `Seharusnya ${expected}, tetapi tertulis ${found}.`,
    syntaxUnexpected: found => `${found} tidak pada tempatnya.`,
    sourceTooLarge: (size, limit) => `Berkas berukuran ${(size / 1048576).toFixed(1).replace('.', ',')} MB; berkas di atas ${limit / 1048576} MB tidak dibaca (tidak ada SOP sebesar itu: apakah berkasnya benar?).`,
    nestingTooDeep: 'Teks bersarang terlalu dalam untuk dibaca (ribuan `{`); periksa kurung kurawalnya.',
    syntaxNotAllowedAtTopLevel: found => `${found} tidak pada tempatnya: berkas berisi blok \`instansi\` dan \`sop\`.`,
    syntaxNotSopMember: found =>
        `${found} bukan bagian SOP. Tulis isian identitas (nomor, dibuat, efektif, disahkan, ...), \`pelaksana { ... }\`, atau langkah (\`langkah\`, \`keputusan\`).`,
    syntaxNotStepField: found =>
        `${found} bukan bagian langkah. Langkah berisi kelengkapan, waktu, output, keterangan, \`ya/tidak -> label\` dan \`lanjut -> label\`.`,
    syntaxNotInstansiField: found => `${found} bukan bagian instansi. Gunakan pemerintah, unit, alamat, telepon atau logo.`,
    syntaxDuration: found => `Waktu perlu angka dan satuan, misalnya \`30 menit\` atau \`1-2 jam\` (tertulis ${found}).`,
    syntaxDate: found => `Tulis tanggal sebagai \`2024-01-08\`, \`8 Januari 2024\` atau \`Januari 2024\` (tertulis ${found}).`,
    syntaxStepHeader: found =>
        `Langkah menyebut pelaksananya lalu kegiatannya dalam tanda petik, misalnya \`langkah kasubbag "Memeriksa surat"\` (tertulis ${found}).`,
    syntaxTarget: found => `Setelah \`->\` tulis label langkah atau \`selesai\` (tertulis ${found}).`,
    syntaxActorDeclaration: found =>
        `Di \`pelaksana\`, tulis satu pelaksana per baris: id lalu jabatannya, misalnya \`kasubbag "Kasubbag Umum"\` (tertulis ${found}).`,
    syntaxTextList: found => `Tulis isinya sebagai teks dalam tanda petik, dipisah koma: \`"Surat", "Disposisi"\` (tertulis ${found}).`,
    syntaxUnclosedString: () => 'Teks ini belum ditutup: tambahkan `"` di akhirnya, pada baris yang sama.',
    syntaxUnexpectedCharacter: character => `Karakter \`${character}\` tidak boleh di sini; teks ditulis di antara tanda petik.`,
    endOfFile: 'akhir berkas',
    tokenDescription: token => tokenNames[token] ?? `\`${token}\``,

    fixDeclareActor: id => `Deklarasikan \`${id}\` di pelaksana`,
    fixAddUnit: unit => `Tambahkan satuan \`${unit}\``,
    fixReplaceWith: text => `Ganti dengan \`${text}\``,
    fixMakeDecision: () => 'Jadikan langkah ini `keputusan`',
    renameInvalid: name => `\`${name}\` tidak dapat menjadi id: gunakan huruf, angka dan _, diawali huruf, dan bukan kata kunci.`,
    renameTaken: (name, kind) => `\`${name}\` sudah dipakai sebagai ${{ actor: 'pelaksana di SOP ini', label: 'label langkah di SOP ini', sop: 'id SOP di workspace', instansi: 'id instansi di workspace' }[kind]}: pilih nama lain.`,
    previewNoSop: id => `Berkas ini tidak memuat SOP \`${id}\`.`,
    previewSopHasErrors: (id, count, line, column, first) => `SOP \`${id}\` masih memiliki ${count} kesalahan; yang pertama di baris ${line}, kolom ${column}: ${first}`,

    hoverActor: (title, stepCount) => `**${title}** (pelaksana, ${stepCount} langkah)`,
    hoverStep: (number, kind, lanes, waktu) =>
        `**Langkah ${number}** (${kind === 'decision' ? 'keputusan' : 'proses'}) di kolom ${lanes}` + (waktu ? `\n\nWaktu: ${waktu}` : '\n\nWaktu: belum diisi'),
    hoverSopTotal: (total, stepsWithoutWaktu) =>
        `Total waktu jalur utama: **${total}**` +
        (stepsWithoutWaktu.length ? `\n\nLangkah di jalur utama tanpa waktu (dihitung nol): ${describeList(stepsWithoutWaktu)}` : ''),
    hoverConversion: rule => `Konversi: ${rule}.`,
};
