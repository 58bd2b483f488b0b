/**
 * The ELK engine, loaded on first use (a dynamic import: `sop check` and anything that never draws
 * pays nothing for its 1.5 MB), then kept. A host may bring its own instance or a worker factory
 * so that a big layout does not block its main thread.
 */
import { inThreadElk } from './elk-in-thread.js';
import type { ElkLike, LayoutOptions } from './types.js';

let shared: Promise<ElkLike> | undefined;

export function elkFor(options: LayoutOptions): Promise<ElkLike> {
    if (options.elk) {
        return Promise.resolve(options.elk);
    }
    if (options.workerFactory) {
        const factory = options.workerFactory;
        return import('elkjs/lib/elk-api.js').then(api => {
            const ElkApi = (api.default ?? api) as unknown as new (settings: object) => ElkLike;
            return new ElkApi({ workerUrl: options.workerUrl, workerFactory: factory });
        });
    }
    shared ??= inThreadElk();
    return shared;
}
