import type { JobDefinition } from '../../platform/jobs/runner.js';

export const legalReviewJobs: JobDefinition[] = [];
