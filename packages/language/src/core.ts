/**
 * What reading, checking, formatting and compiling .sop files need, without the language server:
 * the command line imports this, and so never loads the language server (vscode-languageserver,
 * langium/lsp); the protocol's types and jsonrpc still come with Langium's core.
 */
export * from './sop-core-module.js';
export * from './i18n/locale.js';
export { messagesFor, type Messages } from './i18n/messages.js';
export * from './model/build-model.js';
export * from './validation/issue-codes.js';
export * from './workspace/settings.js';
export { formatSopDocument } from './lsp/formatter.js';
export * as SopAst from './generated/ast.js';
export * from './workspace/build-sources.js';
export { MAX_SOURCE_SIZE } from './parser/guarded-parser.js';
