import { and, count, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, SelectedFields } from 'drizzle-orm/pg-core';
import type { Actor } from '../access/actor.js';
import { inSubtrees, scopePaths } from '../access/policy.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { orgUnits } from '../org/tables.js';
import type { Indicator, IndicatorScope, IndicatorValue, RecordSet } from './define.js';

const setWhere = (set: RecordSet, scope: IndicatorScope): SQL => and(inSubtrees(set.orgUnitColumn, [scope.orgPath], scope.tree), set.where(scope))!;

/**
 * The set's table with its row facts joined: a figure, its records and its breakdowns all read from here, so they
 * see the same facts. (`$dynamic` lets the joins be added in a loop; they add no selected fields.)
 */
function fromSet(db: Db, selection: SelectedFields, set: Pick<RecordSet, 'table' | 'idColumn' | 'facts'>, scope: IndicatorScope) {
  let q = db.select(selection).from(set.table).$dynamic();
  for (const f of set.facts ?? []) q = q.leftJoin(sql`(${f.sql(scope)}) as ${sql.identifier(f.alias)}`, sql`${sql.identifier(f.alias)}.id = ${set.idColumn}`);
  return q;
}

export function assertScopeReadable(actor: Actor, indicator: Indicator, scope: IndicatorScope) {
  if (!scopePaths(actor, indicator.module, 'read').some((p) => scope.orgPath.startsWith(p))) {
    throw new AppError('forbidden', `无权查看该单位的“${indicator.label}”`);
  }
}

/** "100%" when exact; one decimal only when it means something ("66.7%", and "100.0%" for 2,999 of 3,000). */
export function formatRate(n: number, d: number): string {
  if (d === 0) return '—';
  return (n * 100) % d === 0 ? `${(n * 100) / d}%` : `${((n / d) * 100).toFixed(1)}%`;
}

/** One aggregate an indicator needs: the size of a record set, or the sum of a column over it. */
type Measure = { set: RecordSet; column?: AnyPgColumn };

function measuresOf(indicator: Indicator): Measure[] {
  switch (indicator.kind) {
    case 'count':
      return [{ set: indicator.set }];
    case 'sum':
      return [{ set: indicator.set, column: indicator.column }];
    case 'rate':
      return [{ set: indicator.numerator }, { set: indicator.denominator }];
  }
}

/**
 * Every aggregate of the given indicators, one query per table: `count(*) filter (where …)` per record set over
 * the scope's subtree. A dashboard asks for dozens of indicators over a handful of tables at once.
 */
async function measureValues(db: Db, measures: Measure[], scope: IndicatorScope): Promise<number[]> {
  const out = new Array<number>(measures.length).fill(0);
  // One query per table, unit column and facts: sets that share them are counted together.
  const groups: { set: RecordSet; indexes: number[] }[] = [];
  measures.forEach(({ set }, i) => {
    const group = groups.find((g) => g.set.table === set.table && g.set.orgUnitColumn === set.orgUnitColumn && g.set.facts === set.facts);
    if (group) group.indexes.push(i);
    else groups.push({ set, indexes: [i] });
  });
  for (const { set: first, indexes } of groups) {
    const selection = Object.fromEntries(
      indexes.map((i) => {
        const { set, column } = measures[i]!;
        const aggregate = column ? sql`coalesce(sum(${column}) filter (where ${set.where(scope)}), 0)` : sql`count(*) filter (where ${set.where(scope)})`;
        return [`m${i}`, aggregate.mapWith(Number)];
      }),
    );
    // The OR of the sets' predicates reads only rows some figure counts, so their date indexes still serve.
    const anySet = or(...indexes.map((i) => measures[i]!.set.where(scope)));
    const [row] = await fromSet(db, selection, first, scope).where(and(inSubtrees(first.orgUnitColumn, [scope.orgPath], scope.tree), anySet));
    for (const i of indexes) out[i] = Number((row as Record<string, unknown> | undefined)?.[`m${i}`] ?? 0);
  }
  return out;
}

/** The values of several indicators for one scope, in the order given. */
export async function indicatorValues(db: Db, indicators: Indicator[], scope: IndicatorScope): Promise<IndicatorValue[]> {
  const perIndicator = indicators.map(measuresOf);
  const values = await measureValues(db, perIndicator.flat(), scope);
  let next = 0;
  return indicators.map((indicator) => {
    const base = { id: indicator.id, label: indicator.label, unit: indicator.unit };
    if (indicator.kind !== 'rate') {
      const value = values[next++]!;
      return { ...base, value, display: `${value}${indicator.unit}` };
    }
    const [numerator, denominator] = [values[next++]!, values[next++]!];
    return {
      ...base,
      value: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10,
      numerator,
      denominator,
      display: formatRate(numerator, denominator),
    };
  });
}

/** The records behind a value; for a rate, `part` picks the numerator (default) or the denominator. */
export async function indicatorRecords(db: Db, indicator: Indicator, scope: IndicatorScope, page: number, pageSize: number, part: 'numerator' | 'denominator' = 'numerator') {
  const set = indicator.kind === 'rate' ? indicator[part] : indicator.set;
  const where = setWhere(set, scope);
  const selection = Object.fromEntries([['id', set.idColumn], ...set.columns.map((c) => [c.name, c.column])]);
  const [totalRow] = (await fromSet(db, { n: count() }, set, scope).where(where)) as { n: number }[];
  const rows = await fromSet(db, selection, set, scope)
    .where(where)
    .orderBy(sql`${set.dateColumn} desc`, set.idColumn)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const items = rows.map((r: Record<string, unknown>) => {
    const out: Record<string, unknown> = { ...r };
    for (const c of set.columns) if (c.codes) out[c.name] = c.codes.label(r[c.name] as string);
    return out;
  });
  return {
    total: totalRow?.n ?? 0,
    page,
    pageSize,
    recordPath: set.recordPath,
    columns: set.columns.map(({ name, label, kind }) => ({ name, label, kind: kind ?? 'text' })),
    items,
  };
}

type Bucket = { key: string; label: string; n: number };

async function bucketsOf(db: Db, set: RecordSet, scope: IndicatorScope, by: string, measure: SQL<number> = count()): Promise<Bucket[]> {
  const where = setWhere(set, scope);
  const n = measure;
  const from = (fields: SelectedFields) => fromSet(db, fields, set, scope);
  if (by === 'month') {
    const key = sql<string>`to_char(${set.dateColumn}, 'YYYY-MM')`;
    const rows = (await from({ key, n }).where(where).groupBy(key).orderBy(key)) as { key: string; n: number }[];
    return rows.map((r) => ({ key: r.key, label: r.key, n: r.n }));
  }
  if (by === 'orgUnit') {
    // Each record counts for the child unit of the scope whose subtree holds it (or the scope unit itself).
    const rows = (await from({ key: sql<string>`coalesce(c.id::text, ${scope.orgUnitId})`, n })
      .innerJoin(sql`${orgUnits} u`, sql`u.id = ${set.orgUnitColumn}`)
      .leftJoin(sql`${orgUnits} c`, sql`c.parent_id = ${scope.orgUnitId} and u.path like c.path || '%'`)
      .where(where)
      .groupBy(sql`c.id`)) as { key: string; n: number }[];
    const names = new Map((await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits)).map((o) => [o.id, o.name]));
    return rows.map((r) => ({ key: r.key, label: names.get(r.key) ?? r.key, n: r.n })).sort((a, b) => b.n - a.n);
  }
  const dim = set.dimensions && Object.hasOwn(set.dimensions, by) ? set.dimensions[by] : undefined;
  if (!dim) throw new AppError('validation', `不支持按“${by}”分组`, [{ path: 'query.by', message: `不支持按“${by}”分组` }]);
  const rows = (await from({ key: dim.column, n }).where(where).groupBy(dim.column)) as { key: unknown; n: number }[];
  return rows.map((r) => ({ key: String(r.key), label: dim.codes.label(String(r.key)), n: Number(r.n) })).sort((a, b) => b.n - a.n);
}

export async function indicatorBreakdown(db: Db, indicator: Indicator, scope: IndicatorScope, by: string) {
  if (indicator.kind !== 'rate') {
    // float8, not int: sums of fractional values (service hours in half-hour steps) must not be rounded per bucket.
    const measure = indicator.kind === 'sum' ? sql<number>`coalesce(sum(${indicator.column}), 0)::float8` : count();
    const dims = indicator.set.dimensions ?? {};
    const units = (Object.hasOwn(dims, by) ? dims[by]!.units : undefined) ?? {};
    return (await bucketsOf(db, indicator.set, scope, by, measure)).map((b) => ({ key: b.key, label: b.label, value: b.n, display: `${b.n}${units[b.key] ?? indicator.unit}` }));
  }
  const [nums, dens] = [await bucketsOf(db, indicator.numerator, scope, by), await bucketsOf(db, indicator.denominator, scope, by)];
  return dens.map((d) => {
    const n = nums.find((x) => x.key === d.key)?.n ?? 0;
    return { key: d.key, label: d.label, value: d.n === 0 ? null : Math.round((n / d.n) * 1000) / 10, numerator: n, denominator: d.n, display: formatRate(n, d.n) };
  });
}
