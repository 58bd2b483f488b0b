/**
 * NIP, the 18-digit civil servant number, often printed with spaces: `19610618 198907 1 001` =
 * birth date (YYYYMMDD), appointment year and month (YYYYMM), gender (1 or 2), sequence (3 digits).
 */
import { dateProblem } from './dates.js';

export type NipProblem = 'length' | 'birth-date' | 'appointment-date' | 'appointment-before-adulthood' | 'gender';

export interface NipParts {
    birth: { year: number; month: number; day: number };
    appointment: { year: number; month: number };
    gender: number;
    sequence: number;
}

/** Youngest age at which a civil servant can be appointed. */
const MINIMUM_APPOINTMENT_AGE = 18;

export function nipDigits(nip: string): string {
    return nip.replace(/\s+/g, '');
}

export function parseNip(nip: string): NipParts | undefined {
    const digits = nipDigits(nip);
    if (!/^\d{18}$/.test(digits)) {
        return undefined;
    }
    const number = (from: number, to: number) => Number(digits.slice(from, to));
    return {
        birth: { year: number(0, 4), month: number(4, 6), day: number(6, 8) },
        appointment: { year: number(8, 12), month: number(12, 14) },
        gender: number(14, 15),
        sequence: number(15, 18),
    };
}

/** The first thing that makes the NIP impossible, or undefined when it is plausible. */
export function nipProblem(nip: string): NipProblem | undefined {
    const parts = parseNip(nip);
    if (!parts) {
        return 'length';
    }
    if (dateProblem(parts.birth)) {
        return 'birth-date';
    }
    if (dateProblem({ ...parts.appointment, day: null })) {
        return 'appointment-date';
    }
    const ageInMonths = (parts.appointment.year - parts.birth.year) * 12 + parts.appointment.month - parts.birth.month;
    if (ageInMonths < MINIMUM_APPOINTMENT_AGE * 12) {
        return 'appointment-before-adulthood';
    }
    if (parts.gender !== 1 && parts.gender !== 2) {
        return 'gender';
    }
    return undefined;
}

/** Printed form: `19610618 198907 1 001`. */
export function formatNip(nip: string): string {
    const digits = nipDigits(nip);
    if (!/^\d{18}$/.test(digits)) {
        return nip.trim();
    }
    return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
