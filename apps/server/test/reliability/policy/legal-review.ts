import type { PolicyPart } from './kit.js';

/** Routes of the legalReview module. */
export const legalReviewPolicy: PolicyPart = {
  probes: () => ({}),
};
