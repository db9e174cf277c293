import { addCalendarDays, daysBetween, nearDueDays, toIsoDate } from '@fazhi/core';
import {
  availableReviewTransitions,
  dueAfterPause,
  reviewTransitionInputs,
  reviewTransitionProblems,
  reviewTransitions,
  runningStates,
  type ReviewState,
  type ReviewSubjectKind,
  type ReviewTransition,
} from '@fazhi/core/legal-review';
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import { assignments } from '../../platform/access/tables.js';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { users } from '../../platform/auth/tables.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import type { Row } from '../../platform/register/define.js';
import { getRecord, loadForWrite, searchTextOf } from '../../platform/register/service.js';
import { reviewRegister } from './registers.js';
import { legalReviewRequests as r } from './tables.js';

const entity = reviewRegister.spec.entity;
const actionOf = (name: ReviewTransition) => (reviewTransitions[name].side === 'reviewer' ? 'transition' : 'update');

/** Which of this request's steps the actor may take: reviewer steps by scope or assignment, the submitter's by unit. */
async function sidesAllowed(db: Db, actor: Actor, id: string) {
  const may = async (action: 'transition' | 'update') =>
    (await db.select({ id: r.id }).from(r).where(and(eq(r.id, id), scopeCondition(actor, 'legalReview', action, r, entity)))).length > 0;
  return { transition: await may('transition'), update: await may('update') };
}

/** Names of the 法律顾问/公职律师 assigned to the request. */
async function assignedAdvisers(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .select({ name: users.displayName })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(and(eq(assignments.entityType, entity), eq(assignments.entityId, id), eq(assignments.role, 'adviser')));
  return rows.map((x) => x.name);
}

/** Request detail with its linked subject, days left and the steps the actor may take now. */
export async function getRequest(services: Services, actor: Actor, id: string, today = toIsoDate(new Date())) {
  const record = await getRecord(services, actor, reviewRegister, id);
  const allowed = await sidesAllowed(services.db, actor, id);
  const state = record.state as ReviewState;
  const transitions = availableReviewTransitions(state).filter((t) => {
    if (!allowed[actionOf(t)]) return false;
    if (t === 'extend') return record.subjectKind === 'normativeDocument';
    if (t === 'recordAdoption') return record.adopted === null;
    return true;
  });
  const running = runningStates.includes(state);
  return {
    ...record,
    permissions: { ...record.permissions, transition: allowed.transition },
    transitions,
    daysLeft: running ? daysBetween(today, String(record.dueOn)) : null,
  };
}

export async function fireReviewTransition(services: Services, actor: Actor, id: string, name: ReviewTransition, body: Record<string, unknown> & { version: number }) {
  const def = reviewTransitions[name];
  const { version, ...rest } = body;
  const input = reviewTransitionInputs[name].parse(rest) as Record<string, unknown>;
  await services.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, reviewRegister, id, actionOf(name), version);
    const advisers = name === 'conclude' ? await assignedAdvisers(tx, id) : [];
    const recordedNames = (input.adviserNames as string | undefined) ?? (before.adviserNames as string | null) ?? (advisers.length ? advisers.join('、') : null);
    const state = before.state as ReviewState;
    const problems = reviewTransitionProblems(
      name,
      {
        state,
        subjectKind: before.subjectKind as ReviewSubjectKind,
        receivedOn: String(before.receivedOn),
        dueOn: String(before.dueOn),
        pausedWorkingDays: Number(before.pausedWorkingDays),
        supplementRequestedOn: before.supplementRequestedOn as string | null,
        adopted: before.adopted as boolean | null,
        adviserTookPart: Boolean(recordedNames),
      },
      input,
    );
    if (problems.length) throw new AppError(def.from.includes(state) ? 'guardFailed' : 'transitionNotAllowed', problems.join('；'));
    const values: Record<string, unknown> = { ...input, ...(def.to ? { state: def.to } : {}) };
    if (name === 'resumeReview') {
      const { dueOn, paused } = dueAfterPause(String(before.dueOn), String(before.supplementRequestedOn), String(input.suppliedOn));
      Object.assign(values, { dueOn, pausedWorkingDays: Number(before.pausedWorkingDays) + paused });
      delete values.suppliedOn;
    }
    if (name === 'extend') {
      values.dueOn = input.extendedDueOn;
      delete values.extendedDueOn;
    }
    if (name === 'conclude') {
      Object.assign(values, { concludedLate: String(input.concludedOn) > String(before.dueOn), adviserNames: recordedNames, adviserTookPart: Boolean(recordedNames) });
    }
    const merged = { ...before, ...values } as Row;
    await tx
      .update(r)
      .set({ ...values, searchText: searchTextOf(reviewRegister, merged), version: before.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(r.id, id));
    await recordAudit(tx, auditActorOf(actor), { action: `transition.${name}`, entityType: entity, entityId: id, summary: def.label, changes: diffFields(before, values) });
  });
  return getRequest(services, actor, id);
}

/** Open requests overdue or due within `nearDueDays`, of those the actor reviews (by scope or as an assignee). */
export async function reviewTodo(services: Services, actor: Actor, today = toIsoDate(new Date())) {
  const rows = await services.db
    .select({ id: r.id, title: r.title, subjectKind: r.subjectKind, orgUnitName: orgUnits.name, receivedOn: r.receivedOn, dueOn: r.dueOn, state: r.state })
    .from(r)
    .innerJoin(orgUnits, eq(orgUnits.id, r.orgUnitId))
    .where(
      and(
        isNull(r.deletedAt),
        inArray(r.state, [...runningStates]),
        lte(r.dueOn, addCalendarDays(today, nearDueDays)),
        scopeCondition(actor, 'legalReview', 'transition', r, entity),
      ),
    )
    .orderBy(asc(r.dueOn))
    .limit(500);
  return rows.map((x) => {
    const daysLeft = daysBetween(today, x.dueOn);
    return { ...x, daysLeft, overdue: daysLeft < 0 };
  });
}
