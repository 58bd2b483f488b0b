/**
 * ELK in this thread, called without elkjs's message round trip. elkjs's own "fake worker" (what
 * elk.bundled.js uses when there is no real worker) hands each request and each answer through a
 * `setTimeout(0)`: two timer hops per layout, a few milliseconds each on a busy machine, which is
 * most of the cost of a small diagram. Its dispatcher answers synchronously, so we call it
 * directly; if a future elkjs has no such dispatcher, the ordinary elk.bundled.js API is used.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { ElkLike } from './types.js';

interface Dispatcher {
    saveDispatch(message: { data: Record<string, unknown> }): void;
}

interface FakeWorker {
    dispatcher?: Dispatcher;
    onmessage: ((message: { data: { id: number; data?: unknown; error?: unknown } }) => void) | null;
}

class InThreadElk implements ElkLike {
    private id = 0;

    constructor(private readonly worker: FakeWorker & { dispatcher: Dispatcher }) {
        // Only the layered algorithm is used; registering it once is what elk-api does on start.
        this.request({ cmd: 'register', algorithms: ['layered'] });
    }

    layout(graph: ElkNode, args?: { layoutOptions?: Record<string, string> }): Promise<ElkNode> {
        try {
            return Promise.resolve(this.request({ cmd: 'layout', graph, layoutOptions: args?.layoutOptions ?? {}, options: {} }) as ElkNode);
        } catch (error) {
            return Promise.reject(error);
        }
    }

    private request(message: Record<string, unknown>): unknown {
        let answer: { data?: unknown; error?: unknown } | undefined;
        this.worker.onmessage = reply => {
            answer = reply.data;
        };
        this.worker.dispatcher.saveDispatch({ data: { ...message, id: this.id++ } });
        if (!answer) throw new Error('ELK did not answer synchronously');
        if (answer.error) throw answer.error instanceof Error ? answer.error : new Error(String((answer.error as { message?: string }).message ?? answer.error));
        return answer.data;
    }
}

export async function inThreadElk(): Promise<ElkLike> {
    // Loaded inside a web worker, elkjs's worker script takes over the worker's `onmessage`
    // (it expects to be the whole worker): keep the host's handler.
    const scope = globalThis as { onmessage?: unknown };
    const hostHandler = scope.onmessage;
    const module = await import('elkjs/lib/elk-worker.min.js') as { Worker?: new () => FakeWorker; default?: { Worker?: new () => FakeWorker } };
    if ('onmessage' in scope) scope.onmessage = hostHandler;
    const Worker = module.Worker ?? module.default?.Worker;
    const worker = Worker ? new Worker() : undefined;
    if (worker?.dispatcher && typeof worker.dispatcher.saveDispatch === 'function') {
        return new InThreadElk(worker as FakeWorker & { dispatcher: Dispatcher });
    }
    const bundled = await import('elkjs/lib/elk.bundled.js');
    const Elk = (bundled.default ?? bundled) as unknown as new () => ElkLike;
    return new Elk();
}
