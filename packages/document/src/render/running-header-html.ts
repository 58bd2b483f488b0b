/** The running header ("Lampiran" block) of a flowchart page as planned: the SOP's name, then two columns of label : value. */
import type { RunningHeader, RunningHeaderColumn } from '../layout/running-header.js';
import { escapeAttribute } from './escape.js';
import { blockHeight } from '../layout/text-block.js';
import { textBlockHtml } from './text-block-html.js';

export function runningHeaderHtml(header: RunningHeader): string {
    const column = (content: RunningHeaderColumn) => `<div class="rh-col" style="width:${content.width}px">`
        + (content.title ? `<div class="caption" style="height:${blockHeight(content.title)}px">${textBlockHtml(content.title)}</div>` : '')
        + content.fields.map(field => `<div class="rh-field" data-field="${escapeAttribute(field.field)}" style="height:${field.height}px">`
            + `<div class="rh-label" style="width:${content.labelWidth}px">${textBlockHtml(field.label)}</div>`
            + `<div class="rh-value">${textBlockHtml(field.value)}</div></div>`).join('')
        + `</div>`;
    return `<div class="running-header" style="height:${header.height}px">${header.columns.map(column).join('')}</div>`;
}
