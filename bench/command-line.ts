/**
 * The `sop` command as users run it, one process per run, timed from spawn to exit. Node's own
 * start-up (`node -e 0`) is measured in the same rounds, interleaved, so that the start-up targets
 * can be read over it on a machine whose speed drifts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchSop, writeBenchSops } from './synthetic.js';

export interface CommandCase {
    name: string;
    args: (out: string) => string[];
}

export type CommandRuns = Record<string, number[]>;

/** `bin` is the command to time (`packages/cli/bin/sop.js`; another build can be compared with SOP_BENCH_BIN). */
export function measureCommandLine(bin: string, examples: string, rounds: number): CommandRuns {
    const work = mkdtempSync(join(tmpdir(), 'sop-bench-cli-'));
    try {
        const one = join(work, 'one.sop');
        writeFileSync(one, benchSop(1, 15, 'Satu'));
        const hundred = writeBenchSops(join(work, 'sop-100'), 100, 15);
        const thousand = writeBenchSops(join(work, 'sop-1000'), 1000, 15);
        const cases: CommandCase[] = [
            { name: 'node-baseline', args: () => ['-e', '0'] },
            { name: 'cli-version', args: () => [bin, '--version'] },
            { name: 'compile-1', args: out => [bin, 'compile', one, '--to', 'html', '-o', out] },
            { name: 'compile-29', args: out => [bin, 'compile', examples, '--to', 'html', '-o', out] },
            { name: 'compile-100', args: out => [bin, 'compile', hundred, '--to', 'html', '-o', out] },
            { name: 'workspace-1000', args: () => [bin, 'check', thousand, '--format', 'json'] },
        ];
        const runs: CommandRuns = Object.fromEntries(cases.map(each => [each.name, []]));
        // One warm-up round fills the file system cache; it is not counted.
        for (let round = 0; round <= rounds; round++) {
            for (const each of cases) {
                const out = join(work, `out-${each.name}`);
                rmSync(out, { recursive: true, force: true });
                const start = performance.now();
                const result = spawnSync(process.execPath, each.args(out), { encoding: 'utf8', env: { ...process.env, LANG: 'C' }, maxBuffer: 256 * 1024 * 1024 });
                const elapsed = performance.now() - start;
                if (result.status !== 0 && !(each.name === 'workspace-1000' && result.status === 1)) {
                    throw new Error(`${each.name}: exit ${result.status}\n${result.stderr}`);
                }
                if (round > 0) runs[each.name].push(elapsed);
            }
        }
        return runs;
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}
