// Contracts of 法律顾问与公职律师 (legalAdvisers).
export * from './codes.js';
export * from './rules.js';
export * from './contract.js';
export * from './responses.js';
