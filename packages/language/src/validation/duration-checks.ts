import { GrammarUtils, type ValidationAcceptor } from 'langium';
import { closestMatch, DURATION_UNITS, normalizeUnit, parseDecimal } from '@sop-ap/model';
import type * as ast from '../generated/ast.js';
import { unitText } from '../model/ast-access.js';
import { SopChecks } from './check-context.js';
import { IssueCodes } from './issue-codes.js';

/** Data carried by duration diagnostics for their quick fixes. */
export interface UnitFixData {
    suggestion?: string;
}

/** Durations (waktu): a number or range with a known unit, above zero, smaller value first. */
export class DurationChecks extends SopChecks {

    /** duration-missing-unit / duration-unknown-unit: `waktu 30`, `waktu 3 jem`. */
    durationMustHaveKnownUnit(duration: ast.Duration, accept: ValidationAcceptor): void {
        if (duration.min === undefined) {
            return; // a syntax error, reported by the parser
        }
        if (!duration.unit) {
            accept('error', this.messages.durationMissingUnit(duration.max ?? duration.min), {
                node: duration, code: IssueCodes.DurationMissingUnit,
            });
            return;
        }
        const written = unitText(duration.unit);
        if (!normalizeUnit(written)) {
            const suggestion = closestMatch(written, DURATION_UNITS);
            accept('error', this.messages.durationUnknownUnit(written, suggestion), {
                node: duration.unit, code: IssueCodes.DurationUnknownUnit, data: { suggestion } satisfies UnitFixData,
            });
        }
    }

    /** duration-invalid: zero, or a range whose start is not below its end. */
    durationMustBePositiveRange(duration: ast.Duration, accept: ValidationAcceptor): void {
        if (duration.min === undefined) {
            return; // a syntax error, reported by the parser
        }
        const min = parseDecimal(duration.min);
        if (duration.max === undefined) {
            if (min === 0) {
                accept('error', this.messages.durationZero(), { node: duration, property: 'min', code: IssueCodes.DurationInvalid });
            }
            return;
        }
        const max = parseDecimal(duration.max);
        if (max === 0) {
            accept('error', this.messages.durationZero(), { node: duration, property: 'max', code: IssueCodes.DurationInvalid });
        } else if (min >= max) {
            const from = GrammarUtils.findNodeForProperty(duration.$cstNode, 'min');
            const to = GrammarUtils.findNodeForProperty(duration.$cstNode, 'max');
            const range = from && to ? { start: from.range.start, end: to.range.end } : undefined;
            accept('error', this.messages.durationRangeOrder(duration.min, duration.max), { node: duration, range, code: IssueCodes.DurationInvalid });
        }
    }
}
