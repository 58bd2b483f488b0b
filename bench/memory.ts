/**
 * `lsp-rss-1000`: the language server's resident memory once it has opened a workspace of 1,000
 * SOPs of 15 steps, as VS Code opens a big folder. Read from /proc/<pid>/status (VmRSS), after
 * the first diagnostics prove the workspace is built and the figure has stopped moving.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../test/support/lsp-client.js';
import { benchSop, writeBenchSops } from './synthetic.js';

function residentMb(pid: number): number {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb / 1024;
}

export async function serverMemoryAfterWorkspace(runs: number): Promise<number[]> {
    const workspace = mkdtempSync(join(tmpdir(), 'sop-bench-rss-'));
    writeBenchSops(workspace, 1000, 15);
    const figures: number[] = [];
    try {
        for (let run = 0; run < runs; run++) {
            const { client } = await LspClient.startIn(workspace, 'id');
            try {
                // The server builds the workspace before it handles an opened document: its
                // diagnostics arrive only after all 1,000 files are indexed and linked.
                const uri = pathToFileURL(join(workspace, 'sop-0001.sop')).toString();
                await client.open(uri, benchSop(1, 15), 1);
                await client.until(() => client.diagnosticVersions.get(uri) === 1, 120_000);
                let previous = 0;
                let current = residentMb(client.process.pid!);
                while (Math.abs(current - previous) > 1) {
                    await new Promise(resolve => setTimeout(resolve, 500));
                    previous = current;
                    current = residentMb(client.process.pid!);
                }
                figures.push(current);
            } finally {
                await client.stop();
            }
        }
        return figures;
    } finally {
        rmSync(workspace, { recursive: true, force: true });
    }
}
