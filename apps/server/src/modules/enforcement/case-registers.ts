import { bodySpec, caseDueDates, caseProblems, caseSpec, caseStage, itemSpec, officerSpec } from '@fazhi/core/enforcement';
import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { defineRegister } from '../../platform/register/define.js';
import { reviewConclusion, reviewPassed } from '../legal-review/subjects.js';
import { linked } from './registers.js';
import { enforcementBodies, enforcementCases, enforcementCertificates, enforcementItems, enforcementOfficers } from './tables.js';

/** An 执法证 in force on `on`: issued by then, not revoked by then, not 暂扣 (行政处罚法 第42条: 持有执法证件). */
async function holdsCertificateOn(tx: Db, officerId: string, on: string) {
  const c = enforcementCertificates;
  const [row] = await tx
    .select({ id: c.id })
    .from(c)
    .where(and(eq(c.officerId, officerId), eq(c.kind, 'enforcement'), isNull(c.deletedAt), eq(c.suspended, false), lte(c.issuedOn, on), or(isNull(c.revokedOn), gt(c.revokedOn, on))))
    .limit(1);
  return Boolean(row);
}

async function officerOf(tx: Db, actor: Actor, id: unknown, orgUnitId: unknown, path: string, on: string) {
  const officer = await linked(tx, actor, enforcementOfficers, officerSpec.entity, id, orgUnitId, path, '执法人员');
  if (!(await holdsCertificateOn(tx, String(id), on))) refuse([{ path, message: `${String(officer.name)}在${on}未持有有效的行政执法证` }]);
  return String(officer.name);
}

export const caseRegister = defineRegister({
  spec: caseSpec,
  table: enforcementCases,
  naturalKey: ['caseNumber'],
  prepare: async (input, { tx, actor, before }) => {
    const merged: Record<string, unknown> = { ...before, ...input };
    refuse(caseProblems(merged));
    const values: Record<string, unknown> = { ...input };
    const touched = (...keys: string[]) => !before || keys.some((k) => k in input);
    if (touched('itemId', 'orgUnitId')) {
      const item = await linked(tx, actor, enforcementItems, itemSpec.entity, merged.itemId, merged.orgUnitId, 'itemId', '执法事项');
      values.itemName = item.name;
      values.itemKind = item.kind;
      merged.itemKind = item.kind;
    }
    if (touched('bodyId', 'orgUnitId')) values.bodyName = (await linked(tx, actor, enforcementBodies, bodySpec.entity, merged.bodyId, merged.orgUnitId, 'bodyId', '执法主体')).name;
    // The certificates must be valid when the decision is made (or at 立案 while none is).
    if (touched('officer1Id', 'officer2Id', 'orgUnitId', 'decidedOn', 'filedOn')) {
      const on = String(merged.decidedOn ?? merged.filedOn);
      const names = [await officerOf(tx, actor, merged.officer1Id, merged.orgUnitId, 'officer1Id', on), await officerOf(tx, actor, merged.officer2Id, merged.orgUnitId, 'officer2Id', on)];
      values.officerNames = names.join('、');
    }
    const [clash] = await tx
      .select({ id: enforcementCases.id })
      .from(enforcementCases)
      .where(and(eq(enforcementCases.caseNumber, String(merged.caseNumber)), isNull(enforcementCases.deletedAt)));
    if (clash && clash.id !== before?.id) refuse([{ path: 'caseNumber', message: '该案号已登记' }]);
    const dates = { ...merged, itemKind: String(merged.itemKind), filedOn: String(merged.filedOn) } as Parameters<typeof caseDueDates>[0];
    return { ...values, ...caseDueDates(dates), stage: caseStage(dates) };
  },
  // 第58条: a 重大执法决定 is decided only after 法制审核. Imported cases record what happened, so a missing review is
  // shown (and counted by 法制审核率), not refused.
  expand: async (db, row) => {
    if (!row.major) return { legalReview: null, legalReviewMissing: false };
    const review = await reviewConclusion(db, 'enforcementDecision', row.id);
    return { legalReview: review, legalReviewMissing: Boolean(row.decidedOn) && !reviewPassed(review) };
  },
});

/** How legal review shows a case sent for 法制审核. */
export async function caseSubject(db: Db, id: string) {
  const [row] = await db
    .select({ caseNumber: enforcementCases.caseNumber, partyName: enforcementCases.partyName, itemName: enforcementCases.itemName, orgUnitId: enforcementCases.orgUnitId })
    .from(enforcementCases)
    .where(and(eq(enforcementCases.id, id), isNull(enforcementCases.deletedAt)));
  return row ? { title: `${row.caseNumber} ${row.partyName}${row.itemName}案拟作出的重大执法决定`, orgUnitId: row.orgUnitId, path: `/enforcement/cases/${id}` } : null;
}
