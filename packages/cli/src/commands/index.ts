/** The commands that read SOPs, bundled together (dist/commands-*.cjs) and loaded by main.ts when one runs. */
export { runCheck } from './check.js';
export { runCompile } from './compile.js';
export { runFormat } from './format.js';
