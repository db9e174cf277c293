import { auditCheckpointResponse, auditEntityTypesResponse, auditListQuery, auditListResponse, auditVerifyResponse, addCalendarDays } from '@fazhi/core';
import { and, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { assertCan } from '../access/policy.js';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { auditActorOf } from '../auth/service.js';
import { AppError } from '../http/errors.js';
import { AuditChainBroken, verifyAuditLog, writeCheckpoint } from './checkpoints.js';
import { recordAudit } from './service.js';
import { auditLog } from './tables.js';
import { registersByPath } from '../register/define.js';
import { escapeLike } from '../register/filters.js';

export async function auditRoutes(app: App, { db, config }: Services) {
  const tags = ['审计日志'];
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: '审计日志（倒序，按 before 翻页；按时间、操作人、记录筛选）',
        querystring: auditListQuery,
        response: { 200: auditListResponse },
      },
    },
    async (request) => {
      assertCan(actorOf(request), 'audit', 'read');
      const q = request.query;
      const conds: (SQL | undefined)[] = [
        q.before ? lt(auditLog.seq, q.before) : undefined,
        q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
        q.action ? eq(auditLog.action, q.action) : undefined,
        q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
        q.actor ? ilike(auditLog.actorName, `%${escapeLike(q.actor)}%`) : undefined,
        // Days as the district reads them (China Standard Time), both ends included.
        q.from ? gte(auditLog.at, new Date(`${q.from}T00:00:00+08:00`)) : undefined,
        q.to ? lt(auditLog.at, new Date(`${addCalendarDays(q.to, 1)}T00:00:00+08:00`)) : undefined,
      ];
      return db
        .select()
        .from(auditLog)
        .where(and(...conds))
        .orderBy(desc(auditLog.seq))
        .limit(q.limit);
    },
  );
  // The record types the log names, with the register's title, for the page's filter.
  app.get('/api/audit/entity-types', { schema: { tags, summary: '审计日志可筛选的记录类型', response: { 200: auditEntityTypesResponse } } }, async (request) => {
    assertCan(actorOf(request), 'audit', 'read');
    return [...registersByPath.values()].map((d) => ({ entityType: d.spec.entity, title: d.spec.title, module: d.spec.module, path: d.spec.path }));
  });
  app.get('/api/audit/verify', { schema: { tags, summary: '校验审计日志（HMAC-SM3 链与签名检查点）', response: { 200: auditVerifyResponse } } }, async (request) => {
    assertCan(actorOf(request), 'audit', 'read');
    const r = await verifyAuditLog(db, config.dataDir);
    return r.ok ? { ok: true as const, checked: r.checked, checkpoints: r.checkpoints, keyedFrom: r.keyedFrom } : r;
  });
  app.post(
    '/api/audit/checkpoints',
    { schema: { tags, summary: '立即写入审计日志检查点（SM2 签名，追加到数据目录中的文件）', response: { 201: auditCheckpointResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      assertCan(actor, 'audit', 'manage');
      let checkpoint: Awaited<ReturnType<typeof writeCheckpoint>>;
      try {
        checkpoint = await writeCheckpoint(db, config.dataDir, 'manual');
      } catch (e) {
        if (e instanceof AuditChainBroken) throw new AppError('conflict', `审计日志校验失败，未写入检查点：${e.message}`);
        throw e;
      }
      if (!checkpoint) throw new AppError('conflict', '审计日志为空，未写入检查点');
      const { seq, hash } = checkpoint;
      await db.transaction((tx) => recordAudit(tx, auditActorOf(actor), { action: 'audit.checkpoint', summary: `写入检查点：第 ${seq} 条 ${hash.slice(0, 16)}…` }));
      return reply.code(201).send(checkpoint);
    },
  );
}
