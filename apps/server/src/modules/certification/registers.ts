import { itemProblems, itemSpec, statSpec, verificationDueOn, verificationSpec } from '@fazhi/core/certification';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { AppError, refuse } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { defineRegister } from '../../platform/register/define.js';
import { certItems, certServiceStats, certVerifications } from './tables.js';

export const itemRegister = defineRegister({
  spec: itemSpec,
  table: certItems,
  naturalKey: ['code'],
  prepare: async (input, { tx, before }) => {
    refuse(itemProblems({ ...before, ...input }));
    if (typeof input.code === 'string') {
      const [other] = await tx
        .select({ id: certItems.id })
        .from(certItems)
        .where(and(eq(certItems.code, input.code), isNull(certItems.deletedAt), before ? ne(certItems.id, String(before.id)) : undefined));
      if (other) throw new AppError('conflict', '该事项编码已在清单中', [{ path: 'code', message: '该事项编码已在清单中' }]);
    }
    return input;
  },
});

/**
 * The 证明事项 named in a request is read from the whole list (the list is public, see public-routes.ts); the
 * responding unit must exist and differ from the requesting one.
 */
export const verificationRegister = defineRegister({
  spec: verificationSpec,
  table: certVerifications,
  naturalKey: ['orgUnitId', 'requestedOn', 'matter'],
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    const values: Record<string, unknown> = { ...input };
    if (typeof input.itemId === 'string') {
      const [item] = await tx
        .select({ name: certItems.name })
        .from(certItems)
        .where(and(eq(certItems.id, input.itemId), isNull(certItems.deletedAt)));
      if (!item) refuse([{ path: 'itemId', message: '所选证明事项不存在' }]);
      values.itemName = item!.name;
    }
    if (typeof input.respondingUnitId === 'string') {
      const [unit] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, input.respondingUnitId));
      if (!unit) refuse([{ path: 'respondingUnitId', message: '所选协查单位不存在' }]);
      if (merged.respondingUnitId === merged.orgUnitId) refuse([{ path: 'respondingUnitId', message: '协查单位不能是发起单位本身' }]);
    }
    if (typeof input.requestedOn === 'string') values.dueOn = verificationDueOn(input.requestedOn);
    return values;
  },
});

export const statRegister = defineRegister({
  spec: statSpec,
  table: certServiceStats,
  // A second entry for the same unit and month updates the first through import; a direct one is a 409.
  naturalKey: ['orgUnitId', 'month'],
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    const [other] = await tx
      .select({ id: certServiceStats.id })
      .from(certServiceStats)
      .where(
        and(
          eq(certServiceStats.orgUnitId, String(merged.orgUnitId)),
          eq(certServiceStats.month, String(merged.month)),
          isNull(certServiceStats.deletedAt),
          before ? ne(certServiceStats.id, String(before.id)) : undefined,
        ),
      );
    if (other) throw new AppError('conflict', '该单位该月已填报，请修改原记录', [{ path: 'month', message: '该单位该月已填报' }]);
    return typeof input.month === 'string' ? { ...input, monthOn: `${input.month}-01` } : input;
  },
});
