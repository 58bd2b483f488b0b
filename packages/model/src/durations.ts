/**
 * Duration units and their conversion to minutes of working time. The rule is the one the printed
 * document states under its totals: 1 jam = 60 menit, 1 hari (kerja) = 8 jam, 1 minggu = 5 hari,
 * 1 bulan = 22 hari.
 */

export const MINUTES_PER_UNIT = {
    'menit': 1,
    'jam': 60,
    'hari': 8 * 60,
    'hari kerja': 8 * 60,
    'minggu': 5 * 8 * 60,
    'bulan': 22 * 8 * 60,
} as const;

export type DurationUnit = keyof typeof MINUTES_PER_UNIT;

export const DURATION_UNITS = Object.keys(MINUTES_PER_UNIT) as DurationUnit[];

/** The conversion rule, as printed and shown in hovers. */
export const CONVERSION_RULE = '1 jam = 60 menit; 1 hari = 1 hari kerja = 8 jam; 1 minggu = 5 hari; 1 bulan = 22 hari';

/** Units are matched case-insensitively ("120 Menit" in real SOPs); inner spaces are folded. */
export function normalizeUnit(written: string): DurationUnit | undefined {
    const folded = written.trim().toLowerCase().replace(/\s+/g, ' ');
    return (DURATION_UNITS as string[]).includes(folded) ? folded as DurationUnit : undefined;
}

/** "0,5" and "0.5" both read as one half. */
export function parseDecimal(text: string): number {
    return Number(text.replace(',', '.'));
}

export function toMinutes(amount: number, unit: DurationUnit): number {
    // Round away binary noise such as 0.1 * 60 = 6.000000000000001.
    return Math.round(amount * MINUTES_PER_UNIT[unit] * 1000) / 1000;
}

/**
 * Minutes of working time in words, largest units first: 165 → "2 jam 45 menit", 1440 → "3 hari".
 * Days are working days of 8 hours, as in the conversion rule.
 */
export function formatMinutes(minutes: number): string {
    if (minutes === 0) {
        return '0 menit';
    }
    const parts: string[] = [];
    let rest = minutes;
    for (const [unit, size] of [['hari', 480], ['jam', 60]] as const) {
        const whole = Math.floor(rest / size);
        if (whole > 0) {
            parts.push(`${whole} ${unit}`);
            rest -= whole * size;
        }
    }
    if (rest > 0) {
        parts.push(`${formatNumber(rest)} menit`);
    }
    return parts.join(' ');
}

/** A range of minutes in words: "2 jam 45 menit" or "2 jam 45 menit - 3 jam 45 menit". */
export function formatMinuteRange(range: { min: number; max: number }): string {
    return range.min === range.max
        ? formatMinutes(range.min)
        : `${formatMinutes(range.min)} - ${formatMinutes(range.max)}`;
}

/** A range as a count of minutes: "165-225 menit", or "30 menit" when both ends agree. */
export function formatMinuteCount(range: { min: number; max: number }): string {
    return range.min === range.max ? `${formatNumber(range.min)} menit` : `${formatNumber(range.min)}-${formatNumber(range.max)} menit`;
}

/** Indonesian decimal comma: 2.5 → "2,5". */
export function formatNumber(value: number): string {
    return String(Math.round(value * 100) / 100).replace('.', ',');
}
