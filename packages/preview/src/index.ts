export type * from './messages.js';
export { previewHtml, type PreviewPageOptions } from './page.js';
