export * from './code-table.js';
export * from './spec.js';
export * from './list-query.js';
export * from './field-meta.js';
export * from './responses.js';
export * from './rules.js';
export * from './reveal.js';
