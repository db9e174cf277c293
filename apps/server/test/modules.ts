import { modules } from '../src/modules/index.js';
import type { PolicyPart } from './reliability/policy/kit.js';
import { decisionsPolicy } from './reliability/policy/decisions.js';
import { judicialOfficesPolicy } from './reliability/policy/judicial-offices.js';
import { legalAdvisersPolicy } from './reliability/policy/legal-advisers.js';
import { enforcementPolicy } from './reliability/policy/enforcement.js';
import { legalReviewPolicy } from './reliability/policy/legal-review.js';
import { litigationPolicy } from './reliability/policy/litigation.js';
import { mediationPolicy } from './reliability/policy/mediation.js';
import { certificationPolicy } from './reliability/policy/certification.js';
import { correctionPolicy } from './reliability/policy/correction.js';
import { normativeDocsPolicy } from './reliability/policy/normative-docs.js';
import { publicityPolicy } from './reliability/policy/publicity.js';
import { resettlementPolicy } from './reliability/policy/resettlement.js';
import { inspectionPolicy } from './reliability/policy/inspection.js';
import { studyPolicy } from './reliability/policy/study.js';

/**
 * Each module's share of the access matrix, by the module code of its manifest (src/modules/index.ts). Test
 * fixtures stay out of the server's manifests so that production code never imports test code; a new module adds
 * one line here, and the access matrix fails until it does (every documented route needs a probe).
 */
const parts: Record<string, PolicyPart> = {
  litigation: litigationPolicy,
  legalReview: legalReviewPolicy,
  normativeDocs: normativeDocsPolicy,
  decisions: decisionsPolicy,
  legalAdvisers: legalAdvisersPolicy,
  judicialOffices: judicialOfficesPolicy,
  mediation: mediationPolicy,
  publicity: publicityPolicy,
  study: studyPolicy,
  enforcement: enforcementPolicy,
  certification: certificationPolicy,
  resettlement: resettlementPolicy,
  inspection: inspectionPolicy,
  correction: correctionPolicy,
};

/** The parts in the order of the module list; the platform's own probes (session, users, audit, 年度报告) are in reliability/policy/platform.ts. */
export const policyParts: PolicyPart[] = modules.flatMap((m) => (parts[m.code] ? [parts[m.code]!] : []));
