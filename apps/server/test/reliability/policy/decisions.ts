import type { PolicyPart } from './kit.js';

/** Routes of the decisions module. */
export const decisionsPolicy: PolicyPart = {
  probes: () => ({}),
};
