import { addCalendarDays, addWorkingDays } from '@fazhi/core';
import { caseDueDates, caseStage } from '@fazhi/core/enforcement';
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { companyName, personName } from '../../seed/people.js';
import { seedReview } from '../legal-review/subjects-seed.js';
import { caseRegister } from './case-registers.js';
import { enforcementBodies, enforcementCases, enforcementCertificates, enforcementItems, enforcementOfficers } from './tables.js';

const outcomesOf: Record<string, readonly string[]> = { penalty: ['penalty', 'penalty', 'penalty', 'penalty', 'noPenalty'], licence: ['granted', 'granted', 'granted', 'refused'] };

/**
 * One year of 执法案件 for the demo district (~1,500): most online, decided within 90 days and disclosed in their
 * windows; a few late, undisclosed, extended, changed and withdrawn, and 重大执法决定 with (mostly) a 法制审核.
 */
export async function seedCases(ctx: SeedContext, total = 1500): Promise<Record<string, number>> {
  const { tx, r, year, today } = ctx;
  const by = ctx.users.get('fzb') ?? null;
  const yearStart = `${year}-01-01`;
  // Officers whose 执法证 was in force all year: issued well before it and never revoked or suspended.
  const holders = await tx
    .selectDistinct({ id: enforcementOfficers.id, name: enforcementOfficers.name, orgUnitId: enforcementOfficers.orgUnitId, bodyId: enforcementOfficers.bodyId })
    .from(enforcementOfficers)
    .innerJoin(enforcementCertificates, eq(enforcementCertificates.officerId, enforcementOfficers.id))
    .where(
      and(
        eq(enforcementCertificates.kind, 'enforcement'),
        isNull(enforcementCertificates.revokedOn),
        eq(enforcementCertificates.suspended, false),
        lt(enforcementCertificates.issuedOn, addCalendarDays(yearStart, -120)),
      ),
    );
  const bodies = await tx.select({ id: enforcementBodies.id, name: enforcementBodies.name, orgUnitId: enforcementBodies.orgUnitId }).from(enforcementBodies);
  const items = await tx.select({ id: enforcementItems.id, name: enforcementItems.name, kind: enforcementItems.kind, orgUnitId: enforcementItems.orgUnitId }).from(enforcementItems);
  const plans = bodies
    .map((b) => ({ body: b, officers: holders.filter((o) => o.bodyId === b.id), items: items.filter((i) => i.orgUnitId === b.orgUnitId) }))
    .filter((p) => p.officers.length >= 2 && p.items.length > 0);
  if (plans.length === 0) return { 执法案件: 0 };
  const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(addCalendarDays(yearStart, -30))) / 86_400_000));
  const rows: Record<string, unknown>[] = [];
  const majors: { index: number; reviewed: boolean }[] = [];
  for (let n = 0; n < total; n++) {
    const plan = r.pick(plans);
    const item = r.chance(0.75) ? r.pick(plan.items.filter((i) => i.kind === 'penalty').length ? plan.items.filter((i) => i.kind === 'penalty') : plan.items) : r.pick(plan.items);
    const o1 = r.pick(plan.officers);
    const o2 = r.pick(plan.officers.filter((o) => o.id !== o1.id));
    const filedOn = addCalendarDays(yearStart, -30 + r.int(0, span));
    const extended = r.chance(0.03);
    const extensionDays = extended ? 30 : null;
    const late = r.chance(0.03);
    const decideAfter = late ? r.int(95 + (extensionDays ?? 0), 130) : r.int(3, 85);
    let decidedOn: string | null = addCalendarDays(filedOn, decideAfter);
    if (decidedOn >= today) decidedOn = null;
    const kindOutcomes = outcomesOf[item.kind] ?? ['other'];
    const outcome = decidedOn ? r.pick(kindOutcomes) : null;
    const disclose = decidedOn ? r.int(0, 99) : 99;
    let disclosedOn: string | null = null;
    if (decidedOn && disclose < 94) disclosedOn = addWorkingDays(decidedOn, r.int(1, item.kind === 'penalty' || item.kind === 'licence' ? 7 : 20));
    else if (decidedOn && disclose < 97) disclosedOn = addWorkingDays(decidedOn, r.int(22, 30));
    if (disclosedOn && disclosedOn > today) disclosedOn = null;
    const changed = disclosedOn !== null && r.chance(0.01);
    const changedOn = changed ? addCalendarDays(disclosedOn!, r.int(10, 40)) : null;
    const withdrawnOn = changedOn && changedOn < today ? addWorkingDays(changedOn, r.int(1, 3)) : null;
    const person = r.chance(0.3);
    const row: Record<string, unknown> = {
      orgUnitId: plan.body.orgUnitId,
      caseNumber: `${plan.body.name.replace(/^区|街道.*$/g, '').slice(0, 4)}立〔${filedOn.slice(0, 4)}〕${String(n + 1).padStart(5, '0')}号`,
      itemId: item.id,
      itemName: item.name,
      itemKind: item.kind,
      bodyId: plan.body.id,
      bodyName: plan.body.name,
      partyKind: person ? 'person' : 'organisation',
      partyName: person ? personName(r) : companyName(r),
      officer1Id: o1.id,
      officer2Id: o2.id,
      officerNames: `${o1.name}、${o2.name}`,
      filedOn,
      major: item.kind === 'penalty' && r.chance(0.06),
      extensionDays,
      extensionReason: extended ? '案情复杂，经本机关负责人批准延长办案期限30日' : null,
      decidedOn,
      outcome,
      fine: outcome === 'penalty' ? r.int(1, 200) * 500 : null,
      disclosedOn,
      changedOn: changedOn && changedOn < today ? changedOn : null,
      withdrawnOn: withdrawnOn && withdrawnOn < today ? withdrawnOn : null,
      online: r.chance(0.97),
      createdBy: by,
    };
    const dates = row as Parameters<typeof caseDueDates>[0];
    Object.assign(row, caseDueDates(dates), { stage: caseStage(dates) });
    row.searchText = searchTextOf(caseRegister, row as Row);
    rows.push(row);
    if (row.major && decidedOn) majors.push({ index: n, reviewed: r.chance(0.9) });
  }
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await tx
      .insert(enforcementCases)
      .values(rows.slice(i, i + 500) as (typeof enforcementCases.$inferInsert)[])
      .returning({ id: enforcementCases.id });
    ids.push(...inserted.map((x) => x.id));
  }
  // 第58条: the 法制审核 of a 重大执法决定 goes through legal review, concluded before the decision.
  for (const m of majors.filter((x) => x.reviewed)) {
    const row = rows[m.index]!;
    const decidedOn = String(row.decidedOn);
    await seedReview(tx, {
      subjectKind: 'enforcementDecision',
      subjectId: ids[m.index]!,
      title: `${String(row.caseNumber)} ${String(row.partyName)}${String(row.itemName)}案拟作出的重大执法决定`,
      orgUnitId: String(row.orgUnitId),
      receivedOn: [addCalendarDays(decidedOn, -r.int(6, 12)), String(row.filedOn)].sort()[1]!,
      concludedOn: decidedOn,
      opinion: r.chance(0.85) ? 'lawful' : 'lawfulAfterChanges',
      opinionText: '经审核，执法主体适格，事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。',
    });
  }
  return { 执法案件: rows.length, 重大执法决定法制审核: majors.filter((x) => x.reviewed).length };
}
