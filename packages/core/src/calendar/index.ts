export * from './working-days.js';
export * from './deadlines.js';
export * from './rules.js';
