export * from './codes.js';
export * from './rules.js';
export * from './contract.js';
