/** Runs the bundled `sop` command as a user would, in a chosen folder, without a terminal. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const sopBin = join(import.meta.dirname, '../../packages/cli/bin/sop.js');

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

export function runSop(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
    const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '', ...options.env };
    const result = spawnSync(process.execPath, [sopBin, ...args], { cwd: options.cwd, env, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
