/**
 * Completion for dates after `dibuat`, `revisi` and `efektif`: today, in both written forms, and the
 * month names (signed SOPs often date to the month: `Januari 2024`).
 */
import { MONTH_NAMES } from '@sop-ap/model';

export interface DateSuggestion {
    label: string;
    detail: string;
}

/** Today as `2026-11-28` and as `28 November 2026`, then every month name. */
export function dateSuggestions(today: Date, afterDay: boolean): DateSuggestion[] {
    const months = MONTH_NAMES.map((month, index) => ({ label: month, detail: `bulan ${index + 1}` }));
    if (afterDay) {
        return months;
    }
    const year = today.getFullYear();
    const month = today.getMonth() + 1;
    const day = today.getDate();
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return [
        { label: iso, detail: 'hari ini' },
        { label: `${day} ${MONTH_NAMES[month - 1]} ${year}`, detail: 'hari ini' },
        ...months,
    ];
}
