/**
 * Calendar dates as SOPs write them: 2024-01-08, 8 Januari 2024, and month precision (2024-01,
 * Januari 2024), which many signed SOPs use.
 */

export const MONTH_NAMES = [
    'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
    'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** Spellings seen on signed documents besides the standard names. */
const MONTH_VARIANTS: Record<string, number> = { nopember: 11, pebruari: 2 };

export interface CalendarDate {
    year: number;
    month: number;
    /** null for month precision. */
    day: number | null;
}

/** 1..12 for an Indonesian month name (any case), undefined otherwise. */
export function monthNumber(name: string): number | undefined {
    const lower = name.toLowerCase();
    const index = MONTH_NAMES.findIndex(month => month.toLowerCase() === lower);
    return index >= 0 ? index + 1 : MONTH_VARIANTS[lower];
}

export function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type DateProblem = 'month' | 'day' | 'year';

/** What makes a date impossible, or undefined when it exists. Years outside 1900-2200 are typos. */
export function dateProblem(date: CalendarDate): DateProblem | undefined {
    if (!Number.isInteger(date.year) || date.year < 1900 || date.year > 2200) {
        return 'year';
    }
    if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) {
        return 'month';
    }
    if (date.day !== null && (!Number.isInteger(date.day) || date.day < 1 || date.day > daysInMonth(date.year, date.month))) {
        return 'day';
    }
    return undefined;
}

/** "08 Januari 2024", or "Januari 2024" for month precision. */
export function formatIndonesianDate(date: CalendarDate): string {
    const month = MONTH_NAMES[date.month - 1] ?? String(date.month);
    return date.day === null
        ? `${month} ${date.year}`
        : `${String(date.day).padStart(2, '0')} ${month} ${date.year}`;
}

/**
 * Compares at the coarser of the two precisions: "Januari 2024" is neither before nor after
 * "15 Januari 2024". Negative when a is earlier, 0 when equal at that precision.
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
    if (a.year !== b.year) {
        return a.year - b.year;
    }
    if (a.month !== b.month) {
        return a.month - b.month;
    }
    if (a.day === null || b.day === null) {
        return 0;
    }
    return a.day - b.day;
}
