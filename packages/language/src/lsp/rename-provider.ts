/**
 * Rename refuses a new name that would not parse as an id (a space, a leading digit, a keyword):
 * renaming must never turn a valid file into a broken one.
 */
import { DefaultRenameProvider } from 'langium/lsp';
import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { SopLocale } from '../i18n/locale.js';
import { messagesFor } from '../i18n/messages.js';
import type { SopServices } from '../sop-module.js';

const ID = /^[_a-zA-Z]\w*$/;

export class SopRenameProvider extends DefaultRenameProvider {

    protected readonly locale: SopLocale;
    protected readonly keywords: ReadonlySet<string>;

    constructor(services: SopServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!ID.test(params.newName) || this.keywords.has(params.newName)) {
            throw new ResponseError(-32602, messagesFor(this.locale.current).renameInvalid(params.newName));
        }
        return super.rename(document, params);
    }
}
