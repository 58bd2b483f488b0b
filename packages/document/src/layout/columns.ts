/**
 * Column widths of the flowchart table: No, Kegiatan, one lane per actor, Kelengkapan, Waktu,
 * Output, Keterangan. Lanes get what the symbols need; the text columns share the rest.
 */

export interface Columns {
    no: number;
    kegiatan: number;
    /** One width per actor, all equal. */
    lane: number;
    laneCount: number;
    kelengkapan: number;
    waktu: number;
    output: number;
    keterangan: number;
    /** Left edge of every column, in table coordinates. */
    x: {
        no: number;
        kegiatan: number;
        lanes: number[];
        kelengkapan: number;
        waktu: number;
        output: number;
        keterangan: number;
        end: number;
    };
}

const NO_WIDTH = 30;
const WAKTU_WIDTH = 62;
/** The text columns below this width become hard to read. */
const MIN_TEXT_WIDTH = 560;
const MAX_LANE = 112;
const MIN_LANE = 44;
/** Shares of the width left for Kegiatan, Kelengkapan, Output and Keterangan. */
const SHARES = { kegiatan: 0.34, kelengkapan: 0.24, output: 0.24, keterangan: 0.18 };

export function planColumns(tableWidth: number, laneCount: number): Columns {
    const lanes = Math.max(1, laneCount);
    const lane = Math.floor(Math.min(MAX_LANE, Math.max(MIN_LANE, (tableWidth - MIN_TEXT_WIDTH) / lanes)));
    const shared = tableWidth - NO_WIDTH - WAKTU_WIDTH - lane * lanes;
    const kegiatan = Math.floor(shared * SHARES.kegiatan);
    const kelengkapan = Math.floor(shared * SHARES.kelengkapan);
    const output = Math.floor(shared * SHARES.output);
    const keterangan = shared - kegiatan - kelengkapan - output;
    const x = { no: 0, kegiatan: NO_WIDTH, lanes: [] as number[], kelengkapan: 0, waktu: 0, output: 0, keterangan: 0, end: 0 };
    let cursor = NO_WIDTH + kegiatan;
    for (let index = 0; index < lanes; index++) {
        x.lanes.push(cursor);
        cursor += lane;
    }
    x.kelengkapan = cursor;
    x.waktu = x.kelengkapan + kelengkapan;
    x.output = x.waktu + WAKTU_WIDTH;
    x.keterangan = x.output + output;
    x.end = x.keterangan + keterangan;
    return { no: NO_WIDTH, kegiatan, lane, laneCount: lanes, kelengkapan, waktu: WAKTU_WIDTH, output, keterangan, x };
}
