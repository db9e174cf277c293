import { z } from 'zod';

/** POST /api/<register>/:id/reveal: which personal-data field to show in full, and why (the reason is audited). */
export function revealRequestOf(fields: readonly [string, ...string[]]) {
  return z.object({
    field: z.enum(fields, { message: '请选择要查看的信息' }),
    reason: z.string({ error: '请说明查看理由' }).trim().min(2, { message: '请说明查看理由（至少2个字）' }).max(200, { message: '查看理由不能超过200个字' }),
  });
}
export const revealedValueSchema = z.object({ value: z.string() });
