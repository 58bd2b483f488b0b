/**
 * The language's services: Langium's defaults plus what the .sop language overrides. Each override
 * is a small class in the folder named for its job (parser, scoping, validation, lsp, workspace).
 */
import './polyfills.js';
import {
    createLangiumParser, inject, type DeepPartial, type LangiumSharedCoreServices, type Module,
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { SopGeneratedSharedModule, SopLanguageGeneratedModule } from './generated/module.js';
import { SopLocale } from './i18n/locale.js';
import { SopParserErrorMessageProvider, SopLexerErrorMessageProvider } from './parser/syntax-error-messages.js';
import { SopScopeComputation } from './scoping/scope-computation.js';
import { SopLinker } from './scoping/linker.js';
import { guardParser } from './parser/guarded-parser.js';
import { SopValueConverter } from './parser/value-converter.js';
import { SopDocumentValidator } from './validation/sop-document-validator.js';
import { registerValidationChecks } from './validation/sop-validator.js';
import { SopValidationRegistry } from './validation/validation-registry.js';
import { SopSettings } from './workspace/settings.js';
import { SopDocumentBuilder } from './workspace/document-builder.js';
import { SopDocumentUpdateHandler } from './workspace/document-update-handler.js';
import { SopServiceRegistry } from './workspace/service-registry.js';
import { SopDocumentFactory } from './workspace/document-factory.js';
import { SopIndexManager } from './workspace/index-manager.js';
import { SopReferenceDescriptionProvider } from './workspace/reference-descriptions.js';
import { SopCompletionProvider } from './lsp/completion-provider.js';
import { SopHoverProvider } from './lsp/hover-provider.js';
import { SopDocumentSymbolProvider } from './lsp/document-symbol-provider.js';
import { SopFormatter } from './lsp/formatter.js';
import { SopCodeActionProvider } from './lsp/code-action-provider.js';
import { SopSemanticTokenProvider } from './lsp/semantic-token-provider.js';
import { SopRenameProvider } from './lsp/rename-provider.js';
import { SopFoldingRangeProvider } from './lsp/folding-range-provider.js';

export interface SopAddedServices {
    i18n: {
        Locale: SopLocale;
    };
    settings: {
        Settings: SopSettings;
    };
}

export type SopServices = LangiumServices & SopAddedServices;

export const SopModule: Module<SopServices, PartialLangiumServices & SopAddedServices> = {
    i18n: {
        Locale: () => new SopLocale(),
    },
    settings: {
        Settings: () => new SopSettings(),
    },
    parser: {
        ParserErrorMessageProvider: services => new SopParserErrorMessageProvider(services.i18n.Locale),
        LexerErrorMessageProvider: services => new SopLexerErrorMessageProvider(services.i18n.Locale),
        LangiumParser: services => guardParser(createLangiumParser(services), services.i18n.Locale),
        ValueConverter: () => new SopValueConverter(),
    },
    references: {
        ScopeComputation: services => new SopScopeComputation(services),
        Linker: services => new SopLinker(services),
    },
    validation: {
        DocumentValidator: services => new SopDocumentValidator(services),
        ValidationRegistry: services => new SopValidationRegistry(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new SopReferenceDescriptionProvider(services),
    },
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
    ServiceRegistry: services => new SopServiceRegistry(services),
    workspace: {
        DocumentBuilder: services => new SopDocumentBuilder(services),
        LangiumDocumentFactory: services => new SopDocumentFactory(services),
        IndexManager: services => new SopIndexManager(services),
    },
    lsp: {
        DocumentUpdateHandler: services => new SopDocumentUpdateHandler(services),
    },
};

/**
 * Creates the shared services and the .sop language services. `context.fileSystemProvider` decides
 * where files come from: Node's file system for the server and the CLI, an empty one in tests.
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
