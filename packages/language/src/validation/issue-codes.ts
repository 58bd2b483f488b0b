/**
 * Stable diagnostic codes. Tests, `sop check --format json`, CI annotations and quick fixes rely
 * on them; never rename one. The contract (sop-language.md) lists them with their severities.
 */
export const IssueCodes = {
    // errors
    UnknownActor: 'unknown-actor',
    DuplicateActor: 'duplicate-actor',
    DuplicateLabel: 'duplicate-label',
    DuplicateSop: 'duplicate-sop',
    UnknownStep: 'unknown-step',
    UnknownSop: 'unknown-sop',
    DurationMissingUnit: 'duration-missing-unit',
    DurationUnknownUnit: 'duration-unknown-unit',
    DurationInvalid: 'duration-invalid',
    DecisionMissingBranch: 'decision-missing-branch',
    SelfLoop: 'self-loop',
    NoPathToEnd: 'no-path-to-end',
    InvalidDate: 'invalid-date',
    DateOrder: 'date-order',
    InvalidNip: 'invalid-nip',
    NoSteps: 'no-steps',
    // warnings
    UnreachableStep: 'unreachable-step',
    UnusedActor: 'unused-actor',
    MissingWaktu: 'missing-waktu',
    MissingOutput: 'missing-output',
    MissingKelengkapan: 'missing-kelengkapan',
    MissingIdentity: 'missing-identity',
    ActivityHasSubject: 'activity-has-subject',
    SingleActor: 'single-actor',
    TooManyActors: 'too-many-actors',
    // extensions of the contract
    /** error: text the parser cannot read. */
    SyntaxError: 'syntax-error',
    /** error: a decision with more than two branches. */
    DecisionTooManyBranches: 'decision-too-many-branches',
    /** error: `ya`/`tidak`/labelled branches on a `langkah` (only a `keputusan` branches). */
    BranchOutsideDecision: 'branch-outside-decision',
    /** error: two instansi with one id in the workspace. */
    DuplicateInstansi: 'duplicate-instansi',
    /** warning: a step shared by actors whose lanes are not side by side (its symbol spans other actors' lanes). */
    ActorsApart: 'actors-apart',
    /** warning: an identity or Mutu Baku field written twice; the last one counts. */
    DuplicateField: 'duplicate-field',
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];
