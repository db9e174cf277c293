export * from '../org/tables.js';
export * from '../auth/tables.js';
export * from '../access/tables.js';
export * from '../audit/tables.js';
export * from '../jobs/tables.js';
export * from '../notify/tables.js';
export * from '../files/tables.js';
export * from '../register/tables.js';
