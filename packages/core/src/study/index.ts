// Contracts of 学法用法 (study): 学法 sessions, training, leaders' duties, online law exams.
export * from './codes.js';
export * from './rules.js';
export * from './contract.js';
export * from './responses.js';
