import { addCalendarDays, daysBetween, nearDueDays, toIsoDate } from '@fazhi/core';
import { roleCodes, roleAllows } from '@fazhi/core';
import { runningStates, type ReviewDetail, type ReviewState } from '@fazhi/core/legal-review';
import { and, asc, eq, inArray, isNull, like, lte, or } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { assertCan, scopeCondition } from '../../platform/access/policy.js';
import { roleGrants, users } from '../../platform/auth/tables.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { getRecord } from '../../platform/register/service.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { reviewRegister } from './registers.js';
import { legalReviewRequests as r } from './tables.js';
import { reviewFlow } from './workflow.js';

const entity = reviewRegister.spec.entity;

/** Request detail with its linked subject, days left and every step of its workflow (allowed, or why not). */
export async function getRequest(services: Services, actor: Actor, id: string, today = toIsoDate(new Date())) {
  const record = await getRecord(services, actor, reviewRegister, id);
  // Assigned reviewers and advisers hold `transition` whatever their scope (policy.ts assigneeActions).
  const reviews = await services.db
    .select({ id: r.id })
    .from(r)
    .where(and(eq(r.id, id), scopeCondition(actor, 'legalReview', 'transition', r, entity)));
  const assigners = await services.db
    .select({ id: r.id })
    .from(r)
    .where(and(eq(r.id, id), scopeCondition(actor, 'legalReview', 'manage', r, entity)));
  const running = runningStates.includes(record.state as ReviewState);
  return {
    ...record,
    permissions: { ...record.permissions, transition: reviews.length > 0 },
    // Assigning and removing reviewers and advisers: one right for both (registers.ts assignAction).
    canAssign: assigners.length > 0,
    transitions: await stepOptions(services.db, actor, reviewFlow, record),
    daysLeft: running ? daysBetween(today, String(record.dueOn)) : null,
    // The kit types a record loosely; the route's contract checks the request's own columns on the wire in tests.
  } as ReviewDetail;
}

/** Open requests overdue or due within `nearDueDays`, of those the actor reviews (by scope or as an assignee). */
export async function reviewTodo(services: Services, actor: Actor, today = toIsoDate(new Date())) {
  const rows = await services.db
    .select({ id: r.id, title: r.title, subjectKind: r.subjectKind, orgUnitName: orgUnits.name, receivedOn: r.receivedOn, dueOn: r.dueOn, state: r.state })
    .from(r)
    .innerJoin(orgUnits, eq(orgUnits.id, r.orgUnitId))
    .where(and(isNull(r.deletedAt), inArray(r.state, [...runningStates]), lte(r.dueOn, addCalendarDays(today, nearDueDays)), scopeCondition(actor, 'legalReview', 'transition', r, entity)))
    .orderBy(asc(r.dueOn))
    .limit(500);
  return rows.map((x) => {
    const daysLeft = daysBetween(today, x.dueOn);
    return { ...x, daysLeft, overdue: daysLeft < 0 };
  });
}

/** Roles whose holders may be picked for an assignment role: reviewers hold a role that reviews, advisers are advisers. */
const rolesFor = (role: 'reviewer' | 'adviser') => (role === 'adviser' ? ['adviser'] : roleCodes.filter((c) => roleAllows(c, 'legalReview', 'transition')));

/** People the reviewer picker offers for an assignment role (only those the assignment would accept), by name. */
export async function assignableUsers(services: Services, actor: Actor, role: 'reviewer' | 'adviser', q?: string) {
  assertCan(actor, 'legalReview', 'manage');
  const rows = await services.db
    .selectDistinct({ id: users.id, displayName: users.displayName, orgUnitName: orgUnits.name })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(and(eq(users.disabled, false), inArray(roleGrants.role, rolesFor(role)), q ? or(like(users.displayName, `%${q}%`), like(users.username, `%${q}%`)) : undefined))
    .orderBy(asc(users.displayName))
    .limit(50);
  return rows;
}
