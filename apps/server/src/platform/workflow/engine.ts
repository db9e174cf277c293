import { toIsoDate, type StepAction, type StepOption, type Workflow } from '@fazhi/core';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../access/actor.js';
import { scopeCondition } from '../access/policy.js';
import { diffFields, recordAudit } from '../audit/service.js';
import type { FieldChange } from '../audit/tables.js';
import { auditActorOf } from '../auth/service.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { noticeToSubmitter } from '../notify/moved.js';
import type { Services } from '../http/types.js';
import type { RegisterDef, Row } from '../register/define.js';
import { loadForWrite, searchTextOf } from '../register/service.js';

type Inputs = Record<string, z.ZodObject>;

/** What a step's hooks see: the locked row, its facts, the validated input, the day. */
export type StepContext<F, I> = { tx: Db; services: Services; actor: Actor; before: Row; facts: F; input: I; today: string };

/** A workflow bound to the register that stores its records, with the module's own lookups. */
export type WorkflowBinding<S extends string, F extends { state: S }, T extends Inputs> = {
  workflow: Workflow<S, F, T>;
  register: RegisterDef;
  /** What the guards read: the record plus whatever the module looks up (linked reviews, child counts). */
  facts: (db: Db, row: Row, today: string) => Promise<F> | F;
  /**
   * Column values a step writes beyond its input and the new state (numbers, due dates, lateness). Input fields
   * that are not columns of the table are not written: a hook uses them, or `after` writes them elsewhere.
   * A hook may throw an AppError naming a field.
   */
  values?: { [K in keyof T]?: (ctx: StepContext<F, z.output<T[K]>>) => Promise<Record<string, unknown>> | Record<string, unknown> };
  /** Derived columns recomputed on every step from the merged row (a case's 败诉 flag from its outcome). */
  derive?: (merged: Row) => Record<string, unknown>;
  /** Writes beyond the row (child lists, linked records), inside the same transaction; returns their changes for the audit entry. */
  after?: { [K in keyof T]?: (ctx: StepContext<F, z.output<T[K]>> & { values: Record<string, unknown> }) => Promise<FieldChange[] | undefined> };
  /** The audit entry's summary; the step's label by default. Gets the input too, for what no column keeps (a reason). */
  summary?: (name: keyof T & string, values: Record<string, unknown>, input: Record<string, unknown>) => string;
};

export function bindWorkflow<S extends string, F extends { state: S }, T extends Inputs>(binding: WorkflowBinding<S, F, T>): WorkflowBinding<S, F, T> {
  return binding;
}

/** The actions of the workflow's steps that the actor holds over this record (by scope or as an assignee), in one query. */
async function actionsHeld<S extends string, F extends { state: S }, T extends Inputs>(db: Db, actor: Actor, binding: WorkflowBinding<S, F, T>, id: string): Promise<Set<StepAction>> {
  const { register, workflow } = binding;
  const actions = [...new Set(Object.values(workflow.steps).map((s) => s.action ?? 'transition'))] as StepAction[];
  const columns = Object.fromEntries(actions.map((a) => [a, sql<boolean>`(${scopeCondition(actor, register.spec.module, a, register.table, register.spec.entity)})`.mapWith(Boolean)]));
  const [row] = await db.select(columns).from(register.table).where(eq(register.table.id, id));
  return new Set(actions.filter((a) => row?.[a]));
}

/** Every step of the record's workflow, allowed or with the reasons it is refused, for the detail response. */
export async function stepOptions<S extends string, F extends { state: S }, T extends Inputs>(db: Db, actor: Actor, binding: WorkflowBinding<S, F, T>, row: Row): Promise<StepOption[]> {
  const held = await actionsHeld(db, actor, binding, row.id);
  const facts = await binding.facts(db, row, toIsoDate(new Date()));
  return binding.workflow.options(facts, (a) => held.has(a));
}

const columnNames = new WeakMap<object, Set<string>>();
function onlyColumns(register: RegisterDef, values: Record<string, unknown>): Record<string, unknown> {
  let names = columnNames.get(register.table);
  if (!names) columnNames.set(register.table, (names = new Set(Object.keys(getTableColumns(register.table)))));
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== undefined && names.has(k)));
}

/**
 * Takes one step: lock the row at the version read → facts → guard and check → values → write with the version
 * bumped → audit, all in one transaction. A refusal is a 409 with the Chinese reasons, and writes nothing.
 */
export async function fireStep<S extends string, F extends { state: S }, T extends Inputs>(
  services: Services,
  actor: Actor,
  binding: WorkflowBinding<S, F, T>,
  id: string,
  name: keyof T & string,
  body: Record<string, unknown> & { version: number },
): Promise<void> {
  const { workflow, register } = binding;
  const step = workflow.steps[name];
  const { version, ...input } = body;
  await services.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, register, id, step.action ?? 'transition', version);
    const today = toIsoDate(new Date());
    const facts = await binding.facts(tx, before, today);
    const refusal = workflow.refusal(name, facts, input as z.output<T[typeof name]>);
    if (refusal) throw new AppError(refusal.kind === 'state' ? 'transitionNotAllowed' : 'guardFailed', refusal.reasons.join('；'));
    const ctx = { tx, services, actor, before, facts, input: input as z.output<T[typeof name]>, today };
    const extra = (await binding.values?.[name]?.(ctx)) ?? {};
    let values = onlyColumns(register, { ...input, ...extra, state: workflow.next(name, facts, input as z.output<T[typeof name]>) });
    if (binding.derive) values = { ...values, ...onlyColumns(register, binding.derive({ ...before, ...values } as Row)) };
    const merged = { ...before, ...values } as Row;
    await tx
      .update(register.table)
      .set({ ...values, searchText: searchTextOf(register, merged), version: before.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(register.table.id, id));
    const childChanges = (await binding.after?.[name]?.({ ...ctx, values })) ?? [];
    await noticeToSubmitter(tx, actor, register, before, step.label, merged);
    await recordAudit(tx, auditActorOf(actor), {
      action: `transition.${name}`,
      entityType: register.spec.entity,
      entityId: id,
      summary: binding.summary?.(name, values, input) ?? step.label,
      changes: [...diffFields(before, values, register.secretColumns ?? []), ...childChanges],
    });
  });
}
