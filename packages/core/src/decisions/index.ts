// Contracts of 重大行政决策 (decisions): codes, procedure steps, workflows and register specs.
export * from './codes.js';
export * from './majority.js';
export * from './steps.js';
export * from './workflow.js';
export * from './contract.js';
