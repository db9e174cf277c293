import { passingOpinions, type ReviewOpinion, type ReviewSubjectKind } from '@fazhi/core/legal-review';
import { and, desc, eq, getTableName, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import type { SubjectLookup } from '../../platform/module.js';
import { legalReviewRequests as r } from './tables.js';

/**
 * What other modules may ask of legal review (DESIGN §3: a module calls another's service, never its tables).
 * Normative documents and major decisions register a lookup for their records, and guard their own steps
 * with `reviewConclusion` / `reviewPassed`; their indicators use `passedReviewExists`.
 */

export type ReviewConclusion = {
  requestId: string;
  state: string;
  opinion: ReviewOpinion | null;
  concludedOn: string | null;
  adviserTookPart: boolean;
};

/** The latest live review request of a subject (concluded or not), or null when none was submitted. */
export async function reviewConclusion(db: Db, subjectKind: ReviewSubjectKind, subjectId: string): Promise<ReviewConclusion | null> {
  const [row] = await db
    .select({ requestId: r.id, state: r.state, opinion: r.opinion, concludedOn: r.concludedOn, adviserTookPart: r.adviserTookPart })
    .from(r)
    .where(and(eq(r.subjectKind, subjectKind), eq(r.subjectId, subjectId), isNull(r.deletedAt)))
    .orderBy(desc(r.receivedOn), desc(r.createdAt))
    .limit(1);
  return row ? { ...row, opinion: row.opinion as ReviewOpinion | null } : null;
}

/** A subject may go on to deliberation or signature only after a concluded review found it lawful (possibly after changes). */
export function reviewPassed(c: ReviewConclusion | null): boolean {
  return c !== null && c.concludedOn !== null && c.opinion !== null && passingOpinions.includes(c.opinion);
}

/**
 * SQL for indicators: a passing, concluded review exists for the subject in `subjectIdColumn`. The outer column
 * is written with its table name: Drizzle leaves it unqualified in a one-table select list, where `id` would
 * then mean the review's own id inside this subquery.
 */
export function passedReviewExists(subjectKind: ReviewSubjectKind, subjectIdColumn: AnyPgColumn): SQL {
  const subject = sql`${sql.identifier(getTableName(subjectIdColumn.table))}.${sql.identifier(subjectIdColumn.name)}`;
  return sql`exists (select 1 from ${r} where ${r.subjectKind} = ${subjectKind} and ${r.subjectId} = ${subject} and ${r.deletedAt} is null and ${r.concludedOn} is not null and ${inArray(r.opinion, [...passingOpinions])})`;
}

export type { SubjectLookup };

const lookups = new Map<ReviewSubjectKind, SubjectLookup>();

/** Called by the app for each manifest's `reviewSubjects` (and by tests). */
export function registerReviewSubject(kind: ReviewSubjectKind, lookup: SubjectLookup): void {
  lookups.set(kind, lookup);
}

export function reviewSubjectLookup(kind: ReviewSubjectKind): SubjectLookup | undefined {
  return lookups.get(kind);
}

/**
 * A review request by id, for modules that link one (an adviser's 法律意见): null when absent, deleted, or not
 * readable by the actor under the same policy as its GET, so a link never reveals another unit's request.
 */
export async function reviewRequestBrief(db: Db, actor: Actor, id: string): Promise<{ id: string; title: string; orgUnitId: string; subjectKind: string } | null> {
  const [row] = await db
    .select({ id: r.id, title: r.title, orgUnitId: r.orgUnitId, subjectKind: r.subjectKind })
    .from(r)
    .where(and(eq(r.id, id), isNull(r.deletedAt), scopeCondition(actor, 'legalReview', 'read', r, 'legalReview.request')));
  return row ?? null;
}
