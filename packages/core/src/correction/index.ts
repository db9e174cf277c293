// Contracts of 社区矫正 (correction).
export * from './codes.js';
export * from './rules.js';
export * from './contract.js';
export * from './responses.js';
export * from './access.js';
export * from './education.js';
