import { indicatorBreakdownResponse, indicatorCatalogueResponse, indicatorRecordsResponse, indicatorValuesResponse, int4Max, isoDateField, toIsoDate } from '@fazhi/core';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../access/actor.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { orgUnits } from '../org/tables.js';
import type { Indicator, IndicatorScope } from './define.js';
import { assertScopeReadable, indicatorBreakdown, indicatorRecords, indicatorValues } from './engine.js';
import { indicatorDimensions } from './narrow.js';

const scopeQuery = z.object({
  org: z.uuid({ message: '单位编号格式不正确' }).optional(),
  from: isoDateField.optional(),
  to: isoDateField.optional(),
});

/** Defaults: the actor's broadest unit, from 1 January of this year to today. */
export async function resolveScope(db: Db, actor: Actor, q: z.infer<typeof scopeQuery>): Promise<IndicatorScope> {
  const today = toIsoDate(new Date());
  const from = q.from ?? `${today.slice(0, 4)}-01-01`;
  const to = q.to ?? today;
  if (from > to) throw new AppError('validation', '开始日期不能晚于结束日期', [{ path: 'query.from', message: '开始日期不能晚于结束日期' }]);
  const orgUnitId = q.org ?? [...actor.grants].sort((a, b) => a.path.length - b.path.length)[0]?.orgUnitId;
  if (!orgUnitId) throw new AppError('forbidden');
  const path = actor.orgTree ? actor.orgTree.pathOf(orgUnitId) : (await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, orgUnitId)))[0]?.path;
  if (!path) throw new AppError('validation', '单位不存在', [{ path: 'query.org', message: '单位不存在' }]);
  return { orgUnitId, orgPath: path, from, to, ...(actor.orgTree ? { tree: actor.orgTree } : {}) };
}

export async function indicatorRoutes(app: App, { db }: Services, registry: Indicator[]) {
  const tags = ['指标'];
  const byId = new Map(registry.map((i) => [i.id, i]));
  const find = (id: string) => {
    const ind = byId.get(id);
    if (!ind) throw new AppError('notFound', `指标“${id}”不存在`);
    return ind;
  };

  app.get('/api/indicators', { schema: { tags, summary: '指标目录', response: { 200: indicatorCatalogueResponse } } }, async () =>
    registry.map((i) => {
      const dimensions = indicatorDimensions(i);
      return { id: i.id, module: i.module, label: i.label, unit: i.unit, definition: i.definition, kind: i.kind, ...(dimensions.length ? { dimensions } : {}) };
    }),
  );

  app.get(
    '/api/indicators/values',
    {
      schema: {
        tags,
        summary: '指标值（单位及下属 × 期间）',
        querystring: scopeQuery.extend({ ids: z.string().min(1, { message: '请指定指标' }).max(4000) }),
        response: { 200: indicatorValuesResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const scope = await resolveScope(db, actor, request.query);
      const indicators = request.query.ids.split(',').map(find);
      for (const i of indicators) assertScopeReadable(actor, i, scope);
      return { scope, values: await indicatorValues(db, indicators, scope) };
    },
  );

  const idParams = z.object({ id: z.string().max(100) });
  app.get(
    '/api/indicators/:id/records',
    {
      schema: {
        tags,
        summary: '指标下钻：数值背后的记录',
        params: idParams,
        querystring: scopeQuery.extend({
          page: z.coerce.number().int().min(1).max(int4Max).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
          part: z.enum(['numerator', 'denominator']).default('numerator'),
        }),
        response: { 200: indicatorRecordsResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const indicator = find(request.params.id);
      const scope = await resolveScope(db, actor, request.query);
      assertScopeReadable(actor, indicator, scope);
      const { page, pageSize, part } = request.query;
      return { indicator: { id: indicator.id, label: indicator.label, unit: indicator.unit, kind: indicator.kind }, scope, ...(await indicatorRecords(db, indicator, scope, page, pageSize, part)) };
    },
  );

  app.get(
    '/api/indicators/:id/breakdown',
    {
      schema: {
        tags,
        summary: '指标分组：按月、按下级单位或按维度',
        params: idParams,
        querystring: scopeQuery.extend({ by: z.string().min(1).max(40) }),
        response: { 200: indicatorBreakdownResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const indicator = find(request.params.id);
      const scope = await resolveScope(db, actor, request.query);
      assertScopeReadable(actor, indicator, scope);
      return indicatorBreakdown(db, indicator, scope, request.query.by);
    },
  );
}
