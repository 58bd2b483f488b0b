import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { MutuBakuField } from '../i18n/messages.js';
import { fieldsOf, stepNumber } from '../model/ast-access.js';
import { SopChecks } from './check-context.js';
import { IssueCodes } from './issue-codes.js';

const requiredFields: Array<[MutuBakuField, (node: unknown) => boolean, string]> = [
    ['kelengkapan', ast.isKelengkapanField, IssueCodes.MissingKelengkapan],
    ['waktu', ast.isWaktuField, IssueCodes.MissingWaktu],
    ['output', ast.isOutputField, IssueCodes.MissingOutput],
];

const singleFields: Array<[string, (node: unknown) => boolean]> = [
    ['waktu', ast.isWaktuField],
    ['keterangan', ast.isKeteranganField],
    ['lanjut', ast.isLanjut],
];

/** Mutu Baku: every step states its kelengkapan, waktu and output. */
export class MutuBakuChecks extends SopChecks {

    /** missing-kelengkapan, missing-waktu, missing-output. */
    stepShouldHaveMutuBaku(step: ast.Step, accept: ValidationAcceptor): void {
        const number = stepNumber(step);
        for (const [field, is, code] of requiredFields) {
            if (!step.fields.some(is)) {
                accept('warning', this.messages.missingMutuBaku(field, number), { node: step, property: 'activity', code });
            }
        }
    }

    /** duplicate-field: `waktu` twice in one step; only the last one counts. */
    stepFieldsShouldBeWrittenOnce(step: ast.Step, accept: ValidationAcceptor): void {
        for (const [keyword, is] of singleFields) {
            const fields = fieldsOf(step, is as (node: unknown) => node is ast.StepField);
            for (const duplicate of fields.slice(0, -1)) {
                accept('warning', this.messages.duplicateField(keyword), { node: duplicate, code: IssueCodes.DuplicateField });
            }
        }
    }
}
