import type { Indicator } from '../platform/indicators/define.js';
import { litigationIndicators } from '../modules/litigation/indicators.js';

/** Every indicator of every module: the only source of statistics for dashboards, bulletins and reports. */
export const indicatorRegistry: Indicator[] = [...litigationIndicators];
