/**
 * The semantic model of one SOP: plain data, no parser types. The validator, the diagram and the
 * document all read this one shape; `sop compile --to json` prints it.
 */

export type StepKind = 'process' | 'decision';

/** Minutes of working time: 1 jam = 60, 1 hari = 8 jam, 1 minggu = 5 hari, 1 bulan = 22 hari. */
export interface MinuteRange {
    min: number;
    max: number;
}

export interface Waktu extends MinuteRange {
    /** As written and normalized for print, e.g. "1-2 jam", "0,5 jam", "3 hari kerja". */
    text: string;
}

export interface Actor {
    id: string;
    title: string;
}

export interface Step {
    /** 1..n in source order; nobody writes a number, so there are no gaps. */
    number: number;
    label: string | null;
    kind: StepKind;
    /** Actor ids, in the order written; several actors mean a meeting drawn across their lanes. */
    actors: string[];
    activity: string;
    kelengkapan: string[];
    waktu: Waktu | null;
    output: string[];
    keterangan: string | null;
    /** `halaman baru` stands right before this step: the printed table starts a new page here. */
    pageBreakBefore: boolean;
    /** 1-based line of the step's keyword in its source file, so that editors can map shapes to text. */
    line: number;
}

export type EdgeTarget = number | 'end';

export interface Edge {
    from: number;
    to: EdgeTarget;
    /** "Ya", "Tidak", a custom branch label as written, or null for plain flow. */
    label: string | null;
}

export interface SopDate {
    year: number;
    month: number;
    /** null for month precision ("Januari 2024"). */
    day: number | null;
    /** Printed the Indonesian way: "08 Januari 2024", "Januari 2024". */
    text: string;
}

export interface Signatory {
    jabatan: string;
    nama: string | null;
    pangkat: string | null;
    nip: string | null;
}

export interface Unit {
    id: string;
    name: string | null;
    pemerintah: string | null;
    unit: string | null;
    alamat: string | null;
    telepon: string | null;
    /** The logo path as written, and resolved against the folder of the file that declares it. */
    logo: string | null;
    logoPath: string | null;
}

export interface RelatedSop {
    /** The id of a linked SOP in the workspace, or null for plain text. */
    id: string | null;
    title: string;
}

export interface Identity {
    instansi: Unit | null;
    nomor: string | null;
    /** Where the SOP is signed ("Tembilahan"), printed before the date in the closing block. */
    tempat: string | null;
    dibuat: SopDate | null;
    revisi: SopDate | null;
    efektif: SopDate | null;
    disahkan: Signatory | null;
    dasarHukum: string[];
    kualifikasiPelaksana: string[];
    keterkaitan: RelatedSop[];
    peralatan: string[];
    peringatan: string[];
    pencatatan: string[];
}

export interface Totals {
    /** Sum of waktu along the main path. */
    waktu: MinuteRange;
    /** The main path: from step 1, following `ya` (or the first labelled branch) until an end. */
    mainPath: number[];
    /** Steps on the main path without waktu; they count as zero. */
    stepsWithoutWaktu: number[];
}

export interface SopModel {
    id: string;
    title: string;
    identity: Identity;
    /** Lane order: as declared in `pelaksana`. */
    actors: Actor[];
    steps: Step[];
    edges: Edge[];
    totals: Totals;
}
