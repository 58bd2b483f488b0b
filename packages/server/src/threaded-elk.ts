/**
 * An ELK that lays out on its own thread (see elk-thread.ts), started on first use. If the thread
 * cannot start or dies, layouts run in this thread instead: a slower preview beats no preview.
 */
import { Worker } from 'node:worker_threads';
import type { ElkLike } from '@sop-ap/diagram';

type Pending = { resolve: (result: never) => void; reject: (error: Error) => void };

export class ThreadedElk implements ElkLike {
    private worker: Worker | undefined;
    private failed = false;
    private nextId = 1;
    private readonly pending = new Map<number, Pending>();

    constructor(private readonly scriptPath: string, private readonly fallback: () => Promise<ElkLike>) {}

    async layout(graph: Parameters<ElkLike['layout']>[0], args?: Parameters<ElkLike['layout']>[1]): ReturnType<ElkLike['layout']> {
        const worker = this.start();
        if (!worker) {
            return (await this.fallback()).layout(graph, args);
        }
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve: resolve as Pending['resolve'], reject });
            worker.postMessage({ id, graph, args });
        });
    }

    dispose(): void {
        void this.worker?.terminate();
        this.worker = undefined;
    }

    private start(): Worker | undefined {
        if (this.worker || this.failed) {
            return this.worker;
        }
        try {
            const worker = new Worker(this.scriptPath);
            worker.unref(); // never keep the server alive for the sake of layouts
            worker.on('message', (answer: { id: number; result?: unknown; error?: string }) => {
                const waiting = this.pending.get(answer.id);
                this.pending.delete(answer.id);
                if (answer.error !== undefined) waiting?.reject(new Error(answer.error));
                else waiting?.resolve(answer.result as never);
            });
            worker.on('error', error => this.stop(error));
            worker.on('exit', code => this.stop(new Error(`layout thread exited with ${code}`)));
            this.worker = worker;
        } catch {
            this.failed = true;
        }
        return this.worker;
    }

    private stop(error: Error): void {
        this.failed = true;
        this.worker = undefined;
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
    }
}
