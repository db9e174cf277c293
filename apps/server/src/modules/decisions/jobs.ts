import type { JobDefinition } from '../../platform/jobs/runner.js';

export const decisionsJobs: JobDefinition[] = [];
