export * from './codes.js';
export * from './workflow.js';
export * from './contract.js';
export * from './observation.js';
export * from './responses.js';
export * from './case-number.js';
export * from './suggestion.js';
export * from './effect.js';
