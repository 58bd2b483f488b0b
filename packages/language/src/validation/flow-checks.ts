import type { ValidationAcceptor } from 'langium';
import { buildFlowGraph, canReachEnd, reachableFromStart } from '@sop-ap/model';
import * as ast from '../generated/ast.js';
import { buildEdges } from '../model/build-model.js';
import { fieldsOf, stepNumber, stepsOf } from '../model/ast-access.js';
import { SopChecks } from './check-context.js';
import { IssueCodes } from './issue-codes.js';

/** The flow between steps, checked on the model's graph. */
export class FlowChecks extends SopChecks {

    /** no-steps: an SOP without steps. */
    sopMustHaveSteps(sop: ast.Sop, accept: ValidationAcceptor): void {
        if (stepsOf(sop).length === 0) {
            accept('error', this.messages.noSteps(sop.name), { node: sop, property: 'name', code: IssueCodes.NoSteps });
        }
    }

    /** self-loop: a branch or `lanjut` to the step itself. */
    stepMustNotJumpToItself(step: ast.Step, accept: ValidationAcceptor): void {
        const number = stepNumber(step);
        for (const jump of [...fieldsOf(step, ast.isBranch), ...fieldsOf(step, ast.isLanjut)]) {
            if (jump.target?.step?.ref === step) {
                accept('error', this.messages.selfLoop(number), { node: jump.target, code: IssueCodes.SelfLoop });
            }
        }
    }

    /**
     * unreachable-step: no path from step 1 reaches it; no-path-to-end: no path from it reaches an
     * end. Skipped while a target is unknown: the missing edge would only add noise to that error.
     */
    everyStepMustLieOnAPathFromStartToEnd(sop: ast.Sop, accept: ValidationAcceptor): void {
        const steps = stepsOf(sop);
        const hasUnknownTarget = steps.some(step =>
            [...fieldsOf(step, ast.isBranch), ...fieldsOf(step, ast.isLanjut)].some(jump => !jump.target?.end && !jump.target?.step?.ref));
        if (steps.length === 0 || hasUnknownTarget) {
            return;
        }
        const graph = buildFlowGraph(steps.length, buildEdges(sop));
        const reachable = reachableFromStart(graph);
        const ending = canReachEnd(graph);
        steps.forEach((step, index) => {
            const number = index + 1;
            if (!reachable.has(number)) {
                accept('warning', this.messages.unreachableStep(number), { node: step, property: 'activity', code: IssueCodes.UnreachableStep });
            }
            if (!ending.has(number)) {
                accept('error', this.messages.noPathToEnd(number), { node: step, property: 'activity', code: IssueCodes.NoPathToEnd });
            }
        });
    }
}
