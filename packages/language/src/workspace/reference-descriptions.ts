/**
 * The index of references (for find references, rename, and which documents a change affects):
 * Langium's, over the tree's list of references (ast-walk.ts, same order), checking cancellation once per document.
 */
import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { referencesOf } from './ast-walk.js';

export class SopReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        const descriptions: ReferenceDescription[] = [];
        for (const reference of referencesOf(document.parseResult.value)) {
            if (!reference.reference.error) {
                for (const description of this.createInfoDescriptions(reference)) {
                    descriptions.push(description);
                }
            }
        }
        return descriptions;
    }
}
