// Contracts of 行政执法协调监督 (enforcement).
export * from './codes.js';
export * from './rules.js';
export * from './contract.js';
export * from './responses.js';
export * from './access.js';
export * from './case-rules.js';
export * from './case-contract.js';
export * from './review-rules.js';
export * from './review-contract.js';
export * from './application-contract.js';
