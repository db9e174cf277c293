import type { Action, StepAction } from '@fazhi/core';
import type { AnyColumn, SQL } from 'drizzle-orm';
import type { RegisterDef, RegisterTable } from '../register/define.js';

/** The part of a bound workflow a to-do rule reads: its register and its steps' states and actions. */
type FlowLike = {
  register: RegisterDef;
  workflow: { states: { label: (code: string) => string }; steps: Record<string, { from: readonly string[]; action?: StepAction }> };
};

/**
 * One kind of work waiting on someone (我的待办), declared by the module beside its manifest. Either it is whoever
 * may take one of `steps` (by the access policy: their scope, or as an assignee), for records in those steps'
 * from-states; or it is the submitter's (the user who created the record), for records in `submitter.states` —
 * sent back, or asked for materials. The kit turns it into one scoped query; no module filters by hand.
 */
export type TodoRule = {
  key: string;
  label: string;
  flow: FlowLike;
  steps?: readonly string[];
  submitter?: { states: readonly string[] /** Only records that reached the state this recently (by last change). */; withinDays?: number };
  /** Only records of the units where the actor holds a role, not their subtree (the drafting unit's own work). */
  ownUnit?: boolean;
  /** The deadline column, if the records have one (listed soonest first; past it the item shows overdue). */
  due?: string;
  /** A further condition of the records (a guard the state alone does not express, e.g. 采纳情况 not yet recorded). */
  where?: (table: RegisterTable & Record<string, AnyColumn>) => SQL | undefined;
};

export function defineTodo(rule: TodoRule): TodoRule {
  return rule;
}

/** The states and actions a rule's steps name. */
export function stepsOf(rule: TodoRule): { states: string[]; actions: Action[] } {
  const steps = (rule.steps ?? []).map((n) => {
    const step = rule.flow.workflow.steps[n];
    if (!step) throw new Error(`待办规则 ${rule.key} 指向不存在的环节 ${n}`);
    return step;
  });
  return { states: [...new Set(steps.flatMap((s) => s.from))], actions: [...new Set(steps.map((s) => s.action ?? 'transition'))] };
}
