/**
 * A real LSP client over stdio: spawns the bundled language server, speaks JSON-RPC to it, answers
 * the requests a server makes of its client, and collects published diagnostics. It also keeps the
 * raw messages the server wrote, so that tests can check what travelled on the wire.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const serverBundle = join(import.meta.dirname, '../../packages/server/dist/server.js');

/** What a client capable like VS Code announces: settings, dynamic registration, file watching. */
const editorCapabilities = {
    workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
    },
    textDocument: {
        publishDiagnostics: { versionSupport: true },
        completion: { completionItem: { snippetSupport: true } },
        rename: { prepareSupport: true },
    },
};

export interface WireMessage {
    id?: number | string | null;
    method?: string;
    result?: unknown;
    error?: { code: number; message: string };
    params?: unknown;
}

export class LspClient {
    readonly connection: ProtocolConnection;
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** The `version` each uri's last publishDiagnostics carried. */
    readonly diagnosticVersions = new Map<string, number | undefined>();
    /** Every publishDiagnostics, in order of arrival, with the time it arrived. */
    readonly publications: Array<{ uri: string; version?: number; diagnostics: Diagnostic[]; at: number }> = [];
    readonly stderr: string[] = [];
    settings: Record<string, unknown> = {};
    private readonly waiters: Array<() => void> = [];
    private readonly rawChunks: Buffer[] = [];

    private constructor(readonly process: ChildProcess) {
        process.stdout!.on('data', (chunk: Buffer) => { this.rawChunks.push(chunk); });
        this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
        process.stderr!.on('data', chunk => this.stderr.push(String(chunk)));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.diagnosticVersions.set(params.uri, params.version);
            this.publications.push({ uri: params.uri, version: params.version, diagnostics: params.diagnostics, at: performance.now() });
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

    /** Starts a server and initializes it as VS Code would, with `folder` (if any) as the workspace. */
    static async startIn(folder: string | null, locale = 'id'): Promise<{ client: LspClient; result: InitializeResult }> {
        const client = LspClient.start();
        const folderUri = folder ? pathToFileURL(folder).toString() : null;
        const result = await client.connection.sendRequest('initialize', {
            processId: process.pid,
            locale,
            rootUri: folderUri,
            workspaceFolders: folderUri ? [{ uri: folderUri, name: 'sop' }] : null,
            capabilities: editorCapabilities,
        }) as InitializeResult;
        await client.connection.sendNotification('initialized', {});
        return { client, result };
    }

    open(uri: string, text: string, version = 1): Promise<void> {
        return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sop', version, text } });
    }

    /** Replaces the whole text, as a client with full document sync does. */
    change(uri: string, text: string, version: number): Promise<void> {
        return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    close(uri: string): Promise<void> {
        return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** The messages the server wrote that answer request `id`. */
    responsesTo(id: number | string): WireMessage[] {
        return this.wireMessages().filter(message => message.id === id && message.method === undefined);
    }

    /** Every JSON-RPC message the server wrote so far, parsed from the raw stream. */
    wireMessages(): WireMessage[] {
        const messages: WireMessage[] = [];
        const raw = Buffer.concat(this.rawChunks);
        let offset = 0;
        for (;;) {
            const headerEnd = raw.indexOf('\r\n\r\n', offset);
            if (headerEnd < 0) {
                return messages;
            }
            const length = Number(/Content-Length: (\d+)/.exec(raw.subarray(offset, headerEnd).toString('ascii'))?.[1]);
            const start = headerEnd + 4;
            if (start + length > raw.length) {
                return messages;
            }
            messages.push(JSON.parse(raw.subarray(start, start + length).toString('utf8')) as WireMessage);
            offset = start + length;
        }
    }

    /** Waits until diagnostics for `uri` satisfy `ready` (the server publishes after each build). */
    async diagnosticsFor(uri: string, ready: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
        await this.until(() => {
            const current = this.diagnostics.get(uri);
            return current !== undefined && ready(current);
        }, timeoutMs, () => `no matching diagnostics for ${uri}; last: ${JSON.stringify(this.diagnostics.get(uri))}`);
        return this.diagnostics.get(uri)!;
    }

    /** Waits until `condition` holds, woken by every publishDiagnostics. */
    async until(condition: () => boolean, timeoutMs = 20_000, describe: () => string = () => 'condition never held'): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        while (!condition()) {
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new Error(describe());
            }
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, Math.min(remaining, 200));
                this.waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    /** Still running, and answering a request. */
    async isAlive(): Promise<boolean> {
        if (this.process.exitCode !== null) {
            return false;
        }
        const answer = await Promise.race([
            this.connection.sendRequest('workspace/symbol', { query: '' }).then(() => true, () => true),
            new Promise<boolean>(resolve => setTimeout(() => resolve(false), 5000)),
        ]);
        return answer && this.process.exitCode === null;
    }

    async stop(): Promise<number | null> {
        const exited = new Promise<number | null>(resolve => {
            if (this.process.exitCode !== null) resolve(this.process.exitCode);
            this.process.once('exit', code => resolve(code));
        });
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise((_, reject) => setTimeout(reject, 5000))]);
            await this.connection.sendNotification('exit');
        } catch {
            this.process.kill();
        }
        const code = await Promise.race([exited, new Promise<null>(resolve => setTimeout(() => { this.process.kill(); resolve(null); }, 5000))]);
        this.connection.dispose();
        return code;
    }
}
