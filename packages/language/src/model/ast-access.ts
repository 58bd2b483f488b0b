/** Small readers over the AST that the model builder, the validators and the LSP features share. */
import * as ast from '../generated/ast.js';

// A parsed SOP never changes (an edit parses a new tree), so its steps and actors are listed once.
const stepLists = new WeakMap<ast.Sop, ast.Step[]>();
const stepNumbers = new WeakMap<ast.Sop, Map<ast.Step, number>>();

export function stepsOf(sop: ast.Sop): ast.Step[] {
    let steps = stepLists.get(sop);
    if (!steps) {
        steps = sop.members.filter(ast.isStep);
        stepLists.set(sop, steps);
    }
    return steps;
}

/** The step's number, 1..n in source order. */
export function stepNumber(step: ast.Step): number {
    const sop = step.$container;
    let numbers = stepNumbers.get(sop);
    if (!numbers) {
        numbers = new Map(stepsOf(sop).map((each, index) => [each, index + 1]));
        stepNumbers.set(sop, numbers);
    }
    return numbers.get(step) ?? 0;
}

const actorLists = new WeakMap<ast.Sop, ast.Actor[]>();

/** Declared actors in lane order (several `pelaksana` blocks add up). */
export function actorsOf(sop: ast.Sop): ast.Actor[] {
    let actors = actorLists.get(sop);
    if (!actors) {
        actors = sop.members.filter(ast.isPelaksana).flatMap(block => block.actors).filter(actor => actor.name !== undefined);
        actorLists.set(sop, actors);
    }
    return actors;
}

export function fieldsOf<T extends ast.StepField>(step: ast.Step, is: (node: unknown) => node is T): T[] {
    return step.fields.filter((field): field is T => is(field));
}

export function membersOf<T extends ast.SopMember>(sop: ast.Sop, is: (node: unknown) => node is T): T[] {
    return sop.members.filter((member): member is T => is(member));
}

/** The last one counts when a field is written twice (the validator warns about the duplicate). */
export function lastOf<T>(items: readonly T[]): T | undefined {
    return items[items.length - 1];
}

/** The unit as written: "menit", "hari kerja", "jem". */
export function unitText(unit: ast.DurationUnit): string {
    return unit.qualifier ? `${unit.word} ${unit.qualifier}` : unit.word;
}

/** "ya" / "tidak" print as "Ya" / "Tidak"; custom labels as written. */
export function branchLabel(branch: ast.Branch): string {
    if (branch.answer) {
        return branch.answer === 'ya' ? 'Ya' : 'Tidak';
    }
    return branch.label ?? '';
}

export function textListField(sop: ast.Sop, key: ast.TextListField['key']): string[] {
    return membersOf(sop, ast.isTextListField).filter(field => field.key === key).flatMap(field => field.list?.items ?? []);
}
