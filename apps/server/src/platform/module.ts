import type { ModuleCode } from '@fazhi/core';
import type { ReviewSubjectKind } from '@fazhi/core/legal-review';
import type { SeedContext } from '../seed/context.js';
import type { Db } from './db/client.js';
import type { App, Services } from './http/types.js';
import type { Indicator } from './indicators/define.js';
import type { JobDefinition } from './jobs/runner.js';
import type { TodoRule } from './my-work/define.js';

/** How a subject module describes one of its records to the legal-review pages (title, unit, web path). */
export type SubjectLookup = (db: Db, id: string) => Promise<{ title: string; orgUnitId: string; path: string } | null>;

/**
 * Everything the server needs to know about one line of work, declared once in the module's `manifest.ts` and
 * listed in `modules/index.ts`. The app, the scheduler, the indicator registry and the demo seed read that list;
 * tables stay in `schema.ts` (one export line per module) because drizzle-kit reads that file.
 */
export type ModuleManifest = {
  /** The grants' module code (packages/core/src/access/roles.ts), also the audit and notification module. */
  code: ModuleCode;
  label: string;
  /** Registers the module's routes (the register kit's and its own). */
  routes: (app: App, services: Services) => Promise<void>;
  jobs: JobDefinition[];
  indicators: Indicator[];
  /** Demo records; returns counts per record kind for the seed's audit entry. Runs in the order of the list. */
  seed?: (ctx: SeedContext) => Promise<Record<string, number>>;
  /** Records of this module that can be sent for 合法性审核 (legal-review/subjects.ts). */
  reviewSubjects?: Partial<Record<ReviewSubjectKind, SubjectLookup>>;
  /**
   * What of this module waits on whom (我的待办), from its workflows' states, steps and assignments (`todo.ts`);
   * a function when the module's registers load late (the annual report's read the indicator registry).
   */
  myWork?: TodoRule[] | (() => Promise<TodoRule[]>);
};
