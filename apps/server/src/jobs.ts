// Every scheduled job of every module, for the scheduler in main.ts.
import { modules } from './modules/index.js';
import type { JobDefinition } from './platform/jobs/runner.js';

export const jobDefinitions: JobDefinition[] = modules.flatMap((m) => m.jobs);
