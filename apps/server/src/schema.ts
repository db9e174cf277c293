// Every table, for Drizzle and drizzle-kit. Platform tables first, then one line per module.
export * from './platform/db/schema.js';
export * from './modules/litigation/tables.js';
export * from './modules/legal-review/tables.js';
export * from './modules/normative-docs/tables.js';
export * from './modules/decisions/tables.js';
export * from './modules/legal-advisers/tables.js';
export * from './modules/judicial-offices/tables.js';
export * from './modules/mediation/tables.js';
export * from './modules/enforcement/tables.js';
export * from './modules/certification/tables.js';
export * from './modules/correction/tables.js';
export * from './reports/annual/tables.js';
export * from './modules/publicity/tables.js';
export * from './modules/resettlement/tables.js';
export * from './modules/inspection/tables.js';
export * from './modules/study/tables.js';
