/**
 * The code of `sop compile` (packages/cli/src/library.ts), bundled as dist/export.cjs and loaded on
 * the first export only: the language services and the document renderer are large, and opening a
 * file should not wait for them.
 */
import type * as Library from '@sop-ap/cli/library';

export type Compiler = typeof Library;

let loaded: Compiler | undefined;

export function loadCompiler(): Compiler {
    // A plain require of the file beside this bundle (kept external by scripts/bundle.mjs).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return loaded ??= require('./export.cjs') as Compiler;
}
