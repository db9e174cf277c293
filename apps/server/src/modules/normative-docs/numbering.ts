import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { normativeDocNumberCounters as n, normativeDocuments as d } from './tables.js';

type Key = { orgUnitId: string; prefix: string; year: number };
const counterOf = (k: Key) => and(eq(n.orgUnitId, k.orgUnitId), eq(n.numberPrefix, k.prefix), eq(n.year, k.year));

/** The number the organ's 代字 would give next this year (a default the user may change). */
export async function nextSequence(db: Db, k: Key): Promise<number> {
  const [row] = await db.select({ last: n.lastSeq }).from(n).where(counterOf(k));
  return (row?.last ?? 0) + 1;
}

/**
 * 统一编号: the 发文字号 sequence is the organ's per 代字 and year. Without `wanted` the next number is taken; with
 * it (the OA system gave the number) that one, unless a document already bears it (409). The counter row is locked
 * by its update inside the caller's transaction and never goes back, so the default skips numbers given by hand.
 */
export async function allocateSequence(tx: Db, k: Key, wanted?: number): Promise<number> {
  await tx.insert(n).values({ orgUnitId: k.orgUnitId, numberPrefix: k.prefix, year: k.year, lastSeq: 0 }).onConflictDoNothing();
  const [row] = await tx
    .update(n)
    .set({ lastSeq: wanted === undefined ? sql`${n.lastSeq} + 1` : sql`greatest(${n.lastSeq}, ${wanted})` })
    .where(counterOf(k))
    .returning({ seq: n.lastSeq });
  const seq = wanted ?? row!.seq;
  const [taken] = await tx
    .select({ title: d.title })
    .from(d)
    .where(and(eq(d.orgUnitId, k.orgUnitId), eq(d.numberPrefix, k.prefix), eq(d.numberYear, k.year), eq(d.numberSeq, seq), isNull(d.deletedAt)));
  if (taken) throw new AppError('duplicate', `文号“${formatDocNumber(k.prefix, k.year, seq)}”已用于《${taken.title}》，请改用其他序号`);
  return seq;
}

/** 示范高新发〔2026〕3号 */
export function formatDocNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}
