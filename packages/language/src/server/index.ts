/**
 * What a language server host adds to the language's services, free of any runtime: diagnostics that
 * name their version, and the live preview's drawing service. The Node host is `packages/server`.
 */
export { publishDiagnosticsWithVersions } from './versioned-diagnostics.js';
export { PreviewService } from './preview/preview-service.js';
export * from './preview/protocol.js';
