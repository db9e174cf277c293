// Every scheduled job of the platform and of every module, for the scheduler in main.ts.
import { modules } from './modules/index.js';
import { auditCheckpointJob } from './platform/audit/checkpoints.js';
import type { JobDefinition } from './platform/jobs/runner.js';

export const jobDefinitions: JobDefinition[] = [auditCheckpointJob(Number(process.env.FAZHI_AUDIT_CHECKPOINT_MINUTES ?? 60)), ...modules.flatMap((m) => m.jobs)];
