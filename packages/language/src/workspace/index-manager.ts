/**
 * Langium's index of exported symbols (SOP and instansi ids), which can also be asked for the
 * symbols of one name. The duplicate-id checks ask that for every SOP; going through every symbol
 * of the workspace each time made checking n files cost n² (a thousand files: a million lookups).
 */
import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';

export class SopIndexManager extends DefaultIndexManager {

    /** name → exported symbols of that name, in the order of `allElements()`; rebuilt after a change. */
    private byName: Map<string, AstNodeDescription[]> | undefined;

    /** The exported symbols named `name` whose type is `type` (or a subtype), in the order of `allElements(type)`. */
    elementsNamed(type: string, name: string): AstNodeDescription[] {
        if (!this.byName) {
            this.byName = new Map();
            for (const descriptions of this.symbolIndex.values()) {
                for (const description of descriptions) {
                    const named = this.byName.get(description.name);
                    if (named) {
                        named.push(description);
                    } else {
                        this.byName.set(description.name, [description]);
                    }
                }
            }
        }
        return (this.byName.get(name) ?? []).filter(description => this.astReflection.isSubtype(description.type, type));
    }

    override removeContent(uri: URI): void {
        this.byName = undefined;
        super.removeContent(uri);
    }

    override async updateContent(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        this.byName = undefined;
        await super.updateContent(document, cancelToken);
        this.byName = undefined;
    }
}
