/**
 * AST → SopModel: the one seam between the language and everything that reads SOPs (validation of
 * the flow, hovers, the diagram, the document, `sop compile --to json`).
 */
import { AstUtils, UriUtils, URI } from 'langium';
import {
    computeTotals, dateProblem, formatIndonesianDate, monthNumber, normalizeUnit, parseDecimal, toMinutes,
    type Actor, type Edge, type EdgeTarget, type Identity, type RelatedSop, type Signatory, type SopDate,
    type SopModel, type Step, type Unit, type Waktu,
} from '@sop-ap/model';
import * as ast from '../generated/ast.js';
import { actorsOf, branchLabel, fieldsOf, lastOf, membersOf, stepsOf, textListField, unitText } from './ast-access.js';

export function buildModel(sop: ast.Sop): SopModel {
    const stepNodes = stepsOf(sop);
    const numberOf = new Map(stepNodes.map((step, index) => [step, index + 1]));
    const breaks = pageBreakSteps(sop);
    const steps = stepNodes.map((node, index) => buildStep(node, index + 1, breaks.has(node)));
    const edges = flowEdges(stepNodes, numberOf);
    return {
        id: sop.name ?? '',
        title: sop.title ?? '',
        identity: buildIdentity(sop),
        actors: actorsOf(sop).map((actor): Actor => ({ id: actor.name ?? '', title: actor.title ?? '' })),
        steps,
        edges,
        totals: computeTotals(steps, edges),
    };
}

/** The flow between the steps of an SOP, as in its model (`buildModel(sop).edges`), without the rest of the model. */
export function buildEdges(sop: ast.Sop): Edge[] {
    const stepNodes = stepsOf(sop);
    return flowEdges(stepNodes, new Map(stepNodes.map((step, index) => [step, index + 1])));
}

function flowEdges(stepNodes: readonly ast.Step[], numberOf: Map<ast.Step, number>): Edge[] {
    return stepNodes.flatMap((node, index) => edgesOf(node, index + 1, stepNodes.length, numberOf));
}

/** Steps that a `halaman baru` stands right before. */
function pageBreakSteps(sop: ast.Sop): Set<ast.Step> {
    const steps = new Set<ast.Step>();
    sop.members.forEach((member, index) => {
        const next = sop.members[index + 1];
        if (ast.isPageBreak(member) && ast.isStep(next)) {
            steps.add(next);
        }
    });
    return steps;
}

function buildStep(node: ast.Step, number: number, pageBreakBefore: boolean): Step {
    const waktu = lastOf(fieldsOf(node, ast.isWaktuField));
    const keterangan = lastOf(fieldsOf(node, ast.isKeteranganField));
    return {
        number,
        label: node.name ?? null,
        kind: node.kind === 'keputusan' ? 'decision' : 'process',
        actors: node.actors.map(actor => actor.$refText),
        activity: node.activity ?? '',
        kelengkapan: fieldsOf(node, ast.isKelengkapanField).flatMap(field => field.list?.items ?? []),
        waktu: waktu?.duration ? waktuOf(waktu.duration) : null,
        output: fieldsOf(node, ast.isOutputField).flatMap(field => field.list?.items ?? []),
        keterangan: keterangan?.text ?? null,
        pageBreakBefore,
        line: (node.$cstNode?.range.start.line ?? 0) + 1,
    };
}

/** Minutes of working time, or null when the unit is missing or unknown (the validator reports it). */
export function waktuOf(duration: ast.Duration): Waktu | null {
    const unit = duration.unit?.word ? normalizeUnit(unitText(duration.unit)) : undefined;
    if (!unit || duration.min === undefined) {
        return null;
    }
    const min = parseDecimal(duration.min);
    const max = duration.max !== undefined ? parseDecimal(duration.max) : min;
    const amount = (written: string) => written.replace('.', ',');
    const text = (duration.max !== undefined ? `${amount(duration.min)}-${amount(duration.max)}` : amount(duration.min)) + ` ${unit}`;
    return { min: toMinutes(min, unit), max: toMinutes(max, unit), text };
}

/**
 * Flow out of one step. A step continues to the next one (or to the end after the last step);
 * `lanjut -> x` jumps instead. A decision's omitted `ya` is that continuation. Targets that do not
 * resolve produce no edge; the validator reports them.
 */
function edgesOf(node: ast.Step, number: number, stepCount: number, numberOf: Map<ast.Step, number>): Edge[] {
    const targetOf = (target: ast.Target | undefined): EdgeTarget | undefined => {
        if (!target) {
            return undefined;
        }
        if (target.end) {
            return 'end';
        }
        const step = target.step?.ref;
        return step ? numberOf.get(step) : undefined;
    };
    const lanjut = lastOf(fieldsOf(node, ast.isLanjut));
    const continuation: EdgeTarget | undefined = lanjut ? targetOf(lanjut.target) : number < stepCount ? number + 1 : 'end';
    const branches = fieldsOf(node, ast.isBranch);
    const edges: Edge[] = [];
    const explicitYes = branches.some(branch => branch.answer === 'ya' || branch.label !== undefined);
    if (node.kind === 'keputusan' && !explicitYes) {
        if (continuation !== undefined) {
            edges.push({ from: number, to: continuation, label: 'Ya' });
        }
    } else if (node.kind !== 'keputusan' && continuation !== undefined) {
        edges.push({ from: number, to: continuation, label: null });
    }
    for (const branch of branches) {
        const to = targetOf(branch.target);
        if (to !== undefined) {
            edges.push({ from: number, to, label: branchLabel(branch) });
        }
    }
    return edges;
}

function buildIdentity(sop: ast.Sop): Identity {
    const dateOf = (key: ast.DateField['key']) => {
        const field = lastOf(membersOf(sop, ast.isDateField).filter(date => date.key === key));
        return field?.date ? sopDate(field.date) : null;
    };
    return {
        instansi: buildUnit(lastOf(membersOf(sop, ast.isInstansiLink))?.instansi?.ref),
        nomor: lastOf(membersOf(sop, ast.isNomorField))?.value ?? null,
        tempat: lastOf(membersOf(sop, ast.isTempatField))?.value ?? null,
        dibuat: dateOf('dibuat'),
        revisi: dateOf('revisi'),
        efektif: dateOf('efektif'),
        disahkan: buildSignatory(lastOf(membersOf(sop, ast.isDisahkanField))),
        dasarHukum: textListField(sop, 'dasar'),
        kualifikasiPelaksana: textListField(sop, 'kualifikasi'),
        keterkaitan: membersOf(sop, ast.isKeterkaitanField).flatMap(field => field.items).map(relatedSop),
        peralatan: textListField(sop, 'peralatan'),
        peringatan: membersOf(sop, ast.isPeringatanField).flatMap(field => field.list?.items ?? []),
        pencatatan: textListField(sop, 'pencatatan'),
    };
}

/** The calendar date as written, or null when it does not exist (the validator reports it). */
export function calendarDateOf(value: ast.DateValue): { year: number; month: number; day: number | null } | undefined {
    if (value.iso) {
        const [year, month, day] = value.iso.split('-').map(Number);
        return { year, month, day: day ?? null };
    }
    const month = value.month ? monthNumber(value.month) : undefined;
    if (month === undefined || value.year === undefined) {
        return undefined;
    }
    return { year: Number(value.year), month, day: value.day !== undefined ? Number(value.day) : null };
}

export function sopDate(value: ast.DateValue): SopDate | null {
    const date = calendarDateOf(value);
    if (!date || dateProblem(date)) {
        return null;
    }
    return { ...date, text: formatIndonesianDate(date) };
}

function buildSignatory(field: ast.DisahkanField | undefined): Signatory | null {
    if (!field) {
        return null;
    }
    const detail = (key: ast.SignatoryDetail['key']) => lastOf(field.details.filter(item => item.key === key))?.value ?? null;
    return { jabatan: field.jabatan ?? '', nama: detail('nama'), pangkat: detail('pangkat'), nip: detail('nip') };
}

function relatedSop(item: ast.RelatedSop): RelatedSop {
    if (item.text !== undefined) {
        return { id: null, title: item.text };
    }
    const linked = item.sop?.ref;
    return { id: item.sop?.$refText ?? null, title: linked?.title ?? item.sop?.$refText ?? '' };
}

function buildUnit(instansi: ast.Instansi | undefined): Unit | null {
    if (!instansi) {
        return null;
    }
    const field = (key: ast.InstansiField['key']) => lastOf(instansi.fields.filter(item => item.key === key))?.value ?? null;
    const logo = field('logo');
    return {
        id: instansi.name ?? '',
        name: instansi.title ?? null,
        pemerintah: field('pemerintah'),
        unit: field('unit'),
        alamat: field('alamat'),
        telepon: field('telepon'),
        logo,
        logoPath: logo ? resolveBesideDocument(instansi, logo) : null,
    };
}

/** A path written in a file is relative to that file's folder. */
function resolveBesideDocument(node: ast.Instansi, path: string): string | null {
    const uri = AstUtils.getDocument(node).uri;
    if (uri.scheme !== 'file') {
        return null;
    }
    if (/^([a-zA-Z]:)?[\\/]/.test(path)) {
        return URI.file(path).fsPath;
    }
    return UriUtils.resolvePath(UriUtils.dirname(uri), path).fsPath;
}
