/** Line breaking by the compiler: lines that fit their column, words cut only when they must. */
import { describe, expect, it } from 'vitest';
import { CUT_HYPHEN, measureText, wrapText } from '../../packages/document/src/index.js';
import { lineCount } from '../../packages/document/src/text-wrap.js';
import { cellHeight, stepCell, stepCellHeight, type CellColumn } from '../../packages/document/src/layout/step-cells.js';
import type { Step } from '../../packages/model/src/index.js';

const BODY = { size: 12, weight: 400 } as const;

describe('wrapping', () => {
    it('fills each line greedily and breaks after a slash or a hyphen inside a long word', () => {
        const text = 'Menyerahkan SPP – LS pembayaran barang/jasa beserta dokumen lain kepada PPK-SKPD';
        for (const width of [80, 110, 140, 260, 600]) {
            const lines = wrapText(text, width, BODY);
            for (const line of lines) expect(measureText(line, BODY), `${width}: "${line}"`).toBeLessThanOrEqual(width);
            // Nothing lost: the lines hold the text, give or take the spaces at the breaks.
            expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
            // Greedy: the next line's first piece would not have fitted on the line before.
            for (let index = 1; index < lines.length; index++) {
                const nextPiece = /^[^\s/-]*[/-]*/.exec(lines[index])![0];
                const joined = /[/-]$/.test(lines[index - 1]) ? lines[index - 1] + nextPiece : `${lines[index - 1]} ${nextPiece}`;
                expect(measureText(joined, BODY), `${width}: "${joined}"`).toBeGreaterThan(width);
            }
        }
    });

    it('cuts a word wider than its column, marking each cut', () => {
        const lines = wrapText('Penandatanganan', 40, BODY);
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.slice(0, -1).every(line => line.endsWith(CUT_HYPHEN))).toBe(true);
        expect(lines.join('').replaceAll(CUT_HYPHEN, '')).toBe('Penandatanganan');
    });

    it('keeps a character wider than its column whole instead of cutting without end', () => {
        expect(wrapText('W', 3, BODY)).toEqual(['W']);
        expect(wrapText('WW', 3, BODY)).toEqual([`W${CUT_HYPHEN}`, 'W']);
    });

    it('counts the lines it would make without making them, the column planner\'s heights being those of the cells printed', () => {
        const texts = ['', '   ', 'Menyerahkan SPP – LS pembayaran barang/jasa beserta dokumen lain kepada PPK-SKPD', 'Penandatanganan', 'W', 'WW a  b',
            'baris satu\n\nbaris tiga', ' \n', 'https://sub.domain.go.id/path/to/a/very-long-resource dan-seterusnya/lagi'];
        for (const text of texts) {
            for (let width = 0; width <= 400; width += 7) {
                expect(lineCount(text, width, BODY), `${JSON.stringify(text)} at ${width}`).toBe(wrapText(text, width, BODY).length);
            }
        }
        const step: Step = {
            number: 7, label: null, kind: 'process', actors: ['a'], activity: texts[2], kelengkapan: ['', texts[3], texts[8]], waktu: null,
            output: [' '], keterangan: texts[6], pageBreakBefore: false, line: 1,
        };
        const columns: CellColumn[] = ['no', 'kegiatan', 'kelengkapan', 'waktu', 'output', 'keterangan'];
        for (const column of columns) {
            for (let width = 10; width <= 300; width += 9) {
                expect(stepCellHeight(step, column, width), `${column} at ${width}`).toBe(cellHeight(stepCell(step, column, width)));
            }
        }
    });
});
