/**
 * The index of references (for find references, rename, and which documents a change affects):
 * Langium's, walking the tree in one pass (same order) and checking cancellation once per document.
 */
import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { forEachAstNode, forEachReference } from './ast-walk.js';

export class SopReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        const descriptions: ReferenceDescription[] = [];
        forEachAstNode(document.parseResult.value, node => {
            forEachReference(node, reference => {
                if (!reference.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(reference));
                }
            });
        });
        return descriptions;
    }
}
