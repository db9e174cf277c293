import { toIsoDate, type MyWork, type MyWorkGroup } from '@fazhi/core';
import { and, asc, desc, eq, getTableColumns, gte, inArray, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import { assigneeRolesFor, can, scopeCondition } from '../access/policy.js';
import { rowsOf, type Db } from '../db/client.js';
import { registersByPath, type RegisterTable, type Row } from '../register/define.js';
import { recordTitle } from '../register/record-title.js';
import { stepsOf, type TodoRule } from './define.js';

/** Items shown per group; the group's total counts them all. */
const shownPerGroup = 20;

type Columns = RegisterTable & Record<string, AnyColumn>;

function column(t: Columns, name: string): AnyColumn {
  const c = t[name];
  if (!c) throw new Error(`待办规则所用的列 ${name} 不存在`);
  return c;
}

/** The rule's predicate for this actor, or null when the actor can have no such work (no query then). */
function conditionOf(actor: Actor, rule: TodoRule): SQL | null {
  const { register } = rule.flow;
  const { module, entity } = register.spec;
  const t = register.table as Columns;
  const parts: (SQL | undefined)[] = [isNull(t.deletedAt), rule.where?.(t)];
  if (rule.steps) {
    const { states, actions } = stepsOf(rule);
    const held = actions.filter((a) => can(actor, module, a, entity) || assigneeRolesFor(entity, a).length > 0);
    if (held.length === 0) return null;
    parts.push(inArray(column(t, 'state'), states), or(...held.map((a) => scopeCondition(actor, module, a, t, entity))));
  }
  if (rule.submitter) {
    if (!can(actor, module, 'create', entity)) return null;
    parts.push(inArray(column(t, 'state'), [...rule.submitter.states]), eq(column(t, 'createdBy'), actor.userId), scopeCondition(actor, module, 'read', t, entity));
    if (rule.submitter.withinDays) parts.push(gte(t.updatedAt, new Date(Date.now() - rule.submitter.withinDays * 86_400_000)));
  }
  if (rule.ownUnit) parts.push(inArray(t.orgUnitId, [...new Set(actor.grants.map((g) => g.orgUnitId))]));
  return and(...parts)!;
}

async function groupOf(db: Db, actor: Actor, rule: TodoRule, today: string): Promise<MyWorkGroup | null> {
  const where = conditionOf(actor, rule);
  if (!where) return null;
  const { register, workflow } = rule.flow;
  const t = register.table as Columns;
  const due = rule.due ? column(t, rule.due) : undefined;
  // One statement per rule: the first page and, on each row, the total (count over the whole match).
  const rows = (await db
    .select({ ...getTableColumns(t), matched: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(t)
    .where(where)
    .orderBy(...(due ? [sql`${due} asc nulls last`] : []), desc(t.updatedAt), asc(t.id))
    .limit(shownPerGroup)) as (Row & { matched: number })[];
  const total = rows[0]?.matched ?? 0;
  if (total === 0) return null;
  return {
    key: rule.key,
    module: register.spec.module,
    label: rule.label,
    total,
    items: rows.map((row) => {
      const dueOn = rule.due ? ((row[rule.due] as string | null) ?? null) : null;
      return {
        id: row.id,
        title: recordTitle(register, row),
        state: String(row.state),
        stateLabel: workflow.states.label(String(row.state)),
        orgUnitId: row.orgUnitId,
        dueOn,
        overdue: dueOn !== null && dueOn < today,
        link: `/${register.spec.path}/${row.id}`,
      };
    }),
  };
}

/** 我的待办: every rule's records waiting on the actor, grouped, in the modules' order. */
export async function myWork(db: Db, actor: Actor, rules: readonly TodoRule[], today = toIsoDate(new Date())): Promise<MyWork> {
  const groups: MyWorkGroup[] = [];
  for (const rule of rules) {
    const group = await groupOf(db, actor, rule, today);
    if (group) groups.push(group);
  }
  return { total: groups.reduce((n, g) => n + g.total, 0), groups };
}

/**
 * Registers the actor can use: those where a grant lets them create records, and those holding a record they may
 * read (their unit's, or assigned to them) — one query for all. The menu hides the rest.
 */
export async function usableRegisters(db: Db, actor: Actor): Promise<{ usable: string[]; hidden: string[] }> {
  const usable: string[] = [];
  const probes: { path: string; probe: SQL }[] = [];
  for (const [path, register] of registersByPath) {
    const { module, entity } = register.spec;
    if (can(actor, module, 'create', entity)) usable.push(path);
    else {
      const t = register.table;
      probes.push({ path, probe: sql`exists (select 1 from ${t} where ${and(isNull(t.deletedAt), scopeCondition(actor, module, 'read', t, entity))})` });
    }
  }
  if (probes.length) {
    const [row] = rowsOf<Record<string, boolean>>(
      await db.execute(
        sql`select ${sql.join(
          probes.map((p, i) => sql`${p.probe} as ${sql.raw(`p${i}`)}`),
          sql`, `,
        )}`,
      ),
    );
    probes.forEach((p, i) => {
      if (row?.[`p${i}`]) usable.push(p.path);
    });
  }
  return { usable: usable.sort(), hidden: [...registersByPath.keys()].filter((p) => !usable.includes(p)).sort() };
}
