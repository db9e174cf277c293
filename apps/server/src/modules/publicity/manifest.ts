import type { ModuleManifest } from '../../platform/module.js';
import { publicityIndicators } from './indicators.js';
import { publicityJobs } from './jobs.js';
import { publicityRoutes } from './routes.js';
import { seedPublicity } from './seed.js';

export const publicityModule: ModuleManifest = {
  code: 'publicity',
  label: '普法宣传',
  routes: publicityRoutes,
  jobs: publicityJobs,
  indicators: publicityIndicators,
  seed: seedPublicity,
};
