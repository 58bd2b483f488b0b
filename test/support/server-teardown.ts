/** After a test over stdio: the server must still be alive, and stop cleanly; its work folder goes. */
import { rmSync } from 'node:fs';
import { expect } from 'vitest';
import type { LspClient } from './lsp-client.js';

export async function stopExpectingLife(client: LspClient, workspace: string): Promise<void> {
    const alive = await client.isAlive();
    const code = await client.stop();
    rmSync(workspace, { recursive: true, force: true });
    expect(alive, `server died: ${client.stderr.join('')}`).toBe(true);
    expect(code).toBe(0);
}
