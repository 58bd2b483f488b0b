/**
 * Semantic tokens: actors, step labels, units, dates, numbers, strings, keywords and SOP/instansi
 * ids each get their own token type, so a theme can tell them apart at a glance.
 */
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor, AllSemanticTokenTypes } from 'langium/lsp';
import { GrammarAST, AstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { SemanticTokenTypes } from 'vscode-languageserver-protocol';
import * as ast from '../generated/ast.js';
import { cstLeaves } from './cst-leaves.js';

export const SopTokenTypes = {
    actor: SemanticTokenTypes.class,
    label: 'label',
    unit: SemanticTokenTypes.type,
    date: SemanticTokenTypes.enumMember,
    number: SemanticTokenTypes.number,
    string: SemanticTokenTypes.string,
    keyword: SemanticTokenTypes.keyword,
    comment: SemanticTokenTypes.comment,
    operator: SemanticTokenTypes.operator,
    document: SemanticTokenTypes.namespace,
} as const;

const tokenTypes: Record<string, number> = {
    ...AllSemanticTokenTypes,
    label: Object.keys(AllSemanticTokenTypes).length,
};

export class SopSemanticTokenProvider extends AbstractSemanticTokenProvider {

    override get tokenTypes(): Record<string, number> {
        return tokenTypes;
    }

    protected override async computeHighlighting(document: LangiumDocument, _acceptor: SemanticTokenAcceptor): Promise<void> {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return;
        }
        for (const leaf of cstLeaves(root)) {
            const type = tokenTypeOf(leaf);
            if (type) {
                this.highlightNode({ node: leaf, type });
            }
        }
    }

    protected highlightElement(_node: AstNode, _acceptor: SemanticTokenAcceptor): void {
        // All tokens are classified in computeHighlighting, in source order.
    }
}

function tokenTypeOf(leaf: LeafCstNode): string | undefined {
    if (leaf.hidden) {
        return leaf.text.startsWith('/') ? SopTokenTypes.comment : undefined;
    }
    const source = leaf.grammarSource;
    const node = leaf.astNode;
    if (GrammarAST.isKeyword(source)) {
        if (/^[a-z]/.test(source.value)) {
            return SopTokenTypes.keyword;
        }
        return source.value === '->' ? SopTokenTypes.operator : undefined;
    }
    if (leaf.tokenType.name === 'STRING') {
        return SopTokenTypes.string;
    }
    if (ast.isDateValue(node)) {
        return SopTokenTypes.date;
    }
    if (ast.isDuration(node)) {
        return SopTokenTypes.number;
    }
    if (ast.isDurationUnit(node)) {
        return SopTokenTypes.unit;
    }
    const feature = source ? AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature : undefined;
    if (ast.isActor(node) || (ast.isStep(node) && feature === 'actors')) {
        return SopTokenTypes.actor;
    }
    if ((ast.isStep(node) && feature === 'name') || ast.isTarget(node)) {
        return SopTokenTypes.label;
    }
    if (ast.isSop(node) || ast.isInstansi(node) || ast.isRelatedSop(node) || ast.isInstansiLink(node)) {
        return SopTokenTypes.document;
    }
    if (leaf.tokenType.name === 'NUMBER') {
        return SopTokenTypes.number;
    }
    return undefined;
}
