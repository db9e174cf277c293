// Every scheduled job of every module, for the scheduler in main.ts.
import type { JobDefinition } from './platform/jobs/runner.js';
import { litigationJobs } from './modules/litigation/jobs.js';
import { legalReviewJobs } from './modules/legal-review/jobs.js';
import { normativeDocsJobs } from './modules/normative-docs/jobs.js';
import { decisionsJobs } from './modules/decisions/jobs.js';
import { legalAdvisersJobs } from './modules/legal-advisers/jobs.js';
import { annualReportJobs } from './reports/annual/jobs.js';

export const jobDefinitions: JobDefinition[] = [...litigationJobs, ...legalReviewJobs, ...normativeDocsJobs, ...decisionsJobs, ...legalAdvisersJobs, ...annualReportJobs];
