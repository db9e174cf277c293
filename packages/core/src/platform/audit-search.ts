import { z } from 'zod';
import { dateField } from '../validators/zod.js';

/** GET /api/audit: newest first, paged by `before` (the last seq seen), filtered by time, actor and record. */
export const auditListQuery = z.object({
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  /** Days in China Standard Time, both included. */
  from: dateField('开始日期').optional(),
  to: dateField('结束日期').optional(),
  /** Part of the actor's name. */
  actor: z.string().trim().max(50, { message: '操作人不能超过50个字' }).optional(),
  action: z.string().max(60).optional(),
  /** The record's type, e.g. 'litigation.case'; with `entityId`, one record. */
  entityType: z.string().max(60).optional(),
  entityId: z.string().trim().max(60, { message: '记录编号不能超过60个字' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

/** GET /api/search: records of every register the actor may read whose 案号, title or other text holds `q`. */
export const globalSearchQuery = z.object({
  q: z.string({ error: '请输入案号或标题' }).trim().min(2, { message: '请至少输入2个字' }).max(100, { message: '关键词不能超过100个字' }),
});

export const globalSearchResponse = z.object({
  groups: z.array(
    z.object({
      /** The register's API path (the web page lives at the same path). */
      path: z.string(),
      module: z.string(),
      title: z.string(),
      /** Matches in this register, up to `perRegister`; `more` when there are others. */
      items: z.array(z.object({ id: z.string(), label: z.string(), orgUnitName: z.string().nullable() })),
      more: z.boolean(),
    }),
  ),
});
export type GlobalSearchResult = z.infer<typeof globalSearchResponse>;

/** Matches shown per register; the register's own list has the rest. */
export const searchPerRegister = 5;

/** GET /api/audit/entity-types: the record types of the registers, for filtering the log by record. */
export const auditEntityTypesResponse = z.array(z.object({ entityType: z.string(), title: z.string(), module: z.string(), path: z.string() }));
