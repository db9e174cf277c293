// Contracts of 行政规范性文件 (normativeDocs).
export * from './codes.js';
export * from './workflow.js';
export * from './validity.js';
export * from './contract.js';
export * from './responses.js';
export * from './intake.js';
