import type { PolicyPart } from './kit.js';

/** Routes of the legalAdvisers module. */
export const legalAdvisersPolicy: PolicyPart = {
  probes: () => ({}),
};
