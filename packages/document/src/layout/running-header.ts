/**
 * The running header of every flowchart page, as signed SOPs print their "Lampiran" block: the
 * SOP's name over the unit and the Nomor SOP on the left, the three dates on the right, so that a
 * loose page still says which SOP it belongs to. The name shares the header's lines with the dates
 * rather than standing on a line of its own: every line above the table is a line the flowchart
 * cannot use.
 */
import type { SopModel } from '@sop-ap/model';
import { measureText } from '../fonts/text-metrics.js';
import { blockHeight, paragraphBlock, type TextBlock } from './text-block.js';
import { BODY_BOLD, BODY_LINE, SMALL, SMALL_LINE } from './typography.js';

export interface RunningHeaderField {
    /** Names the field for tests and for the HTML's data attributes. */
    field: 'unit' | 'nomor' | 'dibuat' | 'revisi' | 'efektif';
    label: TextBlock;
    value: TextBlock;
    height: number;
}

export interface RunningHeaderColumn {
    width: number;
    /** The SOP's name, bold, above the fields of the left column; null on the right. */
    title: TextBlock | null;
    labelWidth: number;
    fields: RunningHeaderField[];
}

export interface RunningHeader {
    columns: [RunningHeaderColumn, RunningHeaderColumn];
    /** Whole pixels. */
    height: number;
}

const COLUMN_GAP = 24;
const DASH = '-';

export function planRunningHeader(model: SopModel, width: number): RunningHeader {
    const name = /^sop\b/i.test(model.title) ? model.title : `SOP ${model.title}`;
    const { identity } = model;
    const unit = identity.instansi;
    const unitText = [unit?.name, unit?.unit].filter((part): part is string => Boolean(part?.trim())).join(', ');
    const leftWidth = Math.floor((width - COLUMN_GAP) * 0.6);
    const rightWidth = width - COLUMN_GAP - leftWidth;
    const column = (columnWidth: number, entries: Array<[RunningHeaderField['field'], string, string | null | undefined]>, title: string | null = null): RunningHeaderColumn => {
        const labelWidth = Math.ceil(Math.max(...entries.map(([, label]) => measureText(`${label} :`, SMALL)))) + 6;
        const fields = entries.map(([field, label, value]): RunningHeaderField => {
            const labelBlock = paragraphBlock(`${label} :`, labelWidth, SMALL, SMALL_LINE);
            const valueBlock = paragraphBlock(value?.trim() ? value : DASH, columnWidth - labelWidth, SMALL, SMALL_LINE);
            return { field, label: labelBlock, value: valueBlock, height: Math.max(blockHeight(labelBlock), blockHeight(valueBlock)) };
        });
        return { width: columnWidth, title: title === null ? null : paragraphBlock(title, columnWidth, BODY_BOLD, BODY_LINE), labelWidth, fields };
    };
    const columns: [RunningHeaderColumn, RunningHeaderColumn] = [
        column(leftWidth, [['unit', 'Lampiran SOP', unitText], ['nomor', 'Nomor SOP', identity.nomor]], name),
        column(rightWidth, [['dibuat', 'Tanggal Pembuatan', identity.dibuat?.text], ['revisi', 'Tanggal Revisi', identity.revisi?.text], ['efektif', 'Tanggal Efektif', identity.efektif?.text]]),
    ];
    const height = Math.max(...columns.map(each => (each.title ? blockHeight(each.title) : 0) + each.fields.reduce((sum, field) => sum + field.height, 0)));
    return { columns, height };
}
