// Node 20 lacks Object.groupBy, which chevrotain 13 (Langium's parser library) calls in the grammar
// checks that `langium generate` runs. Loaded with `node --require` before the generator.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        }
    });
}
