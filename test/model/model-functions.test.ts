/** The model's pure functions: durations, dates, NIP, closest matches and the flow graph. */
import { describe, expect, it } from 'vitest';
import {
    buildFlowGraph, canReachEnd, closestMatch, compareDates, computeTotals, dateProblem, formatIndonesianDate, formatMinuteRange,
    formatMinutes, formatNip, mainPath, monthNumber, nipProblem, normalizeUnit, parseDecimal, reachableFromStart, toMinutes,
    type Edge, type Step,
} from '../../packages/model/src/index.js';

describe('durations', () => {
    it('converts every unit to minutes of working time', () => {
        expect(['menit', 'jam', 'hari', 'hari kerja', 'minggu', 'bulan'].map(unit => toMinutes(1, normalizeUnit(unit)!))).toEqual([1, 60, 480, 480, 2400, 10560]);
    });
    it('reads a decimal comma or point and units in any case', () => {
        expect(toMinutes(parseDecimal('0,5'), normalizeUnit('Jam')!)).toBe(30);
        expect(toMinutes(parseDecimal('1.5'), normalizeUnit('HARI  KERJA')!)).toBe(720);
        expect(toMinutes(parseDecimal('0,1'), 'jam')).toBe(6);
        expect(normalizeUnit('jem')).toBeUndefined();
    });
    it('writes minutes in words, days being working days', () => {
        expect(formatMinutes(165)).toBe('2 jam 45 menit');
        expect(formatMinutes(1440)).toBe('3 hari');
        expect(formatMinutes(0)).toBe('0 menit');
        expect(formatMinutes(7.5)).toBe('7,5 menit');
        expect(formatMinuteRange({ min: 165, max: 225 })).toBe('2 jam 45 menit - 3 jam 45 menit');
    });
});

describe('dates', () => {
    it('knows Indonesian month names and common variants', () => {
        expect(monthNumber('Januari')).toBe(1);
        expect(monthNumber('agustus')).toBe(8);
        expect(monthNumber('Nopember')).toBe(11);
        expect(monthNumber('January')).toBeUndefined();
    });
    it('finds impossible dates', () => {
        expect(dateProblem({ year: 2024, month: 2, day: 29 })).toBeUndefined();
        expect(dateProblem({ year: 2023, month: 2, day: 29 })).toBe('day');
        expect(dateProblem({ year: 2024, month: 13, day: null })).toBe('month');
        expect(dateProblem({ year: 20, month: 1, day: 1 })).toBe('year');
    });
    it('prints dates the Indonesian way and compares at the coarser precision', () => {
        expect(formatIndonesianDate({ year: 2021, month: 1, day: 8 })).toBe('08 Januari 2021');
        expect(formatIndonesianDate({ year: 2021, month: 1, day: null })).toBe('Januari 2021');
        expect(compareDates({ year: 2021, month: 1, day: null }, { year: 2021, month: 1, day: 8 })).toBe(0);
        expect(compareDates({ year: 2021, month: 1, day: 7 }, { year: 2021, month: 1, day: 8 })).toBeLessThan(0);
    });
});

describe('NIP', () => {
    it('accepts a real-looking NIP with or without spaces and prints it grouped', () => {
        expect(nipProblem('19610618 198907 1 001')).toBeUndefined();
        expect(nipProblem('196106181989071001')).toBeUndefined();
        expect(formatNip('196106181989071001')).toBe('19610618 198907 1 001');
    });
    it('names what is impossible', () => {
        expect(nipProblem('19610618 198907 1 00')).toBe('length');
        expect(nipProblem('19610632 198907 1 001')).toBe('birth-date');
        expect(nipProblem('19610618 198913 1 001')).toBe('appointment-date');
        expect(nipProblem('19610618 197001 1 001')).toBe('appointment-before-adulthood');
        expect(nipProblem('19610618 198907 0 001')).toBe('gender');
    });
});

describe('closest match', () => {
    it('suggests near typos only', () => {
        expect(closestMatch('jem', ['menit', 'jam', 'hari'])).toBe('jam');
        expect(closestMatch('hari kerj', ['hari', 'hari kerja'])).toBe('hari kerja');
        expect(closestMatch('detik', ['menit', 'jam', 'hari'])).toBeUndefined();
    });
});

describe('flow graph', () => {
    it('walks a 100 000-step chain with a loop back without overflowing the stack', () => {
        const count = 100_000;
        const edges: Edge[] = [];
        for (let step = 1; step <= count; step++) {
            edges.push({ from: step, to: step === count ? 'end' : step + 1, label: null });
        }
        edges.push({ from: count, to: 1, label: 'Tidak' });
        const graph = buildFlowGraph(count, edges);
        expect(reachableFromStart(graph).size).toBe(count);
        expect(canReachEnd(graph).size).toBe(count);
        expect(mainPath(graph)).toHaveLength(count);
    });

    it('stops the main path at a loop and follows Ya at decisions', () => {
        const graph = buildFlowGraph(3, [
            { from: 1, to: 2, label: null }, { from: 2, to: 1, label: 'Tidak' }, { from: 2, to: 3, label: 'Ya' }, { from: 3, to: 1, label: null },
        ]);
        expect(mainPath(graph)).toEqual([1, 2, 3]);
        expect(canReachEnd(graph).size).toBe(0);
    });

    it('sums the main path and lists its steps without waktu', () => {
        const step = (number: number, minutes: number | null): Step => ({
            number, label: null, kind: 'process', actors: ['a'], activity: '', kelengkapan: [], output: [], keterangan: null, pageBreakBefore: false, line: number,
            waktu: minutes === null ? null : { min: minutes, max: minutes * 2, text: '' },
        });
        const totals = computeTotals([step(1, 30), step(2, null), step(3, 15)], [
            { from: 1, to: 2, label: null }, { from: 2, to: 3, label: null }, { from: 3, to: 'end', label: null },
        ]);
        expect(totals).toEqual({ waktu: { min: 45, max: 90 }, mainPath: [1, 2, 3], stepsWithoutWaktu: [2] });
    });
});
