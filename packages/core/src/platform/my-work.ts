import { z } from 'zod';

/** One record waiting on the user: what it is, where it stands, its deadline, and the page that opens it. */
export const myWorkItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  orgUnitId: z.string(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  link: z.string(),
});
export type MyWorkItem = z.infer<typeof myWorkItemSchema>;

/** One kind of waiting work (待审核的事项, 待签发的文件…) of one module; `total` counts beyond the items shown. */
export const myWorkGroupSchema = z.object({
  key: z.string(),
  module: z.string(),
  label: z.string(),
  total: z.int(),
  items: z.array(myWorkItemSchema),
});
export type MyWorkGroup = z.infer<typeof myWorkGroupSchema>;

/** GET /api/my-work: 我的待办, grouped; `total` over every group. */
export const myWorkResponse = z.object({ total: z.int(), groups: z.array(myWorkGroupSchema) });
export type MyWork = z.infer<typeof myWorkResponse>;

/**
 * GET /api/my-work/registers: by API path, the registers the user can use — may create there, or has records to
 * read (its unit's or assigned to it) — and the others, which the menu hides.
 */
export const usableRegistersResponse = z.object({ usable: z.array(z.string()), hidden: z.array(z.string()) });
export type UsableRegisters = z.infer<typeof usableRegistersResponse>;
