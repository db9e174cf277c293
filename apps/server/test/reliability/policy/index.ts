import type { PolicyPart } from './kit.js';
import { decisionsPolicy } from './decisions.js';
import { legalAdvisersPolicy } from './legal-advisers.js';
import { legalReviewPolicy } from './legal-review.js';
import { normativeDocsPolicy } from './normative-docs.js';

/** Every module's policy part; a new module adds one line. */
export const policyParts: PolicyPart[] = [legalReviewPolicy, normativeDocsPolicy, decisionsPolicy, legalAdvisersPolicy];
