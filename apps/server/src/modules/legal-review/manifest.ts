import type { ModuleManifest } from '../../platform/module.js';
import { legalReviewIndicators } from './indicators.js';
import { legalReviewJobs } from './jobs.js';
import { legalReviewRoutes } from './routes.js';
import { seedLegalReview } from './seed.js';
import { legalReviewTodo } from './todo.js';

export const legalReviewModule: ModuleManifest = {
  code: 'legalReview',
  label: '合法性审核',
  routes: legalReviewRoutes,
  jobs: legalReviewJobs,
  indicators: legalReviewIndicators,
  seed: seedLegalReview,
  myWork: legalReviewTodo,
};
