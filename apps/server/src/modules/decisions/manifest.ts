import type { ModuleManifest } from '../../platform/module.js';
import { decisionsIndicators } from './indicators.js';
import { decisionsJobs } from './jobs.js';
import { decisionsRoutes } from './routes.js';
import { seedDecisions } from './seed.js';
import { decisionSubject, matterSubject } from './service.js';
import { decisionsTodo } from './todo.js';

export const decisionsModule: ModuleManifest = {
  code: 'decisions',
  label: '重大行政决策',
  routes: decisionsRoutes,
  jobs: decisionsJobs,
  indicators: decisionsIndicators,
  seed: seedDecisions,
  reviewSubjects: { majorDecision: decisionSubject, subdistrictMatter: matterSubject },
  myWork: decisionsTodo,
};
