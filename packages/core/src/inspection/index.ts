// Contracts of 法治督察, 考核, 示范创建 and honours (inspection).
export * from './codes.js';
export * from './rules.js';
export * from './workflow.js';
export * from './contract.js';
export * from './responses.js';
