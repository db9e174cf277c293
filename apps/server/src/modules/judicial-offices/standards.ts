import { defaultStarThresholds, type ChecklistItemFact, type StarThresholds } from '@fazhi/core/judicial-offices';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.js';
import { orgUnits } from '../../platform/org/tables.js';
import { judicialChecklistItems, judicialRatingStandards } from './tables.js';

/** A district's rule reaches the offices below it: the owner's path is a prefix of the office's. */
const ownerAbove = (ownerColumn: AnyPgColumn, officeId: string) =>
  sql<boolean>`(select u.path from ${orgUnits} u where u.id = ${officeId}) like (select o.path from ${orgUnits} o where o.id = ${ownerColumn}) || '%'`;

/** The checklist an office is rated on in `year` (items set by the units above it). */
export async function checklistFor(db: Db, officeId: string, year: number) {
  return db
    .select({ id: judicialChecklistItems.id, category: judicialChecklistItems.category, title: judicialChecklistItems.title, maxPoints: judicialChecklistItems.maxPoints })
    .from(judicialChecklistItems)
    .where(and(eq(judicialChecklistItems.year, year), isNull(judicialChecklistItems.deletedAt), ownerAbove(judicialChecklistItems.orgUnitId, officeId)))
    .orderBy(asc(judicialChecklistItems.sortOrder), asc(judicialChecklistItems.title));
}

export const itemFacts = (items: { id: string; title: string; maxPoints: number }[]): ChecklistItemFact[] => items.map(({ id, title, maxPoints }) => ({ id, title, maxPoints }));

/** The year's 星级分数线 from the nearest unit above the office that set them, else the defaults. */
export async function thresholdsFor(db: Db, officeId: string, year: number): Promise<StarThresholds> {
  const s = judicialRatingStandards;
  const [row] = await db
    .select({ oneStar: s.oneStar, twoStar: s.twoStar, threeStar: s.threeStar, fourStar: s.fourStar, fiveStar: s.fiveStar })
    .from(s)
    .innerJoin(orgUnits, eq(orgUnits.id, s.orgUnitId))
    .where(and(eq(s.year, year), isNull(s.deletedAt), ownerAbove(s.orgUnitId, officeId)))
    .orderBy(desc(sql`length(${orgUnits.path})`))
    .limit(1);
  return row ?? defaultStarThresholds;
}
