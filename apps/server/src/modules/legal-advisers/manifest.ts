import type { ModuleManifest } from '../../platform/module.js';
import { legalAdvisersIndicators } from './indicators.js';
import { legalAdvisersJobs } from './jobs.js';
import { legalAdvisersRoutes } from './routes.js';
import { seedLegalAdvisers } from './seed.js';

export const legalAdvisersModule: ModuleManifest = {
  code: 'legalAdvisers',
  label: '法律顾问与公职律师',
  routes: legalAdvisersRoutes,
  jobs: legalAdvisersJobs,
  indicators: legalAdvisersIndicators,
  seed: seedLegalAdvisers,
};
