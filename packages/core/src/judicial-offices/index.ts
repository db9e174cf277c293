// Contracts of 司法所 (judicialOffices).
export * from './codes.js';
export * from './rules.js';
export * from './checklist.js';
export * from './contract.js';
export * from './workflow.js';
export * from './responses.js';
