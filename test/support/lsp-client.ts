/**
 * A real LSP client over stdio: spawns the bundled language server, speaks JSON-RPC to it, answers
 * the requests a server makes of its client, and collects published diagnostics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const serverBundle = join(import.meta.dirname, '../../packages/language/dist/server.js');

export class LspClient {
    readonly connection: ProtocolConnection;
    readonly diagnostics = new Map<string, Diagnostic[]>();
    readonly stderr: string[] = [];
    settings: Record<string, unknown> = {};
    private readonly waiters: Array<() => void> = [];

    private constructor(readonly process: ChildProcess) {
        this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
        process.stderr!.on('data', chunk => this.stderr.push(String(chunk)));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.waiters.splice(0).forEach(wake => wake());
        });
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => item.section === 'sop' ? this.settings : null));
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.listen();
    }

    static start(): LspClient {
        const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        return new LspClient(child);
    }

    /** Waits until diagnostics for `uri` satisfy `ready` (the server publishes after each build). */
    async diagnosticsFor(uri: string, ready: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnostics.get(uri);
            if (current && ready(current)) {
                return current;
            }
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(current)}`);
            }
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, remaining);
                this.waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    async stop(): Promise<number | null> {
        const exited = new Promise<number | null>(resolve => this.process.once('exit', code => resolve(code)));
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } catch {
            this.process.kill();
        }
        const code = await Promise.race([exited, new Promise<null>(resolve => setTimeout(() => { this.process.kill(); resolve(null); }, 5000))]);
        this.connection.dispose();
        return code;
    }
}
