import type { ModuleManifest } from '../../platform/module.js';
import { resettlementIndicators } from './indicators.js';
import { resettlementJobs } from './jobs.js';
import { resettlementRoutes } from './routes.js';
import { seedResettlement } from './seed.js';

export const resettlementModule: ModuleManifest = {
  code: 'resettlement',
  label: '安置帮教',
  routes: resettlementRoutes,
  jobs: resettlementJobs,
  indicators: resettlementIndicators,
  seed: seedResettlement,
};
