import { and, eq, isNull } from 'drizzle-orm';
import type { ModuleManifest } from '../../platform/module.js';
import { normativeDocsIndicators } from './indicators.js';
import { normativeDocsJobs } from './jobs.js';
import { normativeDocsRoutes } from './routes.js';
import { seedNormativeDocs } from './seed.js';
import { normativeDocuments } from './tables.js';
import { normativeDocsTodo } from './todo.js';

export const normativeDocsModule: ModuleManifest = {
  code: 'normativeDocs',
  label: '行政规范性文件',
  routes: normativeDocsRoutes,
  jobs: normativeDocsJobs,
  indicators: normativeDocsIndicators,
  seed: seedNormativeDocs,
  reviewSubjects: {
    // The review pages describe a document by its title, issuing organ and page.
    normativeDocument: async (db, id) => {
      const [doc] = await db
        .select({ title: normativeDocuments.title, orgUnitId: normativeDocuments.orgUnitId })
        .from(normativeDocuments)
        .where(and(eq(normativeDocuments.id, id), isNull(normativeDocuments.deletedAt)));
      return doc ? { title: doc.title, orgUnitId: doc.orgUnitId, path: `/normative-docs/documents/${id}` } : null;
    },
  },
  myWork: normativeDocsTodo,
};
