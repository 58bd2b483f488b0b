/**
 * The identity page (Bagian Identitas), laid out to fit one landscape page: the unit block with
 * its logo top left, the label/value table top right, and the two-column grid below. Text that
 * would not fit is set one step smaller until it does.
 */
import { formatNip, type Identity, type SopModel } from '@sop-ap/model';
import type { FontSpec } from '../fonts/text-metrics.js';
import { fillInLine } from './fill-in-line.js';
import { blockHeight, centredBlock, listBlock, paragraphBlock, type TextBlock, type TextLine } from './text-block.js';
import { measureText } from '../fonts/text-metrics.js';
import { wrapText } from '../text-wrap.js';

export interface IdentityRow {
    label: TextBlock;
    value: TextBlock;
    /** Extra blocks of the Disahkan oleh cell: signature space, name, rank, NIP. */
    signature?: { jabatan: TextBlock; space: number; nama: TextBlock; pangkat: TextBlock; nip: TextBlock };
    height: number;
}

export interface IdentityCell {
    heading: TextBlock;
    body: TextBlock;
}

export interface IdentityLayout {
    scale: number;
    unitLines: Array<{ block: TextBlock }>;
    logo: { width: number; height: number } | null;
    leftWidth: number;
    rightWidth: number;
    labelWidth: number;
    rows: IdentityRow[];
    topHeight: number;
    grid: Array<{ left: IdentityCell; right: IdentityCell; height: number }>;
    gridColumnWidth: number;
    gap: number;
    totalHeight: number;
}

export class IdentityTooLongError extends Error {}

const PADDING_X = 6;
const PADDING_Y = 5;
const SIGNATURE_SPACE = 72;
const GAP = 12;
const DASH = '-';
/** How long the dotted lines for a jabatan, name or NIP written by hand are. */
const FILL_IN_WIDTH = 300;

export interface LogoSize {
    width: number;
    height: number;
}

export function planIdentity(model: SopModel, width: number, height: number, logo: LogoSize | null): IdentityLayout {
    // Signed documents are dense; smaller type is preferred to a second identity page.
    for (const scale of [1, 0.92, 0.84, 0.76, 0.7]) {
        const layout = layoutAt(model.identity, model.title, width, logo, scale);
        if (layout.totalHeight <= height) {
            return fillPage(layout, height);
        }
    }
    throw new IdentityTooLongError('the identity section does not fit one page');
}

function layoutAt(identity: Identity, title: string, width: number, logo: LogoSize | null, scale: number): IdentityLayout {
    const font = (size: number, weight: 400 | 700 = 400): FontSpec => ({ size: size * scale, weight });
    const line = (size: number) => Math.ceil(size * scale * 1.25);
    const body = font(12);
    const bold = font(12, 700);
    const bodyLine = line(12);
    const leftWidth = Math.round(width * 0.4);
    const rightWidth = width - leftWidth;
    const labelWidth = Math.round(Math.min(170, rightWidth * 0.3));
    const valueWidth = rightWidth - labelWidth - 2 * PADDING_X;
    const unitWidth = leftWidth - 2 * PADDING_X;

    const unit = identity.instansi;
    const unitTexts: Array<[string, FontSpec, number]> = [
        [unit?.pemerintah?.toUpperCase() ?? '', font(13, 700), line(13)],
        [unit?.name?.toUpperCase() ?? '', font(14, 700), line(14)],
        [unit?.unit?.toUpperCase() ?? '', font(13, 700), line(13)],
        [unit?.alamat ?? '', body, bodyLine],
        [unit?.telepon ? `Telepon ${unit.telepon}` : '', body, bodyLine],
    ];
    // An SOP that names no agency (`sop check` warns of it) keeps dotted lines to write it in by hand,
    // as for an unknown signer: regular dots, a line apart, room to write on.
    if (!unit?.name?.trim() && !unit?.unit?.trim()) {
        const agencyLine = fillInLine('', Math.min(unitWidth, FILL_IN_WIDTH * scale), body);
        unitTexts[1] = [agencyLine, body, 2 * bodyLine];
        unitTexts[2] = [agencyLine, body, 2 * bodyLine];
    }
    const unitLines = unitTexts.filter(([text]) => text !== '').map(([text, spec, height]) => ({ block: centredBlock(text, unitWidth, spec, height) }));
    const logoBox = logo ? fitLogo(logo, Math.min(110, unitWidth) * scale, 100 * scale) : null;
    const leftHeight = (logoBox ? logoBox.height + 8 : 0) + unitLines.reduce((sum, item) => sum + blockHeight(item.block), 0) + 2 * PADDING_Y;

    const value = (text: string | null | undefined, spec = body, height = bodyLine) => paragraphBlock(text?.trim() ? text : DASH, valueWidth, spec, height);
    const label = (text: string) => paragraphBlock(text, labelWidth - 2 * PADDING_X, bold, bodyLine);
    const cellHeight = (...blocks: TextBlock[]) => Math.ceil(blocks.reduce((sum, block) => sum + blockHeight(block), 0) + 2 * PADDING_Y);
    const rows: IdentityRow[] = [];
    const simple = (labelText: string, valueBlock: TextBlock) => {
        const labelBlock = label(labelText);
        rows.push({ label: labelBlock, value: valueBlock, height: Math.max(cellHeight(labelBlock), cellHeight(valueBlock)) });
    };
    simple('Nomor SOP', value(identity.nomor));
    simple('Tanggal Pembuatan', value(identity.dibuat?.text));
    simple('Tanggal Revisi', value(identity.revisi?.text));
    simple('Tanggal Efektif', value(identity.efektif?.text));
    const signatory = identity.disahkan;
    // A signer not known yet signs by hand: the page keeps dotted lines to write the jabatan, name and NIP on.
    const handLine = (labelText: string) => paragraphBlock(fillInLine(labelText, Math.min(valueWidth, FILL_IN_WIDTH * scale), body), valueWidth, body, bodyLine);
    const signature = {
        jabatan: signatory?.jabatan?.trim() ? value(signatory.jabatan) : handLine('Jabatan'),
        space: Math.round(SIGNATURE_SPACE * scale),
        nama: signatory?.nama?.trim() ? paragraphBlock(signatory.nama, valueWidth, bold, bodyLine) : handLine('Nama'),
        pangkat: paragraphBlock(signatory?.pangkat ?? '', valueWidth, body, bodyLine),
        nip: signatory?.nip?.trim() ? paragraphBlock(`NIP. ${formatNip(signatory.nip)}`, valueWidth, body, bodyLine) : handLine('NIP'),
    };
    const signatureLabel = label('Disahkan oleh');
    const signatureHeight = cellHeight(signature.jabatan, signature.nama, signature.pangkat, signature.nip) + signature.space;
    rows.push({ label: signatureLabel, value: signature.jabatan, signature, height: Math.max(cellHeight(signatureLabel), signatureHeight) });
    simple('Nama SOP', value(title.toUpperCase(), font(13, 700), line(13)));
    const rightHeight = rows.reduce((sum, row) => sum + row.height, 0);
    const topHeight = Math.ceil(Math.max(leftHeight, rightHeight));

    const gridColumnWidth = Math.floor(width / 2);
    const cell = (heading: string, items: string[], numbered: boolean): IdentityCell => ({
        heading: paragraphBlock(`${heading}:`, gridColumnWidth - 2 * PADDING_X, bold, bodyLine),
        body: numbered ? numberedBlock(items, gridColumnWidth - 2 * PADDING_X, body, bodyLine) : listOrDash(items, gridColumnWidth - 2 * PADDING_X, body, bodyLine),
    });
    const related = identity.keterkaitan.map(item => item.title);
    const pairs: Array<[IdentityCell, IdentityCell]> = [
        [cell('Dasar Hukum', identity.dasarHukum, true), cell('Kualifikasi Pelaksana', identity.kualifikasiPelaksana, true)],
        [cell('Keterkaitan', related, true), cell('Peralatan/Perlengkapan', identity.peralatan, true)],
        [cell('Peringatan', identity.peringatan, false), cell('Pencatatan dan Pendataan', identity.pencatatan, true)],
    ];
    const grid = pairs.map(([left, right]) => ({
        left, right,
        height: Math.max(cellHeight(left.heading, left.body), cellHeight(right.heading, right.body)),
    }));
    const gridHeight = grid.reduce((sum, row) => sum + row.height, 0);
    return {
        scale, unitLines, logo: logoBox, leftWidth, rightWidth, labelWidth, rows, topHeight, grid, gridColumnWidth, gap: GAP,
        totalHeight: topHeight + GAP + gridHeight,
    };
}

/** The grid grows to the foot of the page, as on signed documents, sharing the room out evenly. */
function fillPage(layout: IdentityLayout, height: number): IdentityLayout {
    const spare = Math.floor((height - layout.totalHeight - 4) / layout.grid.length);
    if (spare <= 0) {
        return layout;
    }
    const grid = layout.grid.map(row => ({ ...row, height: row.height + spare }));
    return { ...layout, grid, totalHeight: layout.totalHeight + spare * grid.length };
}

/** "1. ..." with a hanging indent; a single item is numbered too, as on signed documents; none prints "-". */
function numberedBlock(items: readonly string[], width: number, font: FontSpec, lineHeight: number): TextBlock {
    const present = items.map(item => item.trim()).filter(Boolean);
    if (present.length === 0) {
        return paragraphBlock(DASH, width, font, lineHeight);
    }
    const indent = Math.ceil(measureText(`${present.length}. `, font)) + 2;
    const lines: TextLine[] = [];
    present.forEach((item, index) => {
        wrapText(item, width - indent, font).forEach((text, lineIndex) =>
            lines.push({ text, indent, bullet: false, ...(lineIndex === 0 ? { marker: `${index + 1}.` } : {}) }));
    });
    return { lines, font, lineHeight };
}

function listOrDash(items: readonly string[], width: number, font: FontSpec, lineHeight: number): TextBlock {
    const present = items.filter(item => item.trim() !== '');
    return present.length === 0 ? paragraphBlock(DASH, width, font, lineHeight) : listBlock(present, width, font, lineHeight);
}

function fitLogo(logo: LogoSize, maxWidth: number, maxHeight: number): LogoSize {
    const ratio = Math.min(maxWidth / logo.width, maxHeight / logo.height, 1.5);
    return { width: Math.round(logo.width * ratio), height: Math.round(logo.height * ratio) };
}
