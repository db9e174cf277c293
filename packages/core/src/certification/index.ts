export * from './codes.js';
export * from './rules.js';
export * from './workflow.js';
export * from './contract.js';
export * from './responses.js';
