import type { ModuleManifest } from '../../platform/module.js';
import { certificationIndicators } from './indicators.js';
import { certificationJobs } from './jobs.js';
import { certificationRoutes } from './routes.js';
import { seedCertification } from './seed.js';
import { certificationTodo } from './todo.js';

export const certificationModule: ModuleManifest = {
  code: 'certification',
  label: '证明事项与政务服务',
  routes: certificationRoutes,
  jobs: certificationJobs,
  indicators: certificationIndicators,
  seed: seedCertification,
  myWork: certificationTodo,
};
