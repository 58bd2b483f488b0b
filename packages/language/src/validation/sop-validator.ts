/** Registers every check of the language, grouped by concern (one file each). */
import type { ValidationChecks } from 'langium';
import type { SopAstType } from '../generated/ast.js';
import type { SopCoreServices } from '../sop-core-module.js';
import { ActorChecks } from './actor-checks.js';
import { DecisionChecks } from './decision-checks.js';
import { DurationChecks } from './duration-checks.js';
import { FlowChecks } from './flow-checks.js';
import { IdentityChecks } from './identity-checks.js';
import { MutuBakuChecks } from './mutu-baku-checks.js';
import { NameChecks } from './name-checks.js';

export function registerValidationChecks(services: SopCoreServices): void {
    const actors = new ActorChecks(services);
    const decisions = new DecisionChecks(services);
    const durations = new DurationChecks(services);
    const flow = new FlowChecks(services);
    const identity = new IdentityChecks(services);
    const mutuBaku = new MutuBakuChecks(services);
    const names = new NameChecks(services);

    const checks: ValidationChecks<SopAstType> = {
        Sop: [
            (sop, accept) => identity.identityShouldBeComplete(sop, accept),
            (sop, accept) => identity.datesMustBeInOrder(sop, accept),
            (sop, accept) => identity.identityFieldsShouldBeWrittenOnce(sop, accept),
            (sop, accept) => actors.actorIdsMustBeUnique(sop, accept),
            (sop, accept) => actors.actorsShouldHaveSteps(sop, accept),
            (sop, accept) => actors.sopShouldHaveSeveralActors(sop, accept),
            (sop, accept) => actors.actorsShouldFitThePage(sop, accept),
            (sop, accept) => actors.sharedStepActorsShouldBeSideBySide(sop, accept),
            (sop, accept) => names.labelsMustBeUnique(sop, accept),
            (sop, accept) => names.sopIdMustBeUniqueInWorkspace(sop, accept),
            (sop, accept) => flow.sopMustHaveSteps(sop, accept),
            (sop, accept) => flow.everyStepMustLieOnAPathFromStartToEnd(sop, accept),
        ],
        Instansi: [
            (instansi, accept) => names.instansiIdMustBeUniqueInWorkspace(instansi, accept),
        ],
        Step: [
            (step, accept) => mutuBaku.stepShouldHaveMutuBaku(step, accept),
            (step, accept) => mutuBaku.stepFieldsShouldBeWrittenOnce(step, accept),
            (step, accept) => decisions.decisionMustHaveTwoBranches(step, accept),
            (step, accept) => decisions.onlyDecisionsBranch(step, accept),
            (step, accept) => flow.stepMustNotJumpToItself(step, accept),
            (step, accept) => actors.activityShouldNotStartWithActor(step, accept),
        ],
        Duration: [
            (duration, accept) => durations.durationMustHaveKnownUnit(duration, accept),
            (duration, accept) => durations.durationMustBePositiveRange(duration, accept),
        ],
        DateValue: [
            (date, accept) => identity.dateMustExist(date, accept),
        ],
        SignatoryDetail: [
            (detail, accept) => identity.nipMustBeValid(detail, accept),
        ],
    };
    services.validation.ValidationRegistry.register(checks);
}
