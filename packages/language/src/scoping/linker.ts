/** Langium's linker, walking the tree in one pass (same order) and checking cancellation once per document. */
import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { forEachAstNode, forEachReference } from '../workspace/ast-walk.js';

export class SopLinker extends DefaultLinker {

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        await interruptAndCheck(cancelToken);
        forEachAstNode(document.parseResult.value, node => {
            forEachReference(node, reference => this.doLink(reference, document));
        });
    }
}
