/**
 * Formatting for editors and `sop format`. A file with syntax errors is left alone: its structure
 * is uncertain, and a formatter must never make things worse.
 */
import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentOnTypeFormattingOptions, FormattingOptions, TextEdit } from 'vscode-languageserver-protocol';
import * as ast from '../generated/ast.js';
import { cstLeaves } from './cst-leaves.js';
import { formatTokens, type FormatLayout, type FormatToken } from './format-tokens.js';
import { inOriginalConvention } from './line-endings.js';

/** Nodes that begin a line of their own. */
const isStatement = (node: AstNode): boolean =>
    ast.isInstansi(node) || ast.isSop(node) || ast.isInstansiField(node) || ast.isSopMember(node)
    || ast.isActor(node) || ast.isStepField(node);

/** Nodes whose braces delimit a block of statements (as opposed to a list of texts). */
const hasBlockBraces = (node: AstNode): boolean =>
    ast.isInstansi(node) || ast.isSop(node) || ast.isPelaksana(node) || ast.isStep(node);

export class SopFormatter implements Formatter {

    formatDocument(document: LangiumDocument, params: { options: FormattingOptions }): TextEdit[] {
        const formatted = formatSopDocument(document, params.options);
        if (formatted === undefined || formatted === document.textDocument.getText()) {
            return [];
        }
        const end = document.textDocument.positionAt(document.textDocument.getText().length);
        return [{ range: { start: { line: 0, character: 0 }, end }, newText: formatted }];
    }

    /** Formatting is about the whole file's structure; a range request formats the whole file. */
    formatDocumentRange(document: LangiumDocument, params: { options: FormattingOptions }): TextEdit[] {
        return this.formatDocument(document, params);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

/** The formatted text, or undefined when the file has syntax errors. */
export function formatSopDocument(document: LangiumDocument, options: Partial<FormattingOptions> = {}): string | undefined {
    const { parseResult } = document;
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) {
        return undefined;
    }
    const root = parseResult.value;
    const tokens: FormatToken[] = [];
    const statementStarts = new Set<number>();
    const blockOpeners = new Set<number>();
    const padTo = new Map<number, number>();
    if (root.$cstNode) {
        collectTokens(root.$cstNode, tokens);
    }
    for (const node of AstUtils.streamAst(root)) {
        const cst = node.$cstNode;
        if (!cst) continue;
        if (isStatement(node)) {
            statementStarts.add(firstCodeOffset(cst));
        }
        if (ast.isPelaksana(node)) {
            const width = Math.max(0, ...node.actors.map(actor => actor.name?.length ?? 0));
            for (const actor of node.actors) {
                const name = GrammarUtils.findNodeForProperty(actor.$cstNode, 'name');
                if (name) padTo.set(name.offset, width);
            }
        }
        if (hasBlockBraces(node)) {
            const brace = GrammarUtils.findNodeForKeyword(cst, '{');
            if (brace) blockOpeners.add(brace.offset);
        }
    }
    const layout: FormatLayout = { statementStarts, blockOpeners, padTo };
    const text = document.textDocument.getText();
    const formatted = formatTokens(text, tokens, layout, {
        tabSize: options.tabSize ?? 4,
        insertSpaces: options.insertSpaces ?? true,
    });
    return inOriginalConvention(text, formatted);
}

function collectTokens(rootCst: CstNode, tokens: FormatToken[]): void {
    for (const node of cstLeaves(rootCst)) {
        const image = node.text;
        const kind: FormatToken['kind'] = !node.hidden ? 'code' : image.startsWith('//') ? 'line-comment' : 'block-comment';
        tokens.push({ offset: node.offset, image, kind });
    }
    tokens.sort((a, b) => a.offset - b.offset);
}

/** A node's CST may begin with comments attached to it; the statement begins at its first code token. */
function firstCodeOffset(cst: CstNode): number {
    for (const leaf of cstLeaves(cst)) {
        if (!leaf.hidden) return leaf.offset;
    }
    return cst.offset;
}
