import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { orgUnits } from '../../platform/org/tables.js';
import { legalReviewOpinionCounters as n } from './tables.js';

/**
 * The organ that gives the opinion: the 街道 for its own and its 村(社区)'s matters (街道合法性审查, done with its
 * 司法所), otherwise the district (its 司法局 reviews for the departments).
 */
export async function reviewingOrgan(tx: Db, orgUnitId: string): Promise<{ id: string; name: string }> {
  const [unit] = await tx.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
  const [organ] = await tx
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(inArray(orgUnits.kind, ['subdistrict', 'district']), sql`${unit?.path ?? ''} like ${orgUnits.path} || '%'`))
    .orderBy(desc(sql`length(${orgUnits.path})`))
    .limit(1);
  return organ ?? { id: orgUnitId, name: '' };
}

/**
 * The organ's next 意见书 number of the year. The counter row is locked by the update inside the concluding
 * transaction, so two conclusions wait their turn, and a failed one gives its number back.
 */
export async function allocateOpinionSeq(tx: Db, organId: string, year: number): Promise<number> {
  await tx.insert(n).values({ orgUnitId: organId, year, lastSeq: 0 }).onConflictDoNothing();
  const [row] = await tx
    .update(n)
    .set({ lastSeq: sql`${n.lastSeq} + 1` })
    .where(and(eq(n.orgUnitId, organId), eq(n.year, year)))
    .returning({ seq: n.lastSeq });
  return row!.seq;
}

/** 〔2026〕第12号 */
export const formatOpinionNumber = (year: number, seq: number) => `〔${year}〕第${seq}号`;
