import { codeList, type Messages } from './messages.js';

const identityFieldNames = {
    instansi: 'Instansi, the unit (`instansi dinas`, with `instansi dinas "Unit Name" { ... }` declared in this or another file)',
    nomor: 'Nomor SOP (`nomor "..."`)',
    dibuat: 'Tanggal Pembuatan (`dibuat 2024-01-08`)',
    efektif: 'Tanggal Efektif (`efektif 2024-01-15`)',
    disahkan: 'Disahkan oleh (`disahkan "Jabatan" nama "..." nip "..."`)',
    title: 'Nama SOP (the title in quotes after the SOP id)',
};

const tokenNames: Record<string, string> = {
    STRING: 'a text in quotes, such as "Surat permohonan"',
    ID: 'a name (letters, digits and _)',
    NUMBER: 'a number',
    ISO_DATE: 'a date such as 2024-01-08',
};

const describeList = (items: number[]) => items.join(', ');

export const englishMessages: Messages = {
    unknownActor: id => `Unknown actor \`${id}\`: declare it in \`pelaksana\`.`,
    duplicateActor: id => `Actor \`${id}\` is declared twice in this SOP.`,
    duplicateLabel: (label, firstStep) => `Label \`${label}\` already names step ${firstStep}.`,
    duplicateSop: (id, elsewhere) => `SOP id \`${id}\` is used twice in the workspace (also in ${elsewhere}).`,
    duplicateInstansi: (id, elsewhere) => `Instansi id \`${id}\` is used twice in the workspace (also in ${elsewhere}).`,
    duplicateField: keyword => `\`${keyword}\` is written twice; only the last one counts.`,
    unknownStep: (label, suggestion) =>
        `No step is labelled \`${label}\`.` + (suggestion ? ` Did you mean \`${suggestion}\`?` : ' A target is a step label or `selesai`.'),
    unknownSop: id => `No SOP with id \`${id}\` in the workspace. Put the name in quotes if that SOP is not written in .sop.`,
    unknownInstansi: id => `No instansi with id \`${id}\` in the workspace.`,
    durationMissingUnit: written => `Waktu needs a unit, for example \`${written} menit\`.`,
    durationUnknownUnit: (unit, suggestion) =>
        `Unknown unit \`${unit}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; use menit, jam, hari, hari kerja, minggu or bulan.`,
    durationZero: () => 'Waktu cannot be zero.',
    durationRangeOrder: (min, max) => `A range goes from the smaller to the larger value; \`${min}-${max}\` does not.`,
    decisionMissingBranch: missing => ({
        'tidak': 'This decision has only its `ya` branch: add `tidak -> label`.',
        'second-label': 'This decision has only one labelled branch: add the second one, for example `"tidak lengkap" -> label`.',
        'both': 'A decision needs two branches: add `tidak -> label` (`ya` continues with the next step).',
    })[missing],
    decisionTooManyBranches: count => `A decision has exactly two branches; this one has ${count}.`,
    branchOutsideDecision: () => 'Only a `keputusan` has branches: write this step as `keputusan`, or jump with `lanjut -> label`.',
    selfLoop: step => `Step ${step} jumps to itself.`,
    noPathToEnd: step => `No path leads from step ${step} to the end: the flow would loop forever.`,
    invalidDate: (written, problem, suggestion) => ({
        day: `\`${written}\` does not exist: that month has no such day.`,
        month: `\`${written}\` is not a month${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`,
        year: `The year in \`${written}\` looks like a typo.`,
    })[problem],
    dateOrder: (key, date, dibuat) => `Tanggal ${key === 'efektif' ? 'Efektif' : 'Revisi'} (${date}) is before Tanggal Pembuatan (${dibuat}).`,
    invalidNip: (nip, problem) => ({
        'length': `A NIP has 18 digits; \`${nip}\` has ${nip.replace(/\s+/g, '').length} characters.`,
        'birth-date': `The first 8 digits of a NIP are a birth date (YYYYMMDD); \`${nip}\` does not start with one.`,
        'appointment-date': `Digits 9 to 14 of a NIP are the appointment year and month (YYYYMM); those of \`${nip}\` are not.`,
        'appointment-before-adulthood': `The appointment date in \`${nip}\` is less than 18 years after the birth date.`,
        'gender': `Digit 15 of a NIP is the gender, 1 or 2; in \`${nip}\` it is not.`,
    })[problem],
    noSteps: id => `SOP \`${id}\` has no steps: add \`langkah\`.`,
    unreachableStep: step => `Step ${step} cannot be reached from step 1.`,
    unusedActor: id => `Actor \`${id}\` has no step.`,
    actorsApart: (step, shared, between) => `Step ${step} is shared by ${codeList(shared)}, whose lanes are not side by side: its symbol also covers the lane of ${codeList(between)}. List them next to each other in \`pelaksana\`.`,
    missingMutuBaku: (field, step) => `Step ${step} has no ${field} (Mutu Baku).`,
    missingIdentity: field => `Identity: ${identityFieldNames[field]} is missing.`,
    activityHasSubject: subject =>
        `The kegiatan starts with the actor (\`${subject}\`); the column already shows who acts, so start with the verb.`,
    singleActor: id => `SOP \`${id}\` has only one actor; an SOP AP involves more than one.`,
    tooManyActors: (count, limit) => `${count} actors do not fit the printed page (at most ${limit} lanes).`,

    syntaxExpected: (expected, found) => `Expected ${expected} but found ${found}.`,
    syntaxUnexpected: found => `${found} does not belong here.`,
    sourceTooLarge: (size, limit) => `The file is ${(size / 1048576).toFixed(1)} MB; files over ${limit / 1048576} MB are not read (no SOP comes near that: is it the right file?).`,
    nestingTooDeep: 'The text is nested too deeply to be read (thousands of `{`); check the braces.',
    syntaxNotAllowedAtTopLevel: found => `${found} does not belong here: a file holds \`instansi\` and \`sop\` blocks.`,
    syntaxNotSopMember: found =>
        `${found} is not part of an SOP. Write identity fields (nomor, dibuat, efektif, disahkan, ...), \`pelaksana { ... }\`, or steps (\`langkah\`, \`keputusan\`).`,
    syntaxNotStepField: found =>
        `${found} is not part of a step. A step holds kelengkapan, waktu, output, keterangan, \`ya/tidak -> label\` and \`lanjut -> label\`.`,
    syntaxNotInstansiField: found => `${found} is not part of an instansi. Use pemerintah, unit, alamat, telepon or logo.`,
    syntaxDuration: found => `Waktu needs a number and a unit, for example \`30 menit\` or \`1-2 jam\` (found ${found}).`,
    syntaxDate: found => `Write a date as \`2024-01-08\`, \`8 Januari 2024\` or \`Januari 2024\` (found ${found}).`,
    syntaxStepHeader: found =>
        `A step names its actor and then its activity in quotes, for example \`langkah kasubbag "Memeriksa surat"\` (found ${found}).`,
    syntaxTarget: found => `After \`->\` write the label of a step or \`selesai\` (found ${found}).`,
    syntaxActorDeclaration: found =>
        `In \`pelaksana\`, declare one actor per line: an id and its title, for example \`kasubbag "Kasubbag Umum"\` (found ${found}).`,
    syntaxTextList: found => `Write the items as texts in quotes, separated by commas: \`"Surat", "Disposisi"\` (found ${found}).`,
    syntaxUnclosedString: () => 'This text is not closed: add `"` at its end, on the same line.',
    syntaxUnexpectedCharacter: character => `The character \`${character}\` cannot stand here; texts go in double quotes.`,
    endOfFile: 'the end of the file',
    tokenDescription: token => tokenNames[token] ?? `\`${token}\``,

    fixDeclareActor: id => `Declare \`${id}\` in pelaksana`,
    fixAddUnit: unit => `Add the unit \`${unit}\``,
    fixReplaceWith: text => `Change to \`${text}\``,
    fixMakeDecision: () => 'Make this step a `keputusan`',
    renameInvalid: name => `\`${name}\` cannot be an id: use letters, digits and _, start with a letter, and avoid keywords.`,
    renameTaken: (name, kind) => `\`${name}\` is already ${{ actor: 'an actor of this SOP', label: 'a step label of this SOP', sop: 'the id of an SOP in the workspace', instansi: 'the id of an instansi in the workspace' }[kind]}: choose another name.`,
    previewNoSop: id => `This file has no SOP \`${id}\`.`,
    previewSopHasErrors: (id, count, line, column, first) => `SOP \`${id}\` still has ${count} error${count === 1 ? '' : 's'}; the first at line ${line}, column ${column}: ${first}`,

    hoverActor: (title, stepCount) => `**${title}** (actor, ${stepCount} step${stepCount === 1 ? '' : 's'})`,
    hoverStep: (number, kind, lanes, waktu) =>
        `**Step ${number}** (${kind === 'decision' ? 'decision' : 'process'}) in the lane of ${lanes}` + (waktu ? `\n\nWaktu: ${waktu}` : '\n\nWaktu: not given'),
    hoverSopTotal: (total, stepsWithoutWaktu) =>
        `Total waktu along the main path: **${total}**` +
        (stepsWithoutWaktu.length ? `\n\nSteps on the main path without waktu (counted as zero): ${describeList(stepsWithoutWaktu)}` : ''),
    hoverConversion: rule => `Conversion: ${rule}.`,
};
