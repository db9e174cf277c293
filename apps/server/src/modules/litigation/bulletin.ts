import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { renderTableDocx } from '../../platform/documents/table-docx.js';
import { chineseDate } from '../../platform/documents/model.js';
import type { IndicatorScope } from '../../platform/indicators/define.js';
import { assertScopeReadable, indicatorBreakdown, indicatorValues } from '../../platform/indicators/engine.js';
import { AppError } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { litigationIndicators } from './indicators.js';
import { litigationBulletins } from './tables.js';

const columns = ['litigation.casesReceived', 'litigation.casesClosed', 'litigation.casesLost', 'litigation.hearingsHeld', 'litigation.leaderAppearanceRate'] as const;
const indicators = columns.map((id) => litigationIndicators.find((i) => i.id === id)!);

export function assertBulletinReadable(actor: Actor, scope: IndicatorScope) {
  for (const i of indicators) assertScopeReadable(actor, i, scope);
}

/** Scope of one calendar month for a unit. */
export function monthScope(orgUnitId: string, orgPath: string, month: string): IndicatorScope {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { orgUnitId, orgPath, from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** 月度行政应诉通报: the month's figures for each unit directly under the scope, and the total. */
export async function bulletinData(db: Db, scope: IndicatorScope) {
  const byUnit = new Map<string, { orgUnitId: string; orgUnitName: string; figures: Record<string, string> }>();
  for (const ind of indicators) {
    for (const b of await indicatorBreakdown(db, ind, scope, 'orgUnit')) {
      const row = byUnit.get(b.key) ?? { orgUnitId: b.key, orgUnitName: b.label, figures: {} };
      row.figures[ind.id] = b.display;
      byUnit.set(b.key, row);
    }
  }
  const totals: Record<string, string> = Object.fromEntries((await indicatorValues(db, indicators, scope)).map((v) => [v.id, v.display]));
  return {
    title: `${scope.from.slice(0, 4)}年${Number(scope.from.slice(5, 7))}月行政应诉工作通报`,
    scope,
    columns: indicators.map((i) => ({ id: i.id, label: i.label })),
    rows: [...byUnit.values()].sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName, 'zh-CN')),
    totals,
  };
}

/** Generates and stores the month's bulletin (DOCX) for a unit; a second run for the same month replaces it. */
export async function generateBulletin(db: Db, orgUnitId: string, month: string, now = new Date()) {
  const [unit] = await db.select({ name: orgUnits.name, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
  if (!unit) throw new AppError('notFound', '单位不存在');
  const data = await bulletinData(db, monthScope(orgUnitId, unit.path, month));
  const t = data.totals;
  const docx = await renderTableDocx({
    title: data.title,
    intro: `${month.slice(0, 4)}年${Number(month.slice(5))}月，全区收到行政诉讼案件${t['litigation.casesReceived']}，审结${t['litigation.casesClosed']}，其中败诉${t['litigation.casesLost']}；开庭${t['litigation.hearingsHeld']}，行政机关负责人出庭应诉率${t['litigation.leaderAppearanceRate']}。各单位情况如下：`,
    columns: ['单位', ...data.columns.map((c) => c.label)],
    rows: [...data.rows.map((r) => [r.orgUnitName, ...columns.map((c) => r.figures[c] ?? '0')]), ['合计', ...columns.map((c) => t[c] ?? '')]],
    orgName: unit.name,
    dateText: chineseDate(now),
  });
  await db.transaction(async (tx) => {
    await tx.delete(litigationBulletins).where(and(eq(litigationBulletins.orgUnitId, orgUnitId), eq(litigationBulletins.month, month)));
    await tx.insert(litigationBulletins).values({ orgUnitId, month, title: data.title, data, docx, generatedAt: now });
  });
  return data;
}

export async function listBulletins(db: Db, orgUnitId: string) {
  return db
    .select({ id: litigationBulletins.id, month: litigationBulletins.month, title: litigationBulletins.title, generatedAt: litigationBulletins.generatedAt })
    .from(litigationBulletins)
    .where(eq(litigationBulletins.orgUnitId, orgUnitId))
    .orderBy(desc(litigationBulletins.month));
}

export async function bulletinFile(db: Db, id: string) {
  const [row] = await db.select().from(litigationBulletins).where(eq(litigationBulletins.id, id));
  if (!row) throw new AppError('notFound');
  return row;
}
