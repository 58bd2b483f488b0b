export * from './core.js';
export * from './sop-module.js';
