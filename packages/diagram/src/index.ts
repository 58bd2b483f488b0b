export { layoutSwimlane } from './layout-swimlane.js';
export { renderSvg, type RenderOptions } from './render-svg.js';
export { geometryProblems } from './geometry-check.js';
export type { Theme } from './svg-theme.js';
export type * from './types.js';
export { inThreadElk } from './elk-in-thread.js';
