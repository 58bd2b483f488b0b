/**
 * Starts the preview's side of the server, with ELK on its own thread: the layout thread's script
 * is bundled beside the server (`elk-thread.js`).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { inThreadElk, type ElkLike } from '@sop-ap/diagram';
import type { SopServices } from '@sop-ap/language';
import { PreviewService } from '@sop-ap/language/server';
import { ThreadedElk } from './threaded-elk.js';

declare const __dirname: string | undefined;

export function startPreview(connection: Connection, shared: LangiumSharedServices, sop: SopServices): PreviewService {
    const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
    const script = join(here, 'elk-thread.js');
    const inProcess = (): Promise<ElkLike> => inThreadElk();
    const elk = existsSync(script) ? new ThreadedElk(script, inProcess) : undefined;
    return new PreviewService(connection, shared, sop, elk);
}
