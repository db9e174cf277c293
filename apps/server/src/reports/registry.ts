import type { Indicator } from '../platform/indicators/define.js';
import { litigationIndicators } from '../modules/litigation/indicators.js';
import { legalReviewIndicators } from '../modules/legal-review/indicators.js';
import { normativeDocsIndicators } from '../modules/normative-docs/indicators.js';
import { decisionsIndicators } from '../modules/decisions/indicators.js';
import { legalAdvisersIndicators } from '../modules/legal-advisers/indicators.js';

/** Every indicator of every module: the only source of statistics for dashboards, bulletins and reports. */
export const indicatorRegistry: Indicator[] = [...litigationIndicators, ...legalReviewIndicators, ...normativeDocsIndicators, ...decisionsIndicators, ...legalAdvisersIndicators];
