// Every scheduled job of every module, for the scheduler in main.ts.
import type { JobDefinition } from './platform/jobs/runner.js';
import { litigationJobs } from './modules/litigation/jobs.js';
import { annualReportJobs } from './reports/annual/jobs.js';

export const jobDefinitions: JobDefinition[] = [...litigationJobs, ...annualReportJobs];
