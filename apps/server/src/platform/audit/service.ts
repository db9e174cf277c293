import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { hmacSm3Hex, sm3Hex } from '../crypto/sm.js';
import { canonicalJson } from './canonical-json.js';
import { type Checkpoint, type CheckpointSet, checkpointSignatureValid } from './checkpoint-file.js';
import { currentAuditKey } from './keys.js';
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

/** The action of the entry that opens the keyed part of a chain begun before the chain had a key. */
export const keyedMarkerAction = 'audit.keyed';
const systemActor: AuditActor = { userId: null, displayName: '系统', ip: null };

/** What an entry's hash covers: every column but the hash, the sequence number and the previous hash included. */
export function hashedText(r: Omit<Row, 'hash'>): string {
  return canonicalJson([r.seq, r.at.getTime(), r.actorId, r.actorName, r.ip, r.action, r.entityType, r.entityId, r.summary, r.changes, r.prevHash]);
}

/**
 * An entry's hash: HMAC-SM3 under the chain key (held outside the database) from `keyedFrom` on; the plain SM3 of
 * the first releases before it. Both cover the sequence number and the previous hash, so an entry cannot be
 * altered, moved or dropped without the key.
 */
function hashOf(r: Omit<Row, 'hash'>, key: string | null, keyedFrom: number): string {
  const text = hashedText(r);
  if (r.seq < keyedFrom) return sm3Hex(text);
  if (!key) throw new Error('no audit key');
  return hmacSm3Hex(key, text);
}

/**
 * Appends one entry in the caller's transaction. Locking the head row numbers entries in commit order and
 * chains each to the previous one by HMAC-SM3, on PGlite and on PostgreSQL alike.
 */
export async function recordAudit(tx: Db, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, actor, [entry]);
}

/** Appends many entries under one lock of the head (an import's records), chained exactly as one by one. */
export async function recordAudits(tx: Db, actor: AuditActor | null, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await append(
    tx,
    entries.map((entry) => ({ actor, entry })),
  );
}

/**
 * Keys a chain begun before the chain had a key: appends the `audit.keyed` entry (the first keyed one) and records
 * its number in the head. Returns that number, or null when there was nothing to do. The server does this at start;
 * any first write would do it too.
 */
export async function upgradeAuditChain(db: Db): Promise<number | null> {
  return db.transaction((tx) => append(tx, []));
}

async function append(tx: Db, items: { actor: AuditActor | null; entry: AuditEntry }[]): Promise<number | null> {
  const key = currentAuditKey();
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  let prev = head ? { lastSeq: head.lastSeq, lastHash: head.lastHash } : { lastSeq: 0, lastHash: genesisHash };
  let keyedFrom = head ? head.keyedFrom : 1;
  let upgraded: number | null = null;
  if (keyedFrom === null) {
    keyedFrom = upgraded = prev.lastSeq + 1;
    const summary = `自第 ${keyedFrom} 条起，审计日志以 HMAC-SM3 链接，密钥不在数据库中；此前的 ${prev.lastSeq} 条仍以 SM3 链接，由本条锚定`;
    items = [{ actor: systemActor, entry: { action: keyedMarkerAction, summary } }, ...items];
  }
  if (!items.length) return null;
  const rows: Row[] = [];
  for (const { actor, entry } of items) {
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
    const hash = hashOf(row, key, keyedFrom);
    rows.push({ ...row, hash });
    prev = { lastSeq: row.seq, lastHash: hash };
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
  if (head)
    await tx
      .update(auditHead)
      .set({ ...prev, keyedFrom })
      .where(eq(auditHead.id, 1));
  else await tx.insert(auditHead).values({ id: 1, ...prev, keyedFrom });
  return upgraded;
}

export type VerifyFailure = { ok: false; checked: number; brokenAt: number; reason: string; reasonEn: string };
export type VerifyResult = { ok: true; checked: number; checkpoints: number; keyedFrom: number | null; last: { seq: number; hash: string } } | VerifyFailure;

export type VerifyOptions = {
  /** The chain key; defaults to the one this process loaded. Null: there is none (every keyed entry fails). */
  key?: string | null;
  /** Signed heads written outside the database (checkpoints.ts), each checked against the chain. */
  checkpoints?: CheckpointSet;
  /** Start after an entry already vouched for (a valid checkpoint) instead of at the beginning. */
  from?: { seq: number; hash: string };
  batch?: number;
};

const fail = (checked: number, brokenAt: number, reason: string, reasonEn: string): VerifyFailure => ({ ok: false, checked, brokenAt, reason, reasonEn });

/**
 * Walks the chain; names the first entry that was altered, removed, reordered or rewritten without the key, and
 * checks it against every checkpoint: entries vouched for by a checkpoint and then deleted (the newest ones too)
 * are named, which the chain alone cannot show once a writer has also moved the head back.
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<VerifyResult> {
  const key = options.key === undefined ? currentAuditKey() : options.key;
  const batch = options.batch ?? 5000;
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  const [firstRow] = await db.select({ seq: auditLog.seq }).from(auditLog).orderBy(asc(auditLog.seq)).limit(1);
  const hasRows = firstRow !== undefined;
  const keyedFrom = head ? head.keyedFrom : hasRows ? 1 : null;
  const start = options.from ?? { seq: 0, hash: genesisHash };
  let checked = 0;

  // The checkpoints first: a forged or altered line is named before it is used to judge the chain.
  const checkpoints = options.checkpoints ?? { entries: [], publicKeys: [] };
  const bySeq = new Map<number, Checkpoint>();
  for (const [i, c] of checkpoints.entries.entries()) {
    if (!('seq' in c)) return fail(0, 0, `检查点文件第 ${c.line} 行无法解析`, `checkpoint file line ${c.line} is not a checkpoint`);
    if (!checkpoints.publicKeys.length) return fail(0, c.seq, '有检查点而找不到检查点公钥（keys/audit-checkpoint.pub）', 'checkpoints exist but the checkpoint public key is missing');
    if (!checkpointSignatureValid(c, checkpoints.publicKeys)) {
      return fail(0, c.seq, `检查点文件第 ${i + 1} 行（第 ${c.seq} 条，${c.at}）签名无效：检查点被改动或公钥不符`, `checkpoint on line ${i + 1} (sequence ${c.seq}) has a bad signature`);
    }
    if (c.keyedFrom !== keyedFrom) {
      return fail(
        0,
        Math.min(c.keyedFrom ?? 1, keyedFrom ?? 1),
        `启用密钥的起始序号（${keyedFrom ?? '无'}）与 ${c.at} 的检查点（${c.keyedFrom}）不符`,
        `the chain says it is keyed from ${keyedFrom} but the checkpoint of ${c.at} says ${c.keyedFrom}`,
      );
    }
    bySeq.set(c.seq, c);
  }

  if (hasRows && keyedFrom === null) {
    return fail(0, 1, '审计日志尚未以密钥链接（旧版数据库：启动一次服务器即完成升级）', 'the audit chain is not keyed yet (start the server once to upgrade it)');
  }
  if (keyedFrom !== null && head && (keyedFrom < 1 || keyedFrom > head.lastSeq + 1)) {
    return fail(0, Math.max(1, keyedFrom), `启用密钥的起始序号 ${keyedFrom} 无效`, `the chain's keyed-from sequence ${keyedFrom} is impossible`);
  }
  const keyed = keyedFrom ?? 1;

  if (options.from) {
    const [anchor] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, options.from.seq));
    if (anchor?.hash !== options.from.hash)
      return fail(0, options.from.seq, `第 ${options.from.seq} 条记录与检查点不符或已被删除`, `entry ${options.from.seq} differs from its checkpoint or was deleted`);
  }
  let expectedSeq = start.seq + 1;
  let prevHash = start.hash;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    for (const r of rows) {
      if (r.seq !== expectedSeq) return fail(checked, expectedSeq, `第 ${expectedSeq} 条记录缺失`, `entry ${expectedSeq} is missing`);
      if (r.prevHash !== prevHash)
        return fail(checked, r.seq, `第 ${r.seq} 条记录与前一条不衔接（被删除、插入或调换了顺序）`, `entry ${r.seq} does not follow the previous one (removed, inserted or reordered)`);
      if (r.seq >= keyed && !key) return fail(checked, r.seq, `找不到审计日志密钥，无法校验第 ${r.seq} 条起的记录`, `no audit key to check entries from ${r.seq} on`);
      if (hashOf(r, key, keyed) !== r.hash) {
        return fail(
          checked,
          r.seq,
          r.seq >= keyed ? `第 ${r.seq} 条记录内容被改动，或其哈希未用密钥计算` : `第 ${r.seq} 条记录内容被改动`,
          r.seq >= keyed ? `entry ${r.seq} was altered, or its hash was not computed with the key` : `entry ${r.seq} was altered`,
        );
      }
      if (r.seq === keyed && keyed > 1 && r.action !== keyedMarkerAction) {
        return fail(checked, r.seq, `第 ${r.seq} 条应为启用密钥的记录（${keyedMarkerAction}）`, `entry ${r.seq} should open the keyed chain`);
      }
      const c = bySeq.get(r.seq);
      if (c && c.hash !== r.hash) {
        return fail(checked, r.seq, `第 ${r.seq} 条与 ${c.at} 的检查点不符：该条或其之前的记录被改写`, `entry ${r.seq} differs from the checkpoint of ${c.at}: it or an earlier entry was rewritten`);
      }
      prevHash = r.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < batch) break;
  }
  const last = { seq: expectedSeq - 1, hash: prevHash };
  const latest = [...bySeq.values()].reduce<Checkpoint | null>((a, c) => (!a || c.seq > a.seq ? c : a), null);
  if (latest && latest.seq > last.seq) {
    return fail(
      checked,
      last.seq + 1,
      `第 ${last.seq + 1} 条及之后的记录被删除（${latest.at} 的检查点记录到第 ${latest.seq} 条）`,
      `entries from ${last.seq + 1} on were deleted (the checkpoint of ${latest.at} reached ${latest.seq})`,
    );
  }
  // Read before the walk, so an entry committed meanwhile is not mistaken for a missing one.
  if (head && last.seq < head.lastSeq) {
    return fail(checked, last.seq + 1, `第 ${last.seq + 1} 条及之后的记录被删除`, `entries from ${last.seq + 1} on were deleted`);
  }
  if (head && last.seq === head.lastSeq && head.lastHash !== last.hash) {
    return fail(checked, last.seq, `第 ${last.seq} 条与链头记录不符`, `entry ${last.seq} differs from the recorded head`);
  }
  return { ok: true, checked, checkpoints: bySeq.size, keyedFrom, last };
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
