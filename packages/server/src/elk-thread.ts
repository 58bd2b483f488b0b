/**
 * The ELK layout engine on a thread of its own (bundled as `dist/elk-thread.js`): a big SOP takes
 * ELK hundreds of milliseconds, which must not stop the language server from answering completions
 * and publishing diagnostics meanwhile. Requests: `{ id, graph, args }`; answers: `{ id, result }` or
 * `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import { inThreadElk } from '@sop-ap/diagram';

const elk = inThreadElk();

parentPort?.on('message', async (request: { id: number; graph: unknown; args?: unknown }) => {
    try {
        const result = await (await elk).layout(request.graph as never, request.args as never);
        parentPort!.postMessage({ id: request.id, result });
    } catch (error) {
        parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
});
