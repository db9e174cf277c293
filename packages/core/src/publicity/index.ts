// Contracts of 普法 (publicity).
export * from './codes.js';
export * from './rules.js';
export * from './contract.js';
export * from './responses.js';
