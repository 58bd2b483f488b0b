export { renderDocument, renderPlan } from './render/document.js';
export { planDocument, type DocumentOptions, type DocumentPlan, type FlowPagePlan } from './plan.js';
export { PAPERS, type PaperName } from './layout/paper.js';
export { RowTooTallError } from './layout/paginate.js';
export { IdentityTooLongError } from './layout/identity.js';
export { measureText } from './fonts/text-metrics.js';
export { logoDataUri, logoMimeType } from './render/logo-data-uri.js';
// The swimlane diagram (@sop-ap/diagram) measures, wraps and embeds text exactly as the document does.
export { fontFaceCss, FONT_FAMILY, type FontSpec } from './fonts/text-metrics.js';
export { wrapText, CUT_HYPHEN } from './text-wrap.js';
