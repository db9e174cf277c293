import { toIsoDate, type ModuleCode } from '@fazhi/core';
import {
  demoItemProblems,
  demoItemSpec,
  demoTaskProblems,
  demoTaskSpec,
  honourSpec,
  itemProblems,
  itemSpec,
  roundProblems,
  roundSpec,
  schemeSpec,
  scoreSpec,
  subjectSpec,
  taskOverdue,
  taskProblems,
  taskSpec,
} from '@fazhi/core/inspection';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { defineRegister, type RegisterDef, type Row } from '../../platform/register/define.js';
import { inspectionDemoItems, inspectionDemoTasks, inspectionHonours, inspectionItems, inspectionRounds, inspectionSchemes, inspectionScores, inspectionSubjects, inspectionTasks } from './tables.js';

const today = () => toIsoDate(new Date());

/**
 * A record another one points to (the body's roundId, schemeId, itemId): it must be in the actor's scope for the
 * action, else it is refused as not found, without echoing it.
 */
export async function referenced(tx: Db, actor: Actor, def: RegisterDef, id: unknown, action: 'read' | 'update', path: string, what: string): Promise<Row> {
  const t = def.table;
  const [row] = (await tx
    .select()
    .from(t)
    .where(and(eq(t.id, String(id)), isNull(t.deletedAt), scopeCondition(actor, def.spec.module as ModuleCode, action, t, def.spec.entity)))) as Row[];
  if (!row) refuse([{ path, message: `所选${what}不存在或无权操作` }]);
  return row!;
}

/** The indicator must exist in the registry (loaded lazily: the registry is built from the module list that lists this module). */
export async function requireIndicator(id: unknown, path: string) {
  if (typeof id !== 'string') return;
  const { indicatorRegistry } = await import('../../reports/registry.js');
  if (!indicatorRegistry.some((i) => i.id === id)) refuse([{ path, message: `指标“${id}”不存在` }]);
}

export const taskRegister = defineRegister({
  spec: taskSpec,
  table: inspectionTasks,
  naturalKey: ['year', 'orgUnitId', 'title'],
  prepare: (input, { before }) => {
    const merged = { ...before, ...input };
    refuse(taskProblems(merged));
    return { ...input, overdue: taskOverdue(String(merged.state), String(merged.dueOn), today()) };
  },
});

export const roundRegister = defineRegister({
  spec: roundSpec,
  table: inspectionRounds,
  naturalKey: ['year', 'title'],
  prepare: (input, { before }) => {
    refuse(roundProblems({ ...before, ...input }));
    return input;
  },
});

export const subjectRegister = defineRegister({
  spec: subjectSpec,
  table: inspectionSubjects,
  naturalKey: ['roundId', 'orgUnitId'],
  // Only those who run the round record what it found; the inspected unit answers through the workflow.
  prepare: async (input, { tx, actor, before }) => {
    const round = await referenced(tx, actor, roundRegister, input.roundId ?? before?.roundId, 'update', 'roundId', '督察计划');
    const merged = { ...before, ...input };
    if (merged.inspectedOn && (String(merged.inspectedOn) < String(round.startOn) || String(merged.inspectedOn) > String(round.endOn))) {
      refuse([{ path: 'inspectedOn', message: `督察日期应在督察计划期间内（${String(round.startOn)}至${String(round.endOn)}）` }]);
    }
    if (before && before.state !== 'inspected' && 'findings' in input && input.findings !== before.findings) refuse([{ path: 'findings', message: '已下发整改通知或已办结，不能修改督察发现的问题' }]);
    if (!before) {
      const [dup] = await tx
        .select({ id: inspectionSubjects.id })
        .from(inspectionSubjects)
        .where(and(eq(inspectionSubjects.roundId, round.id), eq(inspectionSubjects.orgUnitId, String(input.orgUnitId)), isNull(inspectionSubjects.deletedAt)));
      if (dup) refuse([{ path: 'orgUnitId', message: '该单位已列入本次督察' }]);
    }
    return { ...input, roundTitle: round.title };
  },
});

export const schemeRegister = defineRegister({
  spec: schemeSpec,
  table: inspectionSchemes,
  naturalKey: ['year', 'title'],
  prepare: (input, { before }) => {
    if (before?.publishedOn && Object.keys(input).some((k) => k !== 'note')) refuse([{ path: Object.keys(input)[0]!, message: '考核结果已公布，方案不能再修改' }]);
    return input;
  },
});

/** The scheme of an item or score, writable by the actor and not yet published. */
async function openScheme(tx: Db, actor: Actor, schemeId: unknown, path: string): Promise<Row> {
  const scheme = await referenced(tx, actor, schemeRegister, schemeId, 'update', path, '考核方案');
  if (scheme.publishedOn) refuse([{ path, message: '考核结果已公布，不能再修改考核项目和得分（异议通过申诉办理）' }]);
  return scheme;
}

export const itemRegister = defineRegister({
  spec: itemSpec,
  table: inspectionItems,
  naturalKey: ['schemeId', 'code'],
  prepare: async (input, { tx, actor, before }) => {
    const scheme = await openScheme(tx, actor, input.schemeId ?? before?.schemeId, 'schemeId');
    const merged = { ...before, ...input };
    refuse(itemProblems(merged));
    await requireIndicator(merged.indicatorId, 'indicatorId');
    const values: Record<string, unknown> = { ...input, schemeTitle: scheme.title, orgUnitId: scheme.orgUnitId };
    if (merged.method === 'manual') Object.assign(values, { indicatorId: null, rule: null, target: null });
    return values;
  },
});

export const scoreRegister = defineRegister({
  spec: scoreSpec,
  table: inspectionScores,
  naturalKey: ['itemId', 'orgUnitId'],
  // Scored by the organiser by hand (with evidence attached); indicator-bound items are computed, see service.ts.
  prepare: async (input, { tx, actor, before }) => {
    const item = await referenced(tx, actor, itemRegister, input.itemId ?? before?.itemId, 'update', 'itemId', '考核项目');
    await openScheme(tx, actor, item.schemeId, 'itemId');
    const score = Number(input.score ?? before?.score);
    if (score > Number(item.weight)) refuse([{ path: 'score', message: `得分不能超过该项分值${Number(item.weight)}分` }]);
    if (!before) {
      const [dup] = await tx
        .select({ id: inspectionScores.id })
        .from(inspectionScores)
        .where(and(eq(inspectionScores.itemId, item.id), eq(inspectionScores.orgUnitId, String(input.orgUnitId)), isNull(inspectionScores.deletedAt)));
      if (dup) refuse([{ path: 'orgUnitId', message: '该单位在此项目已有得分，请修改原记录' }]);
    }
    return { ...input, schemeId: item.schemeId, year: (await schemeYear(tx, String(item.schemeId))) ?? 0, itemCode: item.code, itemName: item.name, computed: false, indicatorValue: null };
  },
});

async function schemeYear(tx: Db, id: string) {
  const [s] = await tx.select({ year: inspectionSchemes.year }).from(inspectionSchemes).where(eq(inspectionSchemes.id, id));
  return s?.year;
}

export const demoItemRegister = defineRegister({
  spec: demoItemSpec,
  table: inspectionDemoItems,
  naturalKey: ['year', 'code'],
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    refuse(demoItemProblems(merged));
    await requireIndicator(merged.indicatorId, 'indicatorId');
    if (merged.level === 'second') {
      const [parent] = await tx
        .select({ id: inspectionDemoItems.id })
        .from(inspectionDemoItems)
        .where(
          and(
            eq(inspectionDemoItems.year, Number(merged.year)),
            eq(inspectionDemoItems.code, String(merged.parentCode)),
            eq(inspectionDemoItems.level, 'first'),
            isNull(inspectionDemoItems.deletedAt),
            before ? ne(inspectionDemoItems.id, before.id) : undefined,
          ),
        );
      if (!parent) refuse([{ path: 'parentCode', message: `同一年度没有编号为“${String(merged.parentCode)}”的一级指标` }]);
    }
    return input;
  },
});

export const demoTaskRegister = defineRegister({
  spec: demoTaskSpec,
  table: inspectionDemoTasks,
  naturalKey: ['demoItemId', 'orgUnitId', 'title'],
  prepare: async (input, { tx, actor, before }) => {
    refuse(demoTaskProblems({ ...before, ...input }));
    if (before) return input;
    const item = await referenced(tx, actor, demoItemRegister, input.demoItemId, 'update', 'demoItemId', '示范指标');
    return { ...input, itemCode: item.code };
  },
});

export const honourRegister = defineRegister({
  spec: honourSpec,
  table: inspectionHonours,
  naturalKey: ['year', 'kind', 'orgUnitId', 'title'],
});

export const inspectionRegisters = [taskRegister, roundRegister, subjectRegister, schemeRegister, itemRegister, scoreRegister, demoItemRegister, demoTaskRegister, honourRegister];
