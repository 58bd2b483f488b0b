export { renderDocument, renderPlan } from './render/document.js';
export { planDocument, type DocumentOptions, type DocumentPlan, type FlowPagePlan } from './plan.js';
export { PAPERS, type PaperName } from './layout/paper.js';
export { RowTooTallError } from './layout/paginate.js';
export { IdentityTooLongError } from './layout/identity.js';
export { measureText } from './fonts/text-metrics.js';
export { logoDataUri, logoMimeType } from './render/logo-data-uri.js';
