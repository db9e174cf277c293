import type { ModuleManifest } from '../../platform/module.js';
import { caseSubject } from './case-registers.js';
import { caseIndicators } from './case-indicators.js';
import { enforcementIndicators } from './indicators.js';
import { reviewIndicators } from './review-indicators.js';
import { enforcementJobs } from './jobs.js';
import { enforcementRoutes } from './routes.js';
import { seedEnforcement } from './seed.js';
import { enforcementTodo } from './todo.js';

export const enforcementModule: ModuleManifest = {
  code: 'enforcement',
  label: '行政执法协调监督',
  routes: enforcementRoutes,
  jobs: enforcementJobs,
  indicators: [...enforcementIndicators, ...caseIndicators, ...reviewIndicators],
  seed: seedEnforcement,
  reviewSubjects: { enforcementDecision: caseSubject },
  myWork: enforcementTodo,
};
