// Contracts of 合法性审核 (legalReview).
export * from './codes.js';
export * from './workflow.js';
export * from './contract.js';
export * from './materials.js';
export * from './responses.js';
