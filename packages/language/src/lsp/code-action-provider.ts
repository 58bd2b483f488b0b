/**
 * Quick fixes: declare an unknown actor, add `menit` to a bare number, replace an unknown unit,
 * label or month with the closest match, and turn a branching `langkah` into a `keputusan`.
 */
import type { CodeActionProvider } from 'langium/lsp';
import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-protocol';
import * as ast from '../generated/ast.js';
import type { SopLocale } from '../i18n/locale.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { membersOf } from '../model/ast-access.js';
import type { SopServices } from '../sop-module.js';
import { lineEndingOf, withLineEnding } from './line-endings.js';
import { IssueCodes } from '../validation/issue-codes.js';

export class SopCodeActionProvider implements CodeActionProvider {

    protected readonly locale: SopLocale;

    constructor(services: SopServices) {
        this.locale = services.i18n.Locale;
    }

    protected get messages(): Messages {
        return messagesFor(this.locale.current);
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] | undefined {
        const actions = params.context.diagnostics.flatMap(diagnostic => this.fixesFor(document, diagnostic));
        return actions.length > 0 ? actions : undefined;
    }

    protected fixesFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = (diagnostic.data ?? {}) as { suggestion?: string; actor?: string };
        switch (diagnostic.code) {
            case IssueCodes.UnknownActor:
                return this.optional(this.declareActor(document, diagnostic, data.actor ?? document.textDocument.getText(diagnostic.range)));
            case IssueCodes.DurationMissingUnit:
                return [this.fix(this.messages.fixAddUnit('menit'), document, diagnostic,
                    [{ range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ' menit' }])];
            case IssueCodes.DurationUnknownUnit:
            case IssueCodes.UnknownStep:
            case IssueCodes.InvalidDate:
                return data.suggestion ? [this.replaceWith(document, diagnostic, data.suggestion)] : [];
            case IssueCodes.BranchOutsideDecision:
                return this.optional(this.makeDecision(document, diagnostic));
            default:
                return [];
        }
    }

    protected replaceWith(document: LangiumDocument, diagnostic: Diagnostic, text: string): CodeAction {
        return this.fix(this.messages.fixReplaceWith(text), document, diagnostic, [{ range: diagnostic.range, newText: text }]);
    }

    /** Adds `id "Id"` to the SOP's `pelaksana` block, or creates the block before the first step. */
    protected declareActor(document: LangiumDocument, diagnostic: Diagnostic, id: string): CodeAction | undefined {
        const step = this.nodeAt(document, diagnostic.range, ast.isStep);
        const sop = step?.$container;
        if (!sop?.$cstNode) {
            return undefined;
        }
        const text = document.textDocument;
        const title = id.charAt(0).toUpperCase() + id.slice(1);
        const block = membersOf(sop, ast.isPelaksana).at(-1);
        const closing = block?.$cstNode && GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
        let edit: TextEdit;
        if (block?.$cstNode && closing) {
            const blockIndent = this.indentOf(text.getText(), block.$cstNode.offset);
            const lastActor = block.actors.at(-1)?.$cstNode;
            const insertAt = lastActor ? text.positionAt(lastActor.end) : text.positionAt(closing.offset);
            const newText = lastActor ? `\n${blockIndent}    ${id} "${title}"` : `    ${id} "${title}"\n${blockIndent}`;
            edit = { range: { start: insertAt, end: insertAt }, newText };
        } else {
            const firstStep = sop.members.find(ast.isStep)?.$cstNode ?? sop.$cstNode;
            const indent = this.indentOf(text.getText(), firstStep.offset);
            const lineStart = { line: text.positionAt(firstStep.offset).line, character: 0 };
            edit = { range: { start: lineStart, end: lineStart }, newText: `${indent}pelaksana {\n${indent}    ${id} "${title}"\n${indent}}\n\n` };
        }
        return this.fix(this.messages.fixDeclareActor(id), document, diagnostic, [edit]);
    }

    protected makeDecision(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const step = this.nodeAt(document, diagnostic.range, ast.isStep);
        const keyword = step?.$cstNode && GrammarUtils.findNodeForKeyword(step.$cstNode, 'langkah');
        if (!keyword) {
            return undefined;
        }
        return this.fix(this.messages.fixMakeDecision(), document, diagnostic, [{ range: keyword.range, newText: 'keputusan' }]);
    }

    protected nodeAt<T extends ast.SopAstType[keyof ast.SopAstType]>(document: LangiumDocument, range: Range, is: (node: unknown) => node is T): T | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
        return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
    }

    protected indentOf(text: string, offset: number): string {
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return /^[ \t]*/.exec(text.slice(lineStart))![0];
    }

    /** Every edit speaks the file's line ending, whatever the fix wrote. */
    protected fix(title: string, document: LangiumDocument, diagnostic: Diagnostic, written: TextEdit[]): CodeAction {
        const eol = lineEndingOf(document.textDocument.getText());
        const edits = written.map(edit => ({ ...edit, newText: withLineEnding(edit.newText, eol) }));
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [document.textDocument.uri]: edits } },
        };
    }

    protected optional(action: CodeAction | undefined): CodeAction[] {
        return action ? [action] : [];
    }
}
