/**
 * The language's services under an editor: the core services (sop-core-module.ts) and the language
 * server's, with what the .sop language overrides of them (completion, hover, formatting, ...).
 * Each override is a small class in the folder named for its job.
 */
import { inject, type DeepPartial, type LangiumSharedCoreServices, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { SopGeneratedSharedModule, SopLanguageGeneratedModule } from './generated/module.js';
import { SopCoreModule, SopSharedCoreModule, type SopAddedServices } from './sop-core-module.js';
import { registerValidationChecks } from './validation/sop-validator.js';
import { SopDocumentUpdateHandler } from './workspace/document-update-handler.js';
import { SopCompletionProvider } from './lsp/completion-provider.js';
import { SopHoverProvider } from './lsp/hover-provider.js';
import { SopDocumentSymbolProvider } from './lsp/document-symbol-provider.js';
import { SopFormatter } from './lsp/formatter.js';
import { SopCodeActionProvider } from './lsp/code-action-provider.js';
import { SopSemanticTokenProvider } from './lsp/semantic-token-provider.js';
import { SopRenameProvider } from './lsp/rename-provider.js';
import { SopFoldingRangeProvider } from './lsp/folding-range-provider.js';

export type SopServices = LangiumServices & SopAddedServices;

export const SopModule: Module<SopServices, PartialLangiumServices & SopAddedServices> = {
    ...(SopCoreModule as Module<SopServices, PartialLangiumServices & SopAddedServices>),
    lsp: {
        CompletionProvider: services => new SopCompletionProvider(services),
        HoverProvider: services => new SopHoverProvider(services),
        DocumentSymbolProvider: services => new SopDocumentSymbolProvider(services),
        Formatter: () => new SopFormatter(),
        CodeActionProvider: services => new SopCodeActionProvider(services),
        SemanticTokenProvider: services => new SopSemanticTokenProvider(services),
        RenameProvider: services => new SopRenameProvider(services),
        FoldingRangeProvider: services => new SopFoldingRangeProvider(services),
    },
};

export const SopSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ...(SopSharedCoreModule as Module<LangiumSharedServices, PartialLangiumSharedServices>),
    lsp: {
        DocumentUpdateHandler: services => new SopDocumentUpdateHandler(services),
    },
};

/**
 * Creates the shared services and the .sop language services. `context.fileSystemProvider` decides
 * where files come from: Node's file system for the server, an empty one in tests.
 */
export function createSopServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; sop: SopServices } {
    const shared = inject(
        createDefaultSharedModule(context),
        SopGeneratedSharedModule,
        SopSharedModule as DeepPartial<LangiumSharedCoreServices> as Module<LangiumSharedServices, PartialLangiumSharedServices>,
    );
    const sop = inject(
        createDefaultModule({ shared }),
        SopLanguageGeneratedModule,
        SopModule,
    );
    shared.ServiceRegistry.register(sop);
    registerValidationChecks(sop);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; the defaults apply at once.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, sop };
}
