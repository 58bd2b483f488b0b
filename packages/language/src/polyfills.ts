/**
 * Node 20 lacks Object.groupBy; chevrotain 13 (Langium's parser library) calls it in grammar checks.
 * The language runs in production mode, which skips those checks, but a missing built-in must never
 * be what crashes a user's language server.
 */
if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value<T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) {
            const groups: Record<PropertyKey, T[]> = Object.create(null);
            let index = 0;
            for (const item of items) {
                (groups[keyOf(item, index++)] ??= []).push(item);
            }
            return groups;
        },
    });
}
export {};
