import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sm3Hex } from '../crypto/sm.js';
import { canonicalJson } from './canonical-json.js';
import { auditHead, auditLog, type FieldChange } from './tables.js';

export const genesisHash = '0'.repeat(64);

export type AuditActor = { userId: string | null; displayName: string | null; ip: string | null };

export type AuditEntry = {
  action: string;
  entityType?: string;
  entityId?: string;
  summary?: string;
  changes?: FieldChange[];
};

type Row = typeof auditLog.$inferSelect;

function hashOf(r: Omit<Row, 'hash'>): string {
  return sm3Hex(canonicalJson([r.seq, r.at.getTime(), r.actorId, r.actorName, r.ip, r.action, r.entityType, r.entityId, r.summary, r.changes, r.prevHash]));
}

/**
 * Appends one entry in the caller's transaction. Locking the head row numbers entries in commit order and
 * chains each to the previous one by SM3, on PGlite and on PostgreSQL alike.
 */
export async function recordAudit(tx: Db, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, actor, [entry]);
}

/** Appends many entries under one lock of the head (an import's records), chained exactly as one by one. */
export async function recordAudits(tx: Db, actor: AuditActor | null, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  let prev = head ?? { lastSeq: 0, lastHash: genesisHash };
  const rows: Row[] = [];
  for (const entry of entries) {
    const row: Omit<Row, 'hash'> = {
      seq: prev.lastSeq + 1,
      at: new Date(),
      actorId: actor?.userId ?? null,
      actorName: actor?.displayName ?? null,
      ip: actor?.ip ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      summary: entry.summary ?? null,
      changes: entry.changes?.length ? entry.changes : null,
      prevHash: prev.lastHash,
    };
    const hash = hashOf(row);
    rows.push({ ...row, hash });
    prev = { lastSeq: row.seq, lastHash: hash };
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
  if (head) await tx.update(auditHead).set(prev).where(eq(auditHead.id, 1));
  else await tx.insert(auditHead).values({ id: 1, ...prev });
}

export type VerifyResult = { ok: true; checked: number } | { ok: false; checked: number; brokenAt: number; reason: string };

/** Walks the whole chain; names the first entry that was altered, removed or inserted out of order. */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    for (const r of rows) {
      if (r.seq !== expectedSeq) return { ok: false, checked, brokenAt: expectedSeq, reason: `第 ${expectedSeq} 条记录缺失` };
      if (r.prevHash !== prevHash) return { ok: false, checked, brokenAt: r.seq, reason: `第 ${r.seq} 条记录与前一条不衔接` };
      if (hashOf(r) !== r.hash) return { ok: false, checked, brokenAt: r.seq, reason: `第 ${r.seq} 条记录内容被改动` };
      prevHash = r.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < batch) break;
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (head && (head.lastSeq !== checked || head.lastHash !== prevHash)) {
    return { ok: false, checked, brokenAt: checked + 1, reason: `第 ${checked + 1} 条及之后的记录被删除` };
  }
  return { ok: true, checked };
}

/** Field-level differences between a stored row and the values about to be written. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>, hidden: readonly string[] = []): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[field];
    if (canonicalJson(from) === canonicalJson(to)) continue;
    changes.push(hidden.includes(field) ? { field, from: from == null ? null : '***', to: to == null ? null : '***' } : { field, from: from ?? null, to });
  }
  return changes;
}

export async function auditCount(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return r?.n ?? 0;
}
