/**
 * Rename must never turn a valid file into a broken one. It refuses a new name that would not parse
 * as an id (a space, a leading digit, a keyword), and a name already taken where the renamed thing
 * lives: another actor of the same SOP, another step label of the same SOP, another SOP or instansi
 * of the workspace. The refusal is a JSON-RPC error whose message the editor shows as it is.
 */
import { DefaultRenameProvider } from 'langium/lsp';
import { AstUtils, CstUtils, GrammarAST, type AstNode, type IndexManager, type LangiumDocument } from 'langium';
import { ResponseError, ErrorCodes, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import * as ast from '../generated/ast.js';
import type { SopLocale } from '../i18n/locale.js';
import { messagesFor, type RenameKind } from '../i18n/messages.js';
import { actorsOf, stepsOf } from '../model/ast-access.js';
import type { SopServices } from '../sop-module.js';

const ID = /^[_a-zA-Z]\w*$/;

export class SopRenameProvider extends DefaultRenameProvider {

    protected readonly locale: SopLocale;
    protected readonly keywords: ReadonlySet<string>;
    protected readonly indexManager: IndexManager;

    constructor(services: SopServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.indexManager = services.shared.workspace.IndexManager;
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const messages = messagesFor(this.locale.current);
        if (!ID.test(params.newName) || this.keywords.has(params.newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, messages.renameInvalid(params.newName));
        }
        const target = this.renamedDeclaration(document, params);
        if (target && target.name !== params.newName) {
            const taken = this.takenBy(target, params.newName);
            if (taken) {
                throw new ResponseError(ErrorCodes.InvalidParams, messages.renameTaken(params.newName, taken));
            }
        }
        return super.rename(document, params);
    }

    /** The declaration that the name or reference at the position stands for. */
    protected renamedDeclaration(document: LangiumDocument, params: RenameParams): (AstNode & { name?: string }) | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!leaf) {
            return undefined;
        }
        return this.references.findDeclarations(leaf)[0] as (AstNode & { name?: string }) | undefined;
    }

    /** What already answers to `name` where `target` lives, or undefined when the name is free. */
    protected takenBy(target: AstNode, name: string): RenameKind | undefined {
        if (ast.isActor(target)) {
            const sop = AstUtils.getContainerOfType(target, ast.isSop);
            return sop && actorsOf(sop).some(actor => actor !== target && actor.name === name) ? 'actor' : undefined;
        }
        if (ast.isStep(target)) {
            const sop = AstUtils.getContainerOfType(target, ast.isSop);
            return sop && stepsOf(sop).some(step => step !== target && step.name === name) ? 'label' : undefined;
        }
        if (ast.isSop(target)) {
            return this.indexManager.allElements(ast.Sop.$type).some(element => element.name === name) ? 'sop' : undefined;
        }
        if (ast.isInstansi(target)) {
            return this.indexManager.allElements(ast.Instansi.$type).some(element => element.name === name) ? 'instansi' : undefined;
        }
        return undefined;
    }
}
