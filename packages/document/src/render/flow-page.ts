/**
 * One printed page of the flowchart: running header, the table with its two-row header,
 * the drawing over it; on the last page the totals and the closing block.
 */
import { PAGE_END_COLUMN_GAP, PAGE_END_GAP, RUNNING_HEADER_GAP, type DocumentPlan, type FlowPagePlan } from '../plan.js';
import { closingBlockHtml } from './closing-block-html.js';
import { runningHeaderHtml } from './running-header-html.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { flowSvg } from './flow-svg.js';
import { round, textBlockHtml } from './text-block-html.js';

export function flowPageHtml(plan: DocumentPlan, page: FlowPagePlan): string {
    const { columns, header, model } = plan;
    const tableWidth = columns.x.end;
    const laneCells = (content = '') => model.actors.map(actor => `<td class="lane" data-actor="${escapeAttribute(actor.id)}">${content}</td>`).join('');
    const cols = [columns.no, columns.kegiatan, ...model.actors.map(() => columns.lane), columns.kelengkapan, columns.waktu, columns.output, columns.keterangan]
        .map(width => `<col style="width:${width}px">`).join('');
    const head = `<thead>`
        + `<tr style="height:${header.firstRowHeight}px"><th rowspan="2">${textBlockHtml(header.no)}</th><th rowspan="2">${textBlockHtml(header.kegiatan)}</th>`
        + `<th colspan="${model.actors.length}">${textBlockHtml(header.pelaksana)}</th><th colspan="3">${textBlockHtml(header.mutuBaku)}</th>`
        + `<th rowspan="2">${textBlockHtml(header.keterangan)}</th></tr>`
        + `<tr style="height:${header.secondRowHeight}px">${model.actors.map((actor, index) => `<th data-actor="${escapeAttribute(actor.id)}">${textBlockHtml(header.actors[index])}</th>`).join('')}`
        + `<th>${textBlockHtml(header.kelengkapan)}</th><th>${textBlockHtml(header.waktu)}</th><th>${textBlockHtml(header.output)}</th></tr>`
        + `</thead>`;
    const band = (which: 'top' | 'bottom', height: number) =>
        `<tr class="band" data-band="${which}" style="height:${height}px"><td></td><td></td>${laneCells()}<td></td><td></td><td></td><td></td></tr>`;
    const body: string[] = [];
    if (page.frame.topBand) body.push(band('top', page.frame.topBand.height));
    for (const rowIndex of page.frame.rowIndices) {
        const row = plan.rows[rowIndex];
        body.push(`<tr data-step="${row.step.number}" style="height:${row.height}px">`
            + `<td class="no">${textBlockHtml(row.cells.no)}</td>`
            + `<td class="kegiatan">${textBlockHtml(row.cells.kegiatan)}</td>`
            + laneCells()
            + `<td class="kelengkapan">${textBlockHtml(row.cells.kelengkapan)}</td>`
            + `<td class="waktu">${textBlockHtml(row.cells.waktu)}</td>`
            + `<td class="output">${textBlockHtml(row.cells.output)}</td>`
            + `<td class="keterangan">${textBlockHtml(row.cells.keterangan)}</td>`
            + `</tr>`);
    }
    if (page.frame.bottomBand) body.push(band('bottom', page.frame.bottomBand.height));
    const pageEnd = page.isLast
        ? `<div class="page-end" style="margin-top:${PAGE_END_GAP}px;gap:${PAGE_END_COLUMN_GAP}px">`
            + `<div class="totals" style="width:${plan.box.contentWidthPx - plan.closing.width - PAGE_END_COLUMN_GAP}px">${textBlockHtml(plan.totals)}</div>`
            + `<div class="closing-wrap">${closingBlockHtml(plan.closing)}</div></div>`
        : '';
    return `<section class="page flow" data-page="flow" data-page-number="${page.pageNumber}">`
        + `<div style="margin-bottom:${RUNNING_HEADER_GAP}px">${runningHeaderHtml(plan.runningHeader)}</div>`
        + `<div class="flow-wrap" style="width:${tableWidth}px">`
        + `<table class="flow" style="width:${tableWidth}px"><colgroup>${cols}</colgroup>${head}<tbody>${body.join('')}</tbody></table>`
        + flowSvg(page.drawing, tableWidth, round(page.tableHeight), page.pageNumber)
        + `</div>`
        + pageEnd
        + footer(page.pageNumber, plan.pageCount)
        + `</section>`;
}

export function footer(pageNumber: number, pageCount: number): string {
    return `<div class="footer">${escapeHtml(`Halaman ${pageNumber} dari ${pageCount}`)}</div>`;
}
