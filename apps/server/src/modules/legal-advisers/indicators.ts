import type { Indicator } from '../../platform/indicators/define.js';

export const legalAdvisersIndicators: Indicator[] = [];
