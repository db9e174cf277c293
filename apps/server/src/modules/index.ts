import type { ModuleManifest } from '../platform/module.js';
import { annualReportModule } from '../reports/annual/manifest.js';
import { decisionsModule } from './decisions/manifest.js';
import { judicialOfficesModule } from './judicial-offices/manifest.js';
import { legalAdvisersModule } from './legal-advisers/manifest.js';
import { enforcementModule } from './enforcement/manifest.js';
import { legalReviewModule } from './legal-review/manifest.js';
import { litigationModule } from './litigation/manifest.js';
import { mediationModule } from './mediation/manifest.js';
import { certificationModule } from './certification/manifest.js';
import { correctionModule } from './correction/manifest.js';
import { normativeDocsModule } from './normative-docs/manifest.js';
import { publicityModule } from './publicity/manifest.js';
import { resettlementModule } from './resettlement/manifest.js';
import { inspectionModule } from './inspection/manifest.js';
import { studyModule } from './study/manifest.js';

/**
 * Every line of work, in the order routes are registered and the demo district is seeded (reviews before the
 * documents and decisions that link them). A new module adds one line here; app.ts, jobs.ts, reports/registry.ts
 * and seed/index.ts read this list.
 */
export const modules: ModuleManifest[] = [
  litigationModule,
  legalReviewModule,
  normativeDocsModule,
  decisionsModule,
  legalAdvisersModule,
  judicialOfficesModule,
  mediationModule,
  publicityModule,
  studyModule,
  enforcementModule,
  resettlementModule,
  certificationModule,
  inspectionModule,
  correctionModule,
  annualReportModule,
];
