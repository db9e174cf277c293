import type { PolicyPart } from './kit.js';

/** Routes of the normativeDocs module. */
export const normativeDocsPolicy: PolicyPart = {
  probes: () => ({}),
};
