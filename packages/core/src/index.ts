import './zod-locale.js';
export * from './errors.js';
export * from './calendar/index.js';
export * from './validators/index.js';
export * from './access/roles.js';
export * from './org/contract.js';
export * from './auth/contract.js';
export * from './register/index.js';
export * from './indicators.js';
