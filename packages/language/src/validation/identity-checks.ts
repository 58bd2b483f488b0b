import type { ValidationAcceptor } from 'langium';
import { closestMatch, compareDates, dateProblem, formatIndonesianDate, MONTH_NAMES, nipProblem } from '@sop-ap/model';
import * as ast from '../generated/ast.js';
import type { IdentityField } from '../i18n/messages.js';
import { calendarDateOf } from '../model/build-model.js';
import { lastOf, membersOf } from '../model/ast-access.js';
import { SopChecks } from './check-context.js';
import { IssueCodes } from './issue-codes.js';

/** The identity section (Bagian Identitas): complete, with real dates in order and a valid NIP. */
export class IdentityChecks extends SopChecks {

    /** missing-identity: instansi, nomor, dibuat, efektif, disahkan or the title (one diagnostic per field). */
    identityShouldBeComplete(sop: ast.Sop, accept: ValidationAcceptor): void {
        const dateKeys = new Set(membersOf(sop, ast.isDateField).map(field => field.key));
        const present: Record<IdentityField, boolean> = {
            // Without a unit the identity page has no heading at all: nobody can tell whose SOP it is.
            instansi: membersOf(sop, ast.isInstansiLink).length > 0,
            nomor: membersOf(sop, ast.isNomorField).length > 0,
            dibuat: dateKeys.has('dibuat'),
            efektif: dateKeys.has('efektif'),
            disahkan: membersOf(sop, ast.isDisahkanField).length > 0,
            title: (sop.title ?? '').trim().length > 0,
        };
        for (const field of Object.keys(present) as IdentityField[]) {
            if (!present[field]) {
                accept('warning', this.messages.missingIdentity(field), { node: sop, property: 'name', code: IssueCodes.MissingIdentity, data: { field } });
            }
        }
    }

    /** invalid-date: a date that does not exist (31 Februari, month 13, an unknown month name). */
    dateMustExist(value: ast.DateValue, accept: ValidationAcceptor): void {
        const written = value.$cstNode?.text ?? '';
        const date = calendarDateOf(value);
        if (!date) {
            const suggestion = value.month ? closestMatch(value.month, MONTH_NAMES) : undefined;
            accept('error', this.messages.invalidDate(written, 'month', suggestion), {
                node: value, property: 'month', code: IssueCodes.InvalidDate, data: { suggestion },
            });
            return;
        }
        const problem = dateProblem(date);
        if (problem) {
            accept('error', this.messages.invalidDate(written, problem, undefined), { node: value, code: IssueCodes.InvalidDate });
        }
    }

    /** date-order: `efektif` or `revisi` before `dibuat`, compared at the coarser precision. */
    datesMustBeInOrder(sop: ast.Sop, accept: ValidationAcceptor): void {
        const fields = membersOf(sop, ast.isDateField);
        const dateOf = (field: ast.DateField | undefined) => {
            const date = field?.date && calendarDateOf(field.date);
            return date && !dateProblem(date) ? date : undefined;
        };
        const dibuat = dateOf(lastOf(fields.filter(field => field.key === 'dibuat')));
        if (!dibuat) {
            return;
        }
        for (const field of fields.filter(each => each.key !== 'dibuat')) {
            const date = dateOf(field);
            if (date && compareDates(date, dibuat) < 0) {
                const key = field.key as 'efektif' | 'revisi';
                accept('error', this.messages.dateOrder(key, formatIndonesianDate(date), formatIndonesianDate(dibuat)), {
                    node: field, property: 'date', code: IssueCodes.DateOrder,
                });
            }
        }
    }

    /** invalid-nip: not 18 digits, or an impossible birth date, appointment date or gender digit. */
    nipMustBeValid(detail: ast.SignatoryDetail, accept: ValidationAcceptor): void {
        if (detail.key !== 'nip' || detail.value === undefined) {
            return;
        }
        const problem = nipProblem(detail.value);
        if (problem) {
            accept('error', this.messages.invalidNip(detail.value, problem), { node: detail, property: 'value', code: IssueCodes.InvalidNip });
        }
    }

    /** duplicate-field: nomor, tempat, a date, disahkan or instansi written twice; the last one counts. */
    identityFieldsShouldBeWrittenOnce(sop: ast.Sop, accept: ValidationAcceptor): void {
        const keyOf = (member: ast.SopMember): string | undefined => {
            if (ast.isNomorField(member)) return 'nomor';
            if (ast.isTempatField(member)) return 'tempat';
            if (ast.isDateField(member)) return member.key;
            if (ast.isDisahkanField(member)) return 'disahkan';
            if (ast.isInstansiLink(member)) return 'instansi';
            return undefined;
        };
        this.reportAllButLast(sop.members, keyOf, accept);
        for (const disahkan of membersOf(sop, ast.isDisahkanField)) {
            this.reportAllButLast(disahkan.details, detail => detail.key, accept);
        }
    }

    protected reportAllButLast<T extends ast.SopMember | ast.SignatoryDetail>(items: T[], keyOf: (item: T) => string | undefined, accept: ValidationAcceptor): void {
        const lastIndex = new Map<string, number>();
        items.forEach((item, index) => {
            const key = keyOf(item);
            if (key) {
                lastIndex.set(key, index);
            }
        });
        items.forEach((item, index) => {
            const key = keyOf(item);
            if (key && lastIndex.get(key) !== index) {
                accept('warning', this.messages.duplicateField(key), { node: item, code: IssueCodes.DuplicateField });
            }
        });
    }
}
