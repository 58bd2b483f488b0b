/**
 * The language server's side of the live preview. Only documents that a preview shows are drawn:
 * after each validation of one of them, every SOP of the file is laid out (ELK, cached by what it
 * shows) and rendered, and the result is sent with the version of the text it shows. A result that a
 * newer edit has overtaken is dropped: the newer build sends its own.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { ResponseError } from 'vscode-languageserver';
import { layoutSwimlane, renderSvg, type ElkLike } from '@sop-ap/diagram';
import { logoDataUri, logoMimeType, planDocument, renderPlan } from '@sop-ap/document';
import type { SopModel } from '@sop-ap/model';
import { messagesFor } from '../../i18n/messages.js';
import type { SopServices } from '../../sop-module.js';
import { SopDocumentFactory } from '../../workspace/document-factory.js';
import { LayoutCache } from './layout-cache.js';
import { outlineOf } from './sop-outline.js';
import {
    PreviewMethods, type PreviewSopInfo, type PreviewSopRequest, type PreviewSubscription, type PreviewSvgResult, type PreviewTableResult, type PreviewUpdate,
} from './protocol.js';

/** From this many steps a layout takes long enough (about 50 ms here) to move it off the server's thread. */
const THREAD_FROM_STEPS = 80;

export class PreviewService {
    /** uri → how many previews show it. */
    private readonly subscribers = new Map<string, number>();
    private readonly cache = new LayoutCache();

    constructor(
        private readonly connection: Connection,
        private readonly shared: LangiumSharedServices,
        private readonly sop: SopServices,
        private readonly elk?: ElkLike,
    ) {
        connection.onNotification(PreviewMethods.subscribe, (params: PreviewSubscription) => this.subscribe(params.uri));
        connection.onNotification(PreviewMethods.unsubscribe, (params: PreviewSubscription) => this.unsubscribe(params.uri));
        connection.onRequest(PreviewMethods.table, (params: PreviewSopRequest) => this.table(params));
        connection.onRequest(PreviewMethods.standaloneSvg, (params: PreviewSopRequest) => this.standaloneSvg(params));
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (this.subscribers.has(document.uri.toString())) {
                void this.publish(document);
            }
        });
    }

    private subscribe(uri: string): void {
        this.subscribers.set(uri, (this.subscribers.get(uri) ?? 0) + 1);
        const document = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        // Already validated: draw it now, the next edit is not waited for.
        if (document && document.state >= DocumentState.Validated) {
            void this.publish(document);
        }
    }

    private unsubscribe(uri: string): void {
        const count = (this.subscribers.get(uri) ?? 0) - 1;
        if (count > 0) this.subscribers.set(uri, count);
        else this.subscribers.delete(uri);
    }

    private versionOf(uri: string): number | null {
        const factory = this.shared.workspace.LangiumDocumentFactory;
        return factory instanceof SopDocumentFactory ? factory.parsedVersions.get(uri) ?? null : null;
    }

    private async publish(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        const version = this.versionOf(uri);
        const outline = outlineOf(document);
        try {
            const sops = await Promise.all(outline.sops.map(async (item): Promise<PreviewSopInfo> => ({
                id: item.model.id,
                title: item.model.title,
                startLine: item.startLine,
                endLine: item.endLine,
                steps: item.steps,
                svg: item.problems.length > 0 || item.model.steps.length === 0 ? null : await this.svgOf(item.model, false),
                problems: item.problems,
            })));
            if (this.versionOf(uri) !== version || !this.subscribers.has(uri)) {
                return; // overtaken by a newer edit, or nobody looks any more
            }
            const update: PreviewUpdate = { uri, version, sops, fileProblems: outline.fileProblems };
            await this.connection.sendNotification(PreviewMethods.update, update);
        } catch (error) {
            this.connection.console.error(`Preview of ${uri}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }

    private async svgOf(model: SopModel, standalone: boolean, theme: 'light' | 'dark' = 'light'): Promise<string> {
        // A small SOP lays out in a few milliseconds here; a big one on ELK's own thread, so that
        // completion and diagnostics are not held up meanwhile.
        const onThread = this.elk && model.steps.length > THREAD_FROM_STEPS;
        const layout = await this.cache.get(model, current => layoutSwimlane(current, onThread ? { elk: this.elk } : {}));
        return renderSvg(layout, { standalone, theme });
    }

    /** The SOP's model; an error that says why when it is not there or still has errors. */
    private modelOf(params: PreviewSopRequest): SopModel {
        const document = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri));
        const found = document && outlineOf(document).sops.find(item => item.model.id === params.sopId);
        const messages = messagesFor(this.sop.i18n.Locale.current);
        if (!found) {
            throw new ResponseError(-32602, messages.previewNoSop(params.sopId));
        }
        const [first] = found.problems;
        if (first) {
            throw new ResponseError(-32602, messages.previewSopHasErrors(params.sopId, found.problems.length, first.line, first.column, first.message));
        }
        return found.model;
    }

    private async table(params: PreviewSopRequest): Promise<PreviewTableResult> {
        const model = this.modelOf(params);
        const logo = await this.logoOf(model);
        return { html: renderPlan(planDocument(model, { paper: params.paper ?? 'a4', logo })) };
    }

    private async standaloneSvg(params: PreviewSopRequest): Promise<PreviewSvgResult> {
        return { svg: await this.svgOf(this.modelOf(params), true, params.theme ?? 'light') };
    }

    private async logoOf(model: SopModel): Promise<{ dataUri: string } | null> {
        const path = model.identity.instansi?.logoPath;
        const mime = path ? logoMimeType(path) : undefined;
        if (!path || !mime) {
            return null;
        }
        try {
            return { dataUri: logoDataUri(await this.shared.workspace.FileSystemProvider.readBinary(URI.file(path)), mime) };
        } catch {
            return null; // `sop check` and `sop compile` report an unreadable logo; the preview just goes without
        }
    }
}
