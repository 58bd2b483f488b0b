/** `--watch`: run again after every burst of changes to .sop files under the given paths, until interrupted. */
import { watch, type FSWatcher } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { CliMessages } from '../cli-messages.js';

export async function watchForChanges(paths: readonly string[], messages: CliMessages, recompile: () => Promise<unknown>): Promise<void> {
    process.stdout.write(messages.watching + '\n');
    const roots = (paths.length > 0 ? paths : ['.']).map(path => resolve(path));
    const changed = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve();
    const watchers: FSWatcher[] = [];
    await new Promise<void>(stop => {
        for (const root of roots) {
            const isFile = extname(root) === '.sop';
            const watcher = watch(isFile ? resolve(root, '..') : root, { recursive: !isFile }, (_event, name) => {
                if (!name || extname(String(name)) !== '.sop') return;
                if (isFile && basename(String(name)) !== basename(root)) return;
                changed.add(String(name));
                clearTimeout(timer);
                timer = setTimeout(() => {
                    const names = [...changed].sort();
                    changed.clear();
                    running = running.then(async () => {
                        process.stdout.write(messages.changed(names.join(', ')) + '\n');
                        await recompile();
                    }).catch(error => {
                        process.stderr.write(`sop: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
                    });
                }, 250);
            });
            watchers.push(watcher);
        }
        const finish = () => {
            watchers.forEach(watcher => watcher.close());
            clearTimeout(timer);
            void running.then(stop);
        };
        process.once('SIGINT', finish);
        process.once('SIGTERM', finish);
    });
}
