import type { ModuleManifest } from '../../platform/module.js';
import { litigationIndicators } from './indicators.js';
import { litigationJobs } from './jobs.js';
import { litigationRoutes } from './routes.js';
import { seedLitigation } from './seed.js';
import { litigationTodo } from './todo.js';

export const litigationModule: ModuleManifest = {
  code: 'litigation',
  label: '行政应诉',
  routes: litigationRoutes,
  jobs: litigationJobs,
  indicators: litigationIndicators,
  seed: seedLitigation,
  myWork: litigationTodo,
};
