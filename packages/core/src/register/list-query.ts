import { z } from 'zod';
import { int4Max, versionField } from './rules.js';
import { pageSizeMax } from './spec.js';

/** Query string of every register list: paging, sort, keyword and field filters (f.<name>, f.<name>From/To). */
export const listQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1, { message: '页码从1开始' }).max(int4Max, { message: '页码过大' }).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(pageSizeMax, { message: `每页最多${pageSizeMax}条` })
      .default(20),
    sort: z.string().max(60).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    q: z.string().trim().max(100, { message: '关键词不能超过100个字' }).optional(),
  })
  .catchall(z.string().max(100));

export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * Lists count matching records up to this many: past it `total` is the cap and `totalCapped` is true (the page
 * shows "10000 条以上"). An exact count of a province's 150,000 cases costs a full scan on every page turn; the
 * figures themselves come from indicators, which count exactly.
 */
export const listCountCap = 10_000;

export type ListResult<T> = { items: T[]; total: number; totalCapped?: boolean; page: number; pageSize: number };

export const versionSchema = z.object({ version: versionField });
