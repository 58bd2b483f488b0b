/**
 * The language's core services: Langium's defaults plus what the .sop language overrides for
 * parsing, linking, validation and the workspace, without the language server's (completion,
 * hover, formatting and the rest; sop-module.ts adds them). The command line builds these alone,
 * and so never loads the language server (vscode-languageserver, langium/lsp).
 */
import './polyfills.js';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, createLangiumParser, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices,
} from 'langium';
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
import { SopServiceRegistry } from './workspace/service-registry.js';
import { SopDocumentFactory } from './workspace/document-factory.js';
import { SopIndexManager } from './workspace/index-manager.js';
import { SopReferenceDescriptionProvider } from './workspace/reference-descriptions.js';

export interface SopAddedServices {
    i18n: {
        Locale: SopLocale;
    };
    settings: {
        Settings: SopSettings;
    };
}

export type SopCoreServices = LangiumCoreServices & SopAddedServices;

export const SopCoreModule: Module<SopCoreServices, PartialLangiumCoreServices & SopAddedServices> = {
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
};

export const SopSharedCoreModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    ServiceRegistry: services => new SopServiceRegistry(services),
    workspace: {
        DocumentBuilder: services => new SopDocumentBuilder(services),
        LangiumDocumentFactory: services => new SopDocumentFactory(services),
        IndexManager: services => new SopIndexManager(services),
    },
};

/** The core services of the .sop language, for reading, checking and compiling files without an editor. */
export function createSopCoreServices(context: DefaultSharedCoreModuleContext): { shared: LangiumSharedCoreServices; sop: SopCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), SopGeneratedSharedModule, SopSharedCoreModule);
    const sop = inject(createDefaultCoreModule({ shared }), SopLanguageGeneratedModule, SopCoreModule);
    shared.ServiceRegistry.register(sop);
    registerValidationChecks(sop);
    // Without a language client nobody sends the configuration; the defaults apply at once.
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, sop };
}
