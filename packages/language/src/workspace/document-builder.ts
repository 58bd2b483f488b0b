/**
 * The document builder, with two changes to Langium's:
 * - A burst of edits (fast typing, a paste applied as many changes, a replace-all) is built once,
 *   when it ends. Every edit cancels the build of the one before; the parse, which cannot be
 *   interrupted, now starts only after the edits already waiting in the pipe have been read, so a
 *   superseded edit costs its bookkeeping instead of a full parse.
 * - Documents whose workspace-wide checks (duplicate SOP and instansi ids) change when another file
 *   changes are rebuilt too. Langium relinks only documents that reference the changed ones, but a
 *   duplicate id involves no reference at all: a file created or changed on disk that declares an
 *   id must also revalidate every other file that declares it, so that both report the duplicate.
 */
import { Cancellation, DefaultDocumentBuilder, DocumentState, type BuildOptions, type LangiumDocument, type URI } from 'langium';
import { isSop, isInstansi, type SopFile } from '../generated/ast.js';
import { IssueCodes } from '../validation/issue-codes.js';

export class SopDocumentBuilder extends DefaultDocumentBuilder {

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // From now on requests wait for this build, as they do for Langium's own update.
        this.currentState = DocumentState.Changed;
        // Let the messages already received be read first: a newer edit cancels this update, which
        // then only records its changes (Langium's update checks the token before any parse).
        if (!cancelToken.isCancellationRequested) {
            await new Promise(resolve => setTimeout(resolve, 0));
        }
        return super.update(changed, deleted, cancelToken);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return super.shouldRelink(document, changedUris) || this.hasDuplicateIdDiagnostic(document);
    }

    /** A duplicate may have disappeared with the change: check again. */
    protected hasDuplicateIdDiagnostic(document: LangiumDocument): boolean {
        return (document.diagnostics ?? []).some(diagnostic =>
            diagnostic.code === IssueCodes.DuplicateSop || diagnostic.code === IssueCodes.DuplicateInstansi);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await super.buildDocuments(documents, options, cancelToken);
        const sharingIds = this.othersDeclaringIdsOf(documents);
        if (sharingIds.length > 0 && options.validation) {
            for (const document of sharingIds) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
            await super.buildDocuments(sharingIds, options, cancelToken);
        }
    }

    /** Validated documents outside `built` that declare an SOP or instansi id some built document declares. */
    protected othersDeclaringIdsOf(built: LangiumDocument[]): LangiumDocument[] {
        const builtUris = new Set(built.map(document => document.uri.toString()));
        const ids = new Set(built.flatMap(document => declaredIds(document)));
        if (ids.size === 0) {
            return [];
        }
        return this.langiumDocuments.all
            .filter(document => !builtUris.has(document.uri.toString()) && document.state >= DocumentState.Validated)
            .filter(document => declaredIds(document).some(id => ids.has(id)))
            .toArray();
    }
}

function declaredIds(document: LangiumDocument): string[] {
    const root = document.parseResult?.value as SopFile | undefined;
    return (root?.elements ?? [])
        .filter(element => isSop(element) || isInstansi(element))
        .flatMap(element => element.name ? [`${element.$type}:${element.name}`] : []);
}
