import type { Indicator } from '../../platform/indicators/define.js';

export const legalReviewIndicators: Indicator[] = [];
