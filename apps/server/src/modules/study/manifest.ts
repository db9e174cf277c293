import type { ModuleManifest } from '../../platform/module.js';
import { studyIndicators } from './indicators.js';
import { studyRoutes } from './routes.js';
import { seedStudy } from './seed.js';

export const studyModule: ModuleManifest = {
  code: 'study',
  label: '学法用法',
  routes: studyRoutes,
  jobs: [],
  indicators: studyIndicators,
  seed: seedStudy,
};
