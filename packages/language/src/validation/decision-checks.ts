import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { fieldsOf } from '../model/ast-access.js';
import { SopChecks } from './check-context.js';
import { IssueCodes } from './issue-codes.js';

/** Decisions (keputusan): exactly two branches, `ya` implied when omitted; only decisions branch. */
export class DecisionChecks extends SopChecks {

    /** decision-missing-branch / decision-too-many-branches. */
    decisionMustHaveTwoBranches(step: ast.Step, accept: ValidationAcceptor): void {
        if (step.kind !== 'keputusan') {
            return;
        }
        const branches = fieldsOf(step, ast.isBranch);
        const labelled = branches.filter(branch => branch.label !== undefined).length;
        const hasYes = branches.some(branch => branch.answer === 'ya');
        const hasNo = branches.some(branch => branch.answer === 'tidak');
        // An omitted `ya` is the continuation, unless custom labels replace ya/tidak.
        const implicitYes = !hasYes && labelled === 0 ? 1 : 0;
        const count = branches.length + implicitYes;
        if (count > 2) {
            accept('error', this.messages.decisionTooManyBranches(count), {
                node: branches[2 - implicitYes], code: IssueCodes.DecisionTooManyBranches,
            });
        } else if (count < 2) {
            const missing = labelled > 0 ? 'second-label' : hasYes && !hasNo ? 'tidak' : 'both';
            accept('error', this.messages.decisionMissingBranch(missing), {
                node: step, property: 'kind', code: IssueCodes.DecisionMissingBranch,
            });
        }
    }

    /** branch-outside-decision: `ya -> x` on a `langkah`. */
    onlyDecisionsBranch(step: ast.Step, accept: ValidationAcceptor): void {
        if (step.kind === 'keputusan') {
            return;
        }
        for (const branch of fieldsOf(step, ast.isBranch)) {
            accept('error', this.messages.branchOutsideDecision(), { node: branch, code: IssueCodes.BranchOutsideDecision });
        }
    }
}
