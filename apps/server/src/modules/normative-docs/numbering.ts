import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { normativeDocNumberCounters as n } from './tables.js';

/**
 * 统一编号: the next sequence number of an issuing organ in a year. The counter row is created if missing and
 * incremented under its row lock inside the caller's transaction, so concurrent numbering waits its turn, and a
 * transaction that fails gives its number back (no gap, no reuse).
 */
export async function allocateSequence(tx: Db, orgUnitId: string, year: number): Promise<number> {
  await tx.insert(n).values({ orgUnitId, year, lastSeq: 0 }).onConflictDoNothing();
  const [row] = await tx
    .update(n)
    .set({ lastSeq: sql`${n.lastSeq} + 1` })
    .where(sql`${n.orgUnitId} = ${orgUnitId} and ${n.year} = ${year}`)
    .returning({ seq: n.lastSeq });
  return row!.seq;
}

/** 示范高新发〔2026〕3号 */
export function formatDocNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}
