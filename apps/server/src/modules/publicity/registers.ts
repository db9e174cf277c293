import { maskIdNumber, maskPhone, toIsoDate } from '@fazhi/core';
import { dutySpec, eventSpec, liaisonProblems, liaisonSpec, ratingSpec, siteProblems, siteSpec, taskOverdue, taskProblems, taskSpec, trainingSpec } from '@fazhi/core/publicity';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { defineRegister } from '../../platform/register/define.js';
import { publicityDuties, publicityEvents, publicityLiaisons, publicityRatings, publicitySites, publicityTasks, publicityTrainings } from './tables.js';

const today = () => toIsoDate(new Date());

/** The unit must be of one of the kinds (the kit has already checked it is in the actor's scope). */
async function requireUnitKind(tx: Db, orgUnitId: unknown, kinds: string[], message: string) {
  const [unit] = await tx
    .select({ kind: orgUnits.kind })
    .from(orgUnits)
    .where(eq(orgUnits.id, String(orgUnitId)));
  if (!unit || !kinds.includes(unit.kind)) refuse([{ path: 'orgUnitId', message }]);
}

export const taskRegister = defineRegister({
  spec: taskSpec,
  table: publicityTasks,
  naturalKey: ['title'],
  prepare: (input, { before }) => {
    const merged = { ...before, ...input };
    refuse(taskProblems(merged));
    return { ...input, overdue: taskOverdue(String(merged.state), String(merged.dueOn), today()) };
  },
});

export const dutyRegister = defineRegister({
  spec: dutySpec,
  table: publicityDuties,
  naturalKey: ['orgUnitId', 'year', 'content'],
});

export const eventRegister = defineRegister({
  spec: eventSpec,
  table: publicityEvents,
  naturalKey: ['orgUnitId', 'heldOn', 'title'],
});

export const siteRegister = defineRegister({
  spec: siteSpec,
  table: publicitySites,
  naturalKey: ['orgUnitId', 'name'],
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    refuse(siteProblems(merged));
    if ('orgUnitId' in input) await requireUnitKind(tx, merged.orgUnitId, ['community', 'subdistrict'], '法治文化阵地应登记在村(社区)或街道名下');
    return input;
  },
});

export const liaisonRegister = defineRegister({
  spec: liaisonSpec,
  table: publicityLiaisons,
  naturalKey: ['orgUnitId', 'name', 'role'],
  secretColumns: ['idNumberEnc', 'phoneEnc'],
  prepare: async (input, { tx, services, before }) => {
    const { idNumber, phone, ...fields } = input;
    const merged = { ...before, ...fields };
    refuse(liaisonProblems(merged));
    if ('orgUnitId' in fields) await requireUnitKind(tx, merged.orgUnitId, ['community'], '法律明白人、法治带头人应登记在村(社区)名下');
    const values: Record<string, unknown> = { ...fields };
    if (typeof idNumber === 'string') {
      values.idNumberEnc = services.cipher.encrypt(idNumber);
      values.idNumberMasked = maskIdNumber(idNumber);
    }
    if (typeof phone === 'string') {
      values.phoneEnc = services.cipher.encrypt(phone);
      values.phoneMasked = maskPhone(phone);
    }
    return values;
  },
});

export const ratingRegister = defineRegister({
  spec: ratingSpec,
  table: publicityRatings,
  naturalKey: ['orgUnitId', 'kind', 'level', 'year'],
  prepare: async (input, { tx, before }) => {
    const merged = { ...before, ...input };
    // 守法普法示范镇街 names a 街道; the 示范村(社区) name a 村(社区).
    if (merged.kind === 'lawAbidingTown') await requireUnitKind(tx, merged.orgUnitId, ['subdistrict'], '守法普法示范镇街应选择街道');
    else await requireUnitKind(tx, merged.orgUnitId, ['community'], '示范村(社区)应选择村(社区)');
    return input;
  },
});

export const trainingRegister = defineRegister({
  spec: trainingSpec,
  table: publicityTrainings,
  naturalKey: ['orgUnitId', 'heldOn', 'title'],
});

export const publicityRegisters = [taskRegister, dutyRegister, eventRegister, siteRegister, liaisonRegister, ratingRegister, trainingRegister];
