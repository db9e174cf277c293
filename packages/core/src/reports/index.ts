export * from './outline.js';
export * from './closing.js';
export * from './placeholders.js';
export * from './workflow.js';
export * from './contract.js';
export * from './default-template.js';
export * from './responses.js';
