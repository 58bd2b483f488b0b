/** The two-row header of the flowchart table, repeated on every page. */
import type { Actor } from '@sop-ap/model';
import type { Columns } from './columns.js';
import { blockHeight, paragraphBlock, type TextBlock } from './text-block.js';
import { CELL_PADDING_X, CELL_PADDING_Y, HEADER, HEADER_LINE } from './typography.js';
import { measureText } from '../fonts/text-metrics.js';

export interface TableHeader {
    no: TextBlock;
    kegiatan: TextBlock;
    pelaksana: TextBlock;
    mutuBaku: TextBlock;
    keterangan: TextBlock;
    actors: TextBlock[];
    kelengkapan: TextBlock;
    waktu: TextBlock;
    output: TextBlock;
    /** Whole pixels. */
    firstRowHeight: number;
    secondRowHeight: number;
    height: number;
}

/** Smaller type for a narrow column, so that no word of a title is cut: "Pengadaan", not "Pengadaa/n". */
const HEADER_SIZES = [HEADER.size, 9.5, 8.5, 7.5];

function headerBlock(text: string, width: number): TextBlock {
    const inner = width - 2 * CELL_PADDING_X;
    const words = text.split(/\s+/).filter(Boolean);
    const size = HEADER_SIZES.find(candidate => words.every(word => measureText(word, { ...HEADER, size: candidate }) <= inner)) ?? HEADER_SIZES[HEADER_SIZES.length - 1];
    return paragraphBlock(text, inner, { ...HEADER, size }, Math.ceil(HEADER_LINE * size / HEADER.size));
}

export function planTableHeader(columns: Columns, actors: readonly Actor[]): TableHeader {
    const block = headerBlock;
    const mutuWidth = columns.kelengkapan + columns.waktu + columns.output;
    const header = {
        no: block('No', columns.no),
        kegiatan: block('Kegiatan', columns.kegiatan),
        pelaksana: block('Pelaksana', columns.lane * columns.laneCount),
        mutuBaku: block('Mutu Baku', mutuWidth),
        keterangan: block('Keterangan', columns.keterangan),
        actors: actors.map(actor => block(actor.title, columns.lane)),
        kelengkapan: block('Kelengkapan', columns.kelengkapan),
        waktu: block('Waktu', columns.waktu),
        output: block('Output', columns.output),
    };
    const cell = (text: TextBlock) => blockHeight(text) + 2 * CELL_PADDING_Y + 1;
    const firstRowHeight = Math.max(cell(header.pelaksana), cell(header.mutuBaku));
    let secondRowHeight = Math.max(...[...header.actors, header.kelengkapan, header.waktu, header.output].map(cell));
    // Cells spanning both rows must fit too.
    const spanning = Math.max(cell(header.no), cell(header.kegiatan), cell(header.keterangan));
    secondRowHeight = Math.max(secondRowHeight, spanning - firstRowHeight);
    return { ...header, firstRowHeight, secondRowHeight, height: firstRowHeight + secondRowHeight };
}
