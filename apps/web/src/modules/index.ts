import type { WebModule } from '../platform/module';
import { certificationModule } from './certification/manifest';
import { correctionModule } from './correction/manifest';
import { decisionsModule } from './decisions/manifest';
import { judicialOfficesModule } from './judicial-offices/manifest';
import { legalAdvisersModule } from './legal-advisers/manifest';
import { enforcementModule } from './enforcement/manifest';
import { legalReviewModule } from './legal-review/manifest';
import { litigationModule } from './litigation/manifest';
import { mediationModule } from './mediation/manifest';
import { normativeDocsModule } from './normative-docs/manifest';
import { publicityModule } from './publicity/manifest';
import { inspectionModule } from './inspection/manifest';
import { studyModule } from './study/manifest';
import { reportsModule } from './reports/manifest';
import { resettlementModule } from './resettlement/manifest';

/** Every line of work of the web app, in menu order. A new module adds one line here. */
export const webModules: WebModule[] = [
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
  certificationModule,
  resettlementModule,
  inspectionModule,
  correctionModule,
  reportsModule,
];
