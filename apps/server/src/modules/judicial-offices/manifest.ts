import type { ModuleManifest } from '../../platform/module.js';
import { judicialOfficesIndicators } from './indicators.js';
import { judicialOfficesJobs } from './jobs.js';
import { judicialOfficesRoutes } from './routes.js';
import { seedJudicialOffices } from './seed.js';
import { judicialOfficesTodo } from './todo.js';

export const judicialOfficesModule: ModuleManifest = {
  code: 'judicialOffices',
  label: '司法所',
  routes: judicialOfficesRoutes,
  jobs: judicialOfficesJobs,
  indicators: judicialOfficesIndicators,
  seed: seedJudicialOffices,
  myWork: judicialOfficesTodo,
};
