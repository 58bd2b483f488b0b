/** User settings that change what the validator reports. */
export const DEFAULT_MAX_ACTORS = 8;

export class SopSettings {
    /** More lanes than this do not fit a landscape page: `too-many-actors`. */
    maxActors = DEFAULT_MAX_ACTORS;

    /** Applies the `sop` section of the editor's settings; unknown or invalid values keep the default. */
    update(section: { maxActors?: unknown } | undefined): void {
        const maxActors = Number(section?.maxActors);
        this.maxActors = Number.isInteger(maxActors) && maxActors >= 1 ? maxActors : DEFAULT_MAX_ACTORS;
    }
}
