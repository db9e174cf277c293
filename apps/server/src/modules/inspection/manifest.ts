import type { ModuleManifest } from '../../platform/module.js';
import { inspectionIndicators } from './indicators.js';
import { inspectionJobs } from './jobs.js';
import { inspectionRoutes } from './routes.js';
import { seedInspection } from './seed.js';
import { inspectionTodo } from './todo.js';

export const inspectionModule: ModuleManifest = {
  code: 'inspection',
  label: '法治督察与考核',
  routes: inspectionRoutes,
  jobs: inspectionJobs,
  indicators: inspectionIndicators,
  seed: seedInspection,
  myWork: inspectionTodo,
};
