/**
 * Scopes of the .sop language: SOP and instansi ids are global (they link across the workspace);
 * actors and step labels are local to their SOP. Actors are declared inside `pelaksana { }`, so
 * they are lifted to the SOP, where the steps that name them can see them.
 */
import {
    AstUtils, Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription,
    type LangiumDocument, type LocalSymbols,
} from 'langium';
import { isActor, isSop } from '../generated/ast.js';
import { nodesOf } from '../workspace/ast-walk.js';

export class SopScopeComputation extends DefaultScopeComputation {

    /** As Langium's, over the tree's node list (workspace/ast-walk.ts); cancellation is checked once per document. */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        await interruptAndCheck(cancelToken);
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const { nodes } = nodesOf(document.parseResult.value);
        // The root itself has no container to be visible in.
        for (let index = 1; index < nodes.length; index++) {
            this.addLocalSymbol(nodes[index], document, symbols);
        }
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (isActor(node)) {
            const sop = AstUtils.getContainerOfType(node, isSop);
            if (sop) {
                symbols.add(sop, this.descriptions.createDescription(node, node.name, document));
            }
            return;
        }
        super.addLocalSymbol(node, document, symbols);
    }
}
