/**
 * The Chrome DevTools Protocol over the pipe a browser opens with `--remote-debugging-pipe`: the
 * browser reads commands from its fd 3 and writes replies and events to its fd 4, each message a JSON
 * text ended by a NUL byte. Small enough to bundle anywhere (the editor extension ships no packages).
 */
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

interface Reply {
    id?: number;
    method?: string;
    sessionId?: string;
    params?: Record<string, unknown>;
    result?: Record<string, unknown>;
    error?: { message: string };
}

export class DevtoolsPipe {
    private nextId = 1;
    private buffered = '';
    private closedBecause: string | undefined;
    private readonly pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
    private readonly listeners = new Set<(message: Reply) => void>();

    constructor(private readonly browser: ChildProcess, private readonly timeoutMs: number) {
        const output = browser.stdio[4] as Readable;
        output.setEncoding('utf8');
        output.on('data', (chunk: string) => this.receive(chunk));
        browser.once('exit', code => this.fail(`the browser exited (${code ?? 'signal'})`));
        browser.once('error', error => this.fail(error.message));
    }

    /** Sends one command (to a page when `sessionId` is given) and resolves with its result. */
    send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
        if (this.closedBecause) {
            return Promise.reject(new Error(this.closedBecause));
        }
        const id = this.nextId++;
        const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => this.settle(id, new Error(`${method} took longer than ${this.timeoutMs / 1000} s`)), this.timeoutMs);
            this.pending.set(id, {
                resolve: result => { clearTimeout(timer); resolve(result); },
                reject: error => { clearTimeout(timer); reject(error); },
            });
            (this.browser.stdio[3] as Writable).write(message + '\0');
        });
    }

    /** Resolves at the first event named `method` from the page `sessionId`. */
    waitForEvent(method: string, sessionId: string): Promise<void> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => { this.listeners.delete(listener); reject(new Error(`no ${method} within ${this.timeoutMs / 1000} s`)); }, this.timeoutMs);
            const listener = (message: Reply) => {
                if (message.method === method && message.sessionId === sessionId) {
                    clearTimeout(timer);
                    this.listeners.delete(listener);
                    resolve();
                }
            };
            this.listeners.add(listener);
        });
    }

    private receive(chunk: string): void {
        this.buffered += chunk;
        let end: number;
        while ((end = this.buffered.indexOf('\0')) >= 0) {
            const message = JSON.parse(this.buffered.slice(0, end)) as Reply;
            this.buffered = this.buffered.slice(end + 1);
            if (message.id !== undefined) {
                this.settle(message.id, message.error ? new Error(message.error.message) : undefined, message.result);
            } else {
                this.listeners.forEach(listener => listener(message));
            }
        }
    }

    private settle(id: number, error: Error | undefined, result: Record<string, unknown> = {}): void {
        const waiter = this.pending.get(id);
        this.pending.delete(id);
        if (error) waiter?.reject(error); else waiter?.resolve(result);
    }

    private fail(reason: string): void {
        this.closedBecause ??= reason;
        for (const id of [...this.pending.keys()]) {
            this.settle(id, new Error(reason));
        }
    }
}
