import type { Indicator } from '../../platform/indicators/define.js';

export const normativeDocsIndicators: Indicator[] = [];
