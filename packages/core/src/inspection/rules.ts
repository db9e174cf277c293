import { addWorkingDays } from '../calendar/working-days.js';
import type { DeadlineRule } from '../calendar/deadlines.js';

/** A 工作要点 task is overdue when not done and its deadline (a ceiling, the day itself included) has passed. */
export function taskOverdue(state: string, dueOn: string, today: string): boolean {
  return state !== 'done' && dueOn < today;
}

/**
 * Appeal against a published 考核 score: no national text fixes the window, so it is a district setting (default 5
 * working days from the day after publication); the scheme may set its own.
 */
export const appealWindowRule: DeadlineRule = {
  key: 'inspection.appeal',
  label: '考核结果申诉',
  value: 5,
  unit: 'workingDays',
  status: 'setting',
  source: '区级设置：考核结果公布之日起5个工作日内提出申诉（无全国统一规定）',
};

/** Last day of the appeal window (a ceiling): `days` working days after the publication day. */
export function appealDueOn(publishedOn: string, days: number): string {
  return addWorkingDays(publishedOn, days);
}

/** Why an appeal on `appealedOn` is refused (empty when in time). */
export function appealProblems(publishedOn: string | null, days: number, appealedOn: string): string[] {
  if (!publishedOn) return ['考核结果尚未公布，不能申诉'];
  if (appealedOn < publishedOn) return ['申诉日期不能早于考核结果公布日期'];
  const due = appealDueOn(publishedOn, days);
  return appealedOn > due ? [`申诉期已过：应在考核结果公布后${days}个工作日内（截至${due}）提出`] : [];
}

export type ScoredItem = { weight: number; method: string; rule: string | null; target: number | null };

/**
 * Points of an indicator-bound item from the indicator's value: proportional = weight × min(value ÷ target, 1);
 * threshold = the full weight when the value reaches the target, else 0. No value (an empty base) gives null: the
 * item cannot be computed and is scored by hand.
 */
export function itemScore(item: ScoredItem, value: number | null): number | null {
  if (item.method !== 'indicator' || value === null || item.target === null) return null;
  if (item.rule === 'threshold') return value >= item.target ? item.weight : 0;
  if (item.target <= 0) return item.weight;
  return Math.round(item.weight * Math.min(value / item.target, 1) * 100) / 100;
}

/** A scheme's weights must add up to 100 points before it can be published. */
export function weightProblems(weights: readonly number[]): string[] {
  const total = Math.round(weights.reduce((a, b) => a + b, 0) * 100) / 100;
  if (weights.length === 0) return ['考核方案尚无考核项目'];
  return total === 100 ? [] : [`考核项目分值合计${total}分，应为100分`];
}

export type UnitScore = { orgUnitId: string; unitName: string; score: number };
export type RankedUnit = { orgUnitId: string; unitName: string; total: number; rank: number; items: number };

/** Totals per unit, highest first; equal totals share a rank (1, 2, 2, 4). */
export function rankUnits(scores: readonly UnitScore[]): RankedUnit[] {
  const byUnit = new Map<string, RankedUnit>();
  for (const s of scores) {
    const u = byUnit.get(s.orgUnitId) ?? { orgUnitId: s.orgUnitId, unitName: s.unitName, total: 0, rank: 0, items: 0 };
    u.total = Math.round((u.total + s.score) * 100) / 100;
    u.items += 1;
    byUnit.set(s.orgUnitId, u);
  }
  const sorted = [...byUnit.values()].sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'zh'));
  sorted.forEach((u, i) => {
    u.rank = i > 0 && sorted[i - 1]!.total === u.total ? sorted[i - 1]!.rank : i + 1;
  });
  return sorted;
}

export type DemoTaskStatus = { itemId: string; selfAssessment: string; state: string };
export type Readiness = { tasks: number; done: number; met: number; partly: number; notMet: number; ready: boolean };

/** Readiness of one 示范 item: ready when it has tasks and every task is done and self-assessed as 达标. */
export function readinessOf(tasks: readonly DemoTaskStatus[]): Readiness {
  const r = { tasks: tasks.length, done: 0, met: 0, partly: 0, notMet: 0, ready: false };
  for (const t of tasks) {
    if (t.state === 'done') r.done += 1;
    if (t.selfAssessment === 'met') r.met += 1;
    else if (t.selfAssessment === 'partly') r.partly += 1;
    else r.notMet += 1;
  }
  r.ready = r.tasks > 0 && r.done === r.tasks && r.met === r.tasks;
  return r;
}
