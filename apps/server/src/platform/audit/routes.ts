import { auditListResponse, auditVerifyResponse } from '@fazhi/core';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../access/policy.js';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { verifyAuditChain } from './service.js';
import { auditLog } from './tables.js';

export async function auditRoutes(app: App, { db }: Services) {
  const tags = ['审计日志'];
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: '审计日志（倒序，按 before 翻页）',
        querystring: z.object({
          before: z.coerce.number().int().positive().optional(),
          entityType: z.string().max(60).optional(),
          action: z.string().max(60).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
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
      ];
      return db
        .select()
        .from(auditLog)
        .where(and(...conds))
        .orderBy(desc(auditLog.seq))
        .limit(q.limit);
    },
  );
  app.get('/api/audit/verify', { schema: { tags, summary: '校验审计日志哈希链（SM3）', response: { 200: auditVerifyResponse } } }, async (request) => {
    assertCan(actorOf(request), 'audit', 'read');
    return verifyAuditChain(db);
  });
}
