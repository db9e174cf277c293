import { contextPlaceholders, parseFigureName } from '@fazhi/core/reports';
import type { Indicator } from '../../platform/indicators/define.js';
import { narrowIndicator } from '../../platform/indicators/narrow.js';
import { indicatorRegistry } from '../registry.js';

const byId = new Map(indicatorRegistry.map((i) => [i.id, i]));

/**
 * The indicator a report placeholder names: {litigation.casesReceived}, or a breakdown value such as
 * {normativeDocs.cleanups:conclusion=repeal}. A string is the reason it names none; undefined for {year} and the like.
 */
export function figureIndicator(name: string): Indicator | string | undefined {
  if (Object.hasOwn(contextPlaceholders, name)) return undefined;
  const { id, filter } = parseFigureName(name);
  const indicator = byId.get(id);
  if (!indicator) return `未知的指标或占位符“{${name}}”`;
  return filter ? narrowIndicator(indicator, name, filter) : indicator;
}
