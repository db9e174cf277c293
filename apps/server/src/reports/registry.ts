import { modules } from '../modules/index.js';
import type { Indicator } from '../platform/indicators/define.js';

/** Every indicator of every module: the only source of statistics for dashboards, bulletins and reports. */
export const indicatorRegistry: Indicator[] = modules.flatMap((m) => m.indicators);
