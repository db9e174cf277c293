import type { ModuleManifest } from '../../platform/module.js';
import { correctionIndicators } from './indicators.js';
import { correctionJobs } from './jobs.js';
import { correctionRoutes } from './routes.js';
import { seedCorrection } from './seed.js';

export const correctionModule: ModuleManifest = {
  code: 'correction',
  label: '社区矫正',
  routes: correctionRoutes,
  jobs: correctionJobs,
  indicators: correctionIndicators,
  seed: seedCorrection,
};
