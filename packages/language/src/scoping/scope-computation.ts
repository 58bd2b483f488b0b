/**
 * Scopes of the .sop language: SOP and instansi ids are global (they link across the workspace);
 * actors and step labels are local to their SOP. Actors are declared inside `pelaksana { }`, so
 * they are lifted to the SOP, where the steps that name them can see them.
 */
import { AstUtils, DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument, type MultiMap } from 'langium';
import { isActor, isSop } from '../generated/ast.js';

export class SopScopeComputation extends DefaultScopeComputation {

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
