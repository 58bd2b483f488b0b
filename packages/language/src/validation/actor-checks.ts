import type { ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import { actorsOf, stepsOf } from '../model/ast-access.js';
import { SopChecks } from './check-context.js';
import { IssueCodes } from './issue-codes.js';

/** Actors (pelaksana): declared once, each used, more than one, and no more than fit the page. */
export class ActorChecks extends SopChecks {

    /** duplicate-actor: two actors with one id in an SOP. */
    actorIdsMustBeUnique(sop: ast.Sop, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const actor of actorsOf(sop)) {
            if (seen.has(actor.name)) {
                accept('error', this.messages.duplicateActor(actor.name), { node: actor, property: 'name', code: IssueCodes.DuplicateActor });
            }
            seen.add(actor.name);
        }
    }

    /** unused-actor: a declared actor with no step. */
    actorsShouldHaveSteps(sop: ast.Sop, accept: ValidationAcceptor): void {
        const used = new Set(stepsOf(sop).flatMap(step => step.actors.map(actor => actor.$refText)));
        for (const actor of actorsOf(sop)) {
            if (!used.has(actor.name)) {
                accept('warning', this.messages.unusedActor(actor.name), { node: actor, property: 'name', code: IssueCodes.UnusedActor });
            }
        }
    }

    /** single-actor: an SOP AP involves more than one actor. */
    sopShouldHaveSeveralActors(sop: ast.Sop, accept: ValidationAcceptor): void {
        if (actorsOf(sop).length === 1) {
            accept('warning', this.messages.singleActor(sop.name), { node: sop, property: 'name', code: IssueCodes.SingleActor });
        }
    }

    /** too-many-actors: more lanes than fit the printed page. */
    actorsShouldFitThePage(sop: ast.Sop, accept: ValidationAcceptor): void {
        const count = actorsOf(sop).length;
        if (count > this.settings.maxActors) {
            accept('warning', this.messages.tooManyActors(count, this.settings.maxActors), { node: sop, property: 'name', code: IssueCodes.TooManyActors });
        }
    }

    /**
     * actors-apart: a step shared by actors whose lanes are not side by side. Its symbol spans
     * every lane between them, and a reader takes the actors of those lanes to share the step too.
     */
    sharedStepActorsShouldBeSideBySide(sop: ast.Sop, accept: ValidationAcceptor): void {
        const actors = actorsOf(sop);
        const laneOf = new Map(actors.map((actor, index) => [actor.name, index]));
        stepsOf(sop).forEach((step, index) => {
            const lanes = new Set(step.actors.map(actor => laneOf.get(actor.$refText)).filter((lane): lane is number => lane !== undefined));
            if (lanes.size < 2) return;
            const first = Math.min(...lanes);
            const last = Math.max(...lanes);
            const between = actors.slice(first, last + 1).filter((_, offset) => !lanes.has(first + offset)).map(actor => actor.name);
            if (between.length > 0) {
                const shared = step.actors.map(actor => actor.$refText);
                // The whole list of actors, where the fix is made, not only its first name.
                const start = step.actors[0].$refNode?.range.start;
                const end = step.actors[step.actors.length - 1].$refNode?.range.end;
                const where = start && end ? { node: step, range: { start, end } } : { node: step, property: 'actors' as const };
                accept('warning', this.messages.actorsApart(index + 1, shared, between), { ...where, code: IssueCodes.ActorsApart });
            }
        });
    }

    /** activity-has-subject: "Bendahara menyerahkan ..." — the lane already says who acts. */
    activityShouldNotStartWithActor(step: ast.Step, accept: ValidationAcceptor): void {
        const sop = step.$container;
        const subject = step.activity ? activitySubject(step.activity, actorsOf(sop)) : undefined;
        if (subject) {
            accept('warning', this.messages.activityHasSubject(subject), { node: step, property: 'activity', code: IssueCodes.ActivityHasSubject });
        }
    }
}

/**
 * The actor an activity starts with, if any: an actor's id, its full title, or the first word of a
 * title of several words ("Bendahara" of "Bendahara Pengeluaran"), followed by a word boundary.
 */
export function activitySubject(activity: string, actors: readonly ast.Actor[]): string | undefined {
    const text = activity.trimStart().toLowerCase();
    return subjectCandidates(actors).find(([, lower]) =>
        lower.length > 0 && text.startsWith(lower) && !/[\p{L}\p{N}]/u.test(text.charAt(lower.length)))?.[0];
}

// The actors of an SOP are listed once per parse (`actorsOf`), and so are their candidates.
const candidateLists = new WeakMap<readonly ast.Actor[], Array<[string, string]>>();

/** What an activity may start with, longest first, so that "Kepala Dinas" is named rather than "Kepala"; each with its lower case. */
function subjectCandidates(actors: readonly ast.Actor[]): Array<[string, string]> {
    let candidates = candidateLists.get(actors);
    if (!candidates) {
        const names = actors.flatMap(actor => {
            const title = (actor.title ?? '').trim();
            const words = title.split(/\s+/);
            return [title, actor.name, ...(words.length > 1 && words[0].length >= 3 ? [words[0]] : [])];
        });
        names.sort((a, b) => b.length - a.length);
        candidates = names.map(name => [name, name.toLowerCase()]);
        candidateLists.set(actors, candidates);
    }
    return candidates;
}
