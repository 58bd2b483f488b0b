/**
 * Writes a file completely or not at all: a temporary file beside it, then a rename. Synchronously:
 * each asynchronous write and rename is a trip through Node's thread pool, and `sop compile` of
 * 100 SOPs spent about 0.1 s waiting on them.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        writeFileSync(temporary, content);
        failIfSimulated();
        renameSync(temporary, path);
    } catch (error) {
        try {
            rmSync(temporary, { force: true });
        } catch {
            // Nothing more to do: the error below is what the user needs to hear about.
        }
        // Name the file the user asked for: a failed write (ENOSPC) carries no path, and the
        // temporary file's name would mean nothing to them.
        if (error instanceof Error && 'code' in error) (error as NodeJS.ErrnoException).path = path;
        throw error;
    }
}

/**
 * Where a small tmpfs cannot be mounted (tests not run as root), test/cli/io-faults.test.ts
 * simulates a full disk here, after the temporary file is written, as a real ENOSPC would strike.
 */
function failIfSimulated(): void {
    const code = process.env.SOP_TEST_WRITE_ERROR;
    if (code) throw Object.assign(new Error(`${code}: simulated write error`), { code });
}
