/** The two-row header of the flowchart table, repeated on every page. */
import type { Actor } from '@sop-ap/model';
import type { Columns } from './columns.js';
import { blockHeight, paragraphBlock, type TextBlock } from './text-block.js';
import { CELL_PADDING_X, CELL_PADDING_Y, HEADER, HEADER_LINE } from './typography.js';
import { measureText } from '../fonts/text-metrics.js';
import { BoundedMemo } from '../bounded-memo.js';

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

/** The column titles of signed SOP AP documents. */
export const TITLES = {
    no: 'No', kegiatan: 'Kegiatan', pelaksana: 'Pelaksana', mutuBaku: 'Mutu Baku', keterangan: 'Keterangan',
    kelengkapan: 'Kelengkapan', waktu: 'Waktu', output: 'Output',
} as const;

/** Least width of a column whose title prints at full size without breaking a word. */
export function titleWidth(title: string): number {
    return Math.ceil(Math.max(...title.split(/\s+/).map(word => measureText(word, HEADER)))) + 2 * CELL_PADDING_X;
}

/** Smaller type for a narrow column, so that no word of a title is cut: "Pengadaan", not "Pengadaa/n". */
const HEADER_SIZES = [HEADER.size, 9.5, 8.5, 7.5];

/**
 * Header blocks by width, then title: the column planner tries every lane width for each SOP, and
 * the SOPs of one office share their actors' titles ("Kepala Dinas", "Sekretaris").
 */
const headerBlocks = new Map<number, BoundedMemo<string, TextBlock>>();

function headerBlock(text: string, width: number): TextBlock {
    let titles = headerBlocks.get(width);
    if (!titles) {
        if (headerBlocks.size >= HEADER_WIDTHS) headerBlocks.clear();
        titles = new BoundedMemo(HEADER_TITLES_PER_WIDTH);
        headerBlocks.set(width, titles);
    }
    return titles.get(text, width, layOutHeaderBlock);
}

const HEADER_TITLES_PER_WIDTH = 500;
/** Columns are whole pixels, at most a page wide: this many widths is every one of them. */
const HEADER_WIDTHS = 2_000;

function layOutHeaderBlock(text: string, width: number): TextBlock {
    const inner = width - 2 * CELL_PADDING_X;
    const words = text.split(/\s+/).filter(Boolean);
    const size = HEADER_SIZES.find(candidate => words.every(word => measureText(word, { ...HEADER, size: candidate }) <= inner)) ?? HEADER_SIZES[HEADER_SIZES.length - 1];
    return paragraphBlock(text, inner, { ...HEADER, size }, Math.ceil(HEADER_LINE * size / HEADER.size));
}

export function planTableHeader(columns: Columns, actors: readonly Actor[]): TableHeader {
    const block = headerBlock;
    const mutuWidth = columns.kelengkapan + columns.waktu + columns.output;
    const header = {
        no: block(TITLES.no, columns.no),
        kegiatan: block(TITLES.kegiatan, columns.kegiatan),
        pelaksana: block(TITLES.pelaksana, columns.lane * columns.laneCount),
        mutuBaku: block(TITLES.mutuBaku, mutuWidth),
        keterangan: block(TITLES.keterangan, columns.keterangan),
        actors: actors.map(actor => block(actor.title, columns.lane)),
        kelengkapan: block(TITLES.kelengkapan, columns.kelengkapan),
        waktu: block(TITLES.waktu, columns.waktu),
        output: block(TITLES.output, columns.output),
    };
    const cell = (text: TextBlock) => blockHeight(text) + 2 * CELL_PADDING_Y + 1;
    const firstRowHeight = Math.max(cell(header.pelaksana), cell(header.mutuBaku));
    let secondRowHeight = Math.max(...[...header.actors, header.kelengkapan, header.waktu, header.output].map(cell));
    // Cells spanning both rows must fit too.
    const spanning = Math.max(cell(header.no), cell(header.kegiatan), cell(header.keterangan));
    secondRowHeight = Math.max(secondRowHeight, spanning - firstRowHeight);
    return { ...header, firstRowHeight, secondRowHeight, height: firstRowHeight + secondRowHeight };
}
