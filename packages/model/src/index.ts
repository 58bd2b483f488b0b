export * from './types.js';
export * from './durations.js';
export * from './dates.js';
export * from './nip.js';
export * from './closest.js';
export * from './flow-graph.js';
export * from './totals.js';
