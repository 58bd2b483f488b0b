/** Langium's linker, over the tree's list of references (workspace/ast-walk.ts, same order), checking cancellation once per document. */
import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { referencesOf } from '../workspace/ast-walk.js';

export class SopLinker extends DefaultLinker {

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        await interruptAndCheck(cancelToken);
        for (const reference of referencesOf(document.parseResult.value)) {
            this.doLink(reference, document);
        }
    }
}
