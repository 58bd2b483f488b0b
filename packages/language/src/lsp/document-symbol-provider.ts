/** The outline: each instansi, and each SOP with its numbered steps. */
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { GrammarUtils, type LangiumDocument } from 'langium';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import * as ast from '../generated/ast.js';
import { stepsOf } from '../model/ast-access.js';

export class SopDocumentSymbolProvider extends DefaultDocumentSymbolProvider {

    override getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value as ast.SopFile;
        return root.elements.flatMap(element => {
            const symbol = this.symbolFor(element, element.name, element.title ?? undefined,
                ast.isSop(element) ? SymbolKind.Class : SymbolKind.Namespace);
            if (symbol && ast.isSop(element)) {
                symbol.children = stepsOf(element).flatMap((step, index) => {
                    const child = this.symbolFor(step, `${index + 1}. ${step.activity}`, step.actors.map(actor => actor.$refText).join(', '),
                        step.kind === 'keputusan' ? SymbolKind.Boolean : SymbolKind.Event);
                    return child ? [child] : [];
                });
            }
            return symbol ? [symbol] : [];
        });
    }

    protected symbolFor(node: ast.Sop | ast.Instansi | ast.Step, name: string, detail: string | undefined, kind: SymbolKind): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst || !name) {
            return undefined;
        }
        const nameNode = GrammarUtils.findNodeForProperty(cst, 'name') ?? GrammarUtils.findNodeForProperty(cst, 'activity') ?? cst;
        return { name, detail, kind, range: cst.range, selectionRange: nameNode.range };
    }
}
