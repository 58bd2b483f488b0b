/**
 * V8 optimises a function (TurboFan) once it has run for a while. A command runs for a fraction of
 * a second over many small functions (the page planner's searches, the parser): compiling them
 * costs more than it saves, and the compiler's threads take the second core the command could use.
 * With eight times V8's default interrupt budget, a function is optimised only after running eight
 * times as long: code that runs long (a workspace of a thousand files) still is. Measured on two
 * cores: `sop compile` of the 29 examples uses 0.42 s of CPU instead of 0.74 s and ends about
 * 110 ms sooner; `sop check` of 1,000 files is unchanged.
 *
 * Set before the commands' bundle is loaded: V8's code cache (code-cache.ts) records the flags it
 * was made with, and every run sets the same ones.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default in Node 20 (66 KB of bytecode run), times eight. */
const INTERRUPT_BUDGET = 8 * 66 * 1024;

export function optimiseOnlyLongRunningCode(): void {
    setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
