/**
 * What other shells (the VS Code extension) reuse of `sop compile`, so that a document exported
 * from the editor is the one the command prints: same workspace, same checks, same printer.
 */
export { documentsOfFile, type OpenFile, type FileDocumentOptions, type SopDocumentSource } from './compile/documents-of-file.js';
export { findChrome, type ChromeChoice } from './pdf/find-chrome.js';
export { PdfPrinter } from './pdf/pdf-printer.js';
export { localeFrom } from '@sop-ap/language/core';
