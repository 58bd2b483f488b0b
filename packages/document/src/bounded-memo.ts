/**
 * Results kept by key, for work the document planner repeats with the same arguments: measuring
 * the same word, cutting the same text into measured pieces (each SOP tries thousands of column
 * widths). Keys are the arguments themselves, never strings built per call: building and hashing
 * a new string costs about what measuring it does. Emptied when full, so that a long editing
 * session does not keep every text it ever saw; starting over only costs one computation per key.
 */
export class BoundedMemo<Key, Value> {
    private readonly values = new Map<Key, Value>();

    constructor(private readonly limit: number) {}

    /**
     * The value kept for `key`, or else `compute(key, context)`'s, kept. `context` is what the
     * computation needs besides the key, so that `compute` can be a function made once: an arrow
     * written at the call would be a new closure at every call, thousands per SOP.
     */
    get<Context>(key: Key, context: Context, compute: (key: Key, context: Context) => Value): Value {
        let value = this.values.get(key);
        if (value === undefined) {
            if (this.values.size >= this.limit) {
                this.values.clear();
            }
            value = compute(key, context);
            this.values.set(key, value);
        }
        return value;
    }
}
