/** The identity page (Bagian Identitas) as planned: unit and logo, label/value table, the grid below. */
import type { IdentityCell, IdentityRow } from '../layout/identity.js';
import type { DocumentPlan } from '../plan.js';
import { escapeAttribute } from './escape.js';
import { footer } from './flow-page.js';
import { textBlockHtml } from './text-block-html.js';

export function identityPageHtml(plan: DocumentPlan): string {
    const layout = plan.identity;
    const logo = plan.logo && layout.logo
        ? `<img class="logo" alt="" src="${escapeAttribute(plan.logo.dataUri)}" style="width:${layout.logo.width}px;height:${layout.logo.height}px">`
        : '';
    const unitBlock = logo + layout.unitLines.map(item => textBlockHtml(item.block)).join('');
    const valueCell = (row: IdentityRow) => row.signature
        ? textBlockHtml(row.signature.jabatan)
            + `<div class="signature-space" style="height:${row.signature.space}px"></div>`
            + `<div class="signatory-name">${textBlockHtml(row.signature.nama)}</div>`
            + textBlockHtml(row.signature.pangkat) + textBlockHtml(row.signature.nip)
        : textBlockHtml(row.value);
    const topRows = layout.rows.map((row, index) =>
        `<tr style="height:${row.height}px">`
        + (index === 0 ? `<td class="unit" rowspan="${layout.rows.length}" style="width:${layout.leftWidth}px">${unitBlock}</td>` : '')
        + `<td class="label" data-field="${escapeAttribute(fieldName(index))}">${textBlockHtml(row.label)}</td>`
        + `<td class="value" data-field="${escapeAttribute(fieldName(index))}">${valueCell(row)}</td></tr>`).join('');
    const cell = (content: IdentityCell, field: string) => `<td data-field="${field}">${textBlockHtml(content.heading)}${textBlockHtml(content.body)}</td>`;
    const gridFields = [['dasar-hukum', 'kualifikasi-pelaksana'], ['keterkaitan', 'peralatan'], ['peringatan', 'pencatatan']];
    const gridRows = layout.grid.map((row, index) =>
        `<tr style="height:${row.height}px">${cell(row.left, gridFields[index][0])}${cell(row.right, gridFields[index][1])}</tr>`).join('');
    const width = plan.box.contentWidthPx;
    return `<section class="page identity" data-page="identity" data-page-number="1">`
        + `<table class="identity-top" style="width:${width}px"><colgroup><col style="width:${layout.leftWidth}px"><col style="width:${layout.labelWidth}px"><col></colgroup>${topRows}</table>`
        + `<div style="height:${layout.gap}px"></div>`
        + `<table class="identity-grid" style="width:${width}px"><colgroup><col style="width:${layout.gridColumnWidth}px"><col></colgroup>${gridRows}</table>`
        + footer(1, plan.pageCount)
        + `</section>`;
}

const FIELDS = ['nomor', 'dibuat', 'revisi', 'efektif', 'disahkan', 'nama-sop'];

function fieldName(index: number): string {
    return FIELDS[index] ?? '';
}
