import type { ModuleManifest } from '../../platform/module.js';
import { mediationIndicators } from './indicators.js';
import { mediationJobs } from './jobs.js';
import { mediationRoutes } from './routes.js';
import { seedMediation } from './seed.js';
import { mediationTodo } from './todo.js';

export const mediationModule: ModuleManifest = {
  code: 'mediation',
  label: '人民调解',
  routes: mediationRoutes,
  jobs: mediationJobs,
  indicators: mediationIndicators,
  seed: seedMediation,
  myWork: mediationTodo,
};
