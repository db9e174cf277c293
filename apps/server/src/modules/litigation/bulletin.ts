import type { Actor } from '../../platform/access/actor.js';
import type { IndicatorScope } from '../../platform/indicators/define.js';
import { assertScopeReadable, indicatorBreakdown, indicatorValue } from '../../platform/indicators/engine.js';
import type { Services } from '../../platform/http/types.js';
import { litigationIndicators } from './indicators.js';

const columns = ['litigation.casesReceived', 'litigation.casesClosed', 'litigation.casesLost', 'litigation.hearingsHeld', 'litigation.leaderAppearanceRate'] as const;

/** 月度行政应诉通报: the month's figures for each unit directly under the scope, and the total. */
export async function monthlyBulletin(services: Services, actor: Actor, scope: IndicatorScope) {
  const indicators = columns.map((id) => litigationIndicators.find((i) => i.id === id)!);
  indicators.forEach((i) => assertScopeReadable(actor, i, scope));
  const byUnit = new Map<string, { orgUnitId: string; orgUnitName: string; figures: Record<string, string> }>();
  for (const ind of indicators) {
    for (const b of await indicatorBreakdown(services.db, ind, scope, 'orgUnit')) {
      const row = byUnit.get(b.key) ?? { orgUnitId: b.key, orgUnitName: b.label, figures: {} };
      row.figures[ind.id] = b.display;
      byUnit.set(b.key, row);
    }
  }
  const totals: Record<string, string> = {};
  for (const ind of indicators) totals[ind.id] = (await indicatorValue(services.db, ind, scope)).display;
  return {
    title: `${scope.from.slice(0, 4)}年${Number(scope.from.slice(5, 7))}月行政应诉工作通报`,
    scope,
    columns: indicators.map((i) => ({ id: i.id, label: i.label })),
    rows: [...byUnit.values()].sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName, 'zh-CN')),
    totals,
  };
}
