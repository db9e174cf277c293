import { addCalendarDays } from '@fazhi/core';
import { fileScore, gradeOf, reviewerScore, type ItemScore } from '@fazhi/core/enforcement';
import { and, eq, isNotNull } from 'drizzle-orm';
import { assignments } from '../../platform/access/tables.js';
import { users } from '../../platform/auth/tables.js';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { campaignRegister, checkRegister, planRegister, rectificationRegister, reviewFileRegister, rubricItemRegister } from './review-registers.js';
import {
  enforcementBodies,
  enforcementCases,
  enforcementRectifications,
  enforcementReviewCampaigns,
  enforcementReviewFiles,
  enforcementReviewScores,
  enforcementRubricItems,
  enforcementSupervisionChecks,
  enforcementSupervisionPlans,
} from './tables.js';

/** The common rubric (domain-research §1.7): veto items, 卷面 20 points, 内容 80 points. */
export const seedRubric: readonly (readonly [string, string, string, number])[] = [
  ['A01', 'veto', '执法主体不合法或超越职权', 0],
  ['A02', 'veto', '执法人员无执法资格或少于两人', 0],
  ['A03', 'veto', '主要事实不清、证据不足', 0],
  ['A04', 'veto', '适用法律错误', 0],
  ['A05', 'veto', '违反法定程序，应听证未告知听证权利', 0],
  ['B01', 'form', '使用统一的执法文书格式', 2],
  ['B02', 'form', '文书填写完整、规范，每处错漏扣1分', 4],
  ['B03', 'form', '一案一卷，卷内目录、页码齐全', 4],
  ['B04', 'form', '案卷封面填写完整', 2],
  ['B05', 'form', '卷内文书按立案、调查、审查、决定、送达、执行顺序排列', 4],
  ['B06', 'form', '证据材料装订整齐、有来源标注', 4],
  ['C01', 'substance', '立案审批手续完备、及时', 10],
  ['C02', 'substance', '调查取证全面、客观，证据合法有效', 20],
  ['C03', 'substance', '定性准确，引用法律条款具体到条款项', 15],
  ['C04', 'substance', '依裁量基准作出处罚，说理充分', 15],
  ['C05', 'substance', '告知、听证、法制审核、集体讨论程序完备', 10],
  ['C06', 'substance', '决定书依法送达，执行（罚缴分离）记录完整', 10],
];

const problemsText = ['调查询问笔录未载明执法证件号码', '处罚决定书未写明裁量理由', '送达回证缺少受送达人签名', '卷内目录与文书顺序不一致', '证据材料未注明来源'];

/**
 * 案卷评查 and 执法监督 for the demo year: the rubric, four quarterly campaigns sampling ~11 decided cases in 7 fields
 * with two reviewers from other units each (the last campaign still being scored), one file nominated 十佳; the
 * year's supervision plan with checks, findings and 整改通知 (some done late, some overdue).
 */
export async function seedReviews(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today } = ctx;
  const by = ctx.users.get('fzb') ?? null;
  const district = org.districtId;
  const withSearch = (register: Parameters<typeof searchTextOf>[0], row: Record<string, unknown>) => ({ ...row, searchText: searchTextOf(register, row as Row), createdBy: by });

  const rubric = await tx
    .insert(enforcementRubricItems)
    .values(
      seedRubric.map(([code, group, title, maxDeduction]) =>
        withSearch(rubricItemRegister, { orgUnitId: district, code, group, title, maxDeduction }),
      ) as (typeof enforcementRubricItems.$inferInsert)[],
    )
    .returning({ id: enforcementRubricItems.id, group: enforcementRubricItems.group, maxDeduction: enforcementRubricItems.maxDeduction, code: enforcementRubricItems.code });

  // Reviewers: the departments' and 街道's legal staff, never on their own unit's files.
  const reviewers = ['scjg', 'zrzy', 'zjj', 'donghu', 'xiling'].map((u) => ({ id: ctx.users.get(u) })).filter((u): u is { id: string } => Boolean(u.id));
  const reviewerRows = await Promise.all(
    reviewers.map(async (u) => (await tx.select({ id: users.id, orgUnitId: users.orgUnitId, name: users.displayName }).from(users).where(eq(users.id, u.id)))[0]!),
  );

  const decided = await tx
    .select({
      id: enforcementCases.id,
      caseNumber: enforcementCases.caseNumber,
      orgUnitId: enforcementCases.orgUnitId,
      bodyName: enforcementCases.bodyName,
      itemName: enforcementCases.itemName,
      decidedOn: enforcementCases.decidedOn,
      field: enforcementBodies.field,
    })
    .from(enforcementCases)
    .innerJoin(enforcementBodies, eq(enforcementBodies.id, enforcementCases.bodyId))
    .where(and(isNotNull(enforcementCases.decidedOn), eq(enforcementCases.itemKind, 'penalty')));

  let files = 0;
  let nominated = false;
  const problemFiles: { id: string; caseNumber: string; orgUnitId: string; issuedOn: string }[] = [];
  for (let q = 1; q <= 4; q++) {
    const startedOn = `${year}-${String(q * 3 - 1).padStart(2, '0')}-10`;
    if (startedOn > today) break;
    const [campaign] = await tx
      .insert(enforcementReviewCampaigns)
      .values(
        withSearch(campaignRegister, {
          orgUnitId: district,
          name: `${year}年第${q}季度行政执法案卷评查`,
          year,
          quarter: q,
          scoreRule: q === 2 ? 'consensus' : 'mean',
          startedOn,
          endsOn: addCalendarDays(startedOn, 30),
        }) as typeof enforcementReviewCampaigns.$inferInsert,
      )
      .returning({ id: enforcementReviewCampaigns.id, name: enforcementReviewCampaigns.name, scoreRule: enforcementReviewCampaigns.scoreRule });
    const pool = decided.filter((c) => c.decidedOn! < startedOn);
    const fields = [...new Set(pool.map((c) => c.field))].slice(0, 7);
    const sample: typeof pool = [];
    for (const field of fields) {
      const inField = pool.filter((c) => c.field === field);
      for (let k = 0; k < (field === 'market' || field === 'urban' ? 2 : 1) + (r.chance(0.5) ? 1 : 0) && inField.length; k++) sample.push(inField.splice(r.int(0, inField.length - 1), 1)[0]!);
    }
    const scoring = addCalendarDays(startedOn, 20) <= today;
    for (const c of sample) {
      const others = reviewerRows.filter((u) => u.orgUnitId !== c.orgUnitId);
      const first = r.pick(others);
      const two = [first, r.pick(others.filter((u) => u.id !== first.id))];
      const results = two.map(() => {
        const scores: ItemScore[] = rubric.map((i) => ({
          itemId: i.id,
          deduction: i.group !== 'veto' && r.chance(0.25) ? Math.min(i.maxDeduction, r.int(1, 4)) : 0,
          vetoed: i.group === 'veto' && r.chance(0.01),
        }));
        return { ...reviewerScore(rubric, scores), scores };
      });
      // Under 合议 the reviewers settle on one set of deductions.
      if (campaign!.scoreRule === 'consensus' && results[1]) results[1] = results[0]!;
      const scored = scoring ? results : [];
      const score = fileScore(campaign!.scoreRule, two.length, scored);
      const isNominated: boolean = !nominated && c.field === 'market' && score !== null && score >= 95;
      nominated ||= isNominated;
      const problems = score !== null && score < 90 ? r.pick(problemsText) : null;
      const [file] = await tx
        .insert(enforcementReviewFiles)
        .values(
          withSearch(reviewFileRegister, {
            orgUnitId: district,
            campaignId: campaign!.id,
            campaignName: campaign!.name,
            caseId: c.id,
            caseNumber: c.caseNumber,
            caseOrgUnitId: c.orgUnitId,
            field: c.field,
            bodyName: c.bodyName,
            itemName: c.itemName,
            reviewerNames: two.map((u) => u.name).join('、'),
            score,
            grade: gradeOf(score),
            problems,
            nominated: isNominated,
          }) as typeof enforcementReviewFiles.$inferInsert,
        )
        .returning({ id: enforcementReviewFiles.id });
      files++;
      await tx.insert(assignments).values(two.map((u) => ({ entityType: reviewFileRegister.spec.entity, entityId: file!.id, userId: u.id, role: 'reviewer', createdBy: by })));
      const scoreRows = scored.flatMap((res, i) =>
        res.scores.map((s) => ({ fileId: file!.id, reviewerId: two[i]!.id, itemId: s.itemId, deduction: s.deduction, vetoed: Boolean(s.vetoed), scoredOn: addCalendarDays(startedOn, 14) })),
      );
      if (scoreRows.length) await tx.insert(enforcementReviewScores).values(scoreRows);
      if (problems) problemFiles.push({ id: file!.id, caseNumber: c.caseNumber, orgUnitId: c.orgUnitId, issuedOn: addCalendarDays(startedOn, 35) });
    }
  }

  // ---- 执法监督计划, checks and 整改
  const [plan] = await tx
    .insert(enforcementSupervisionPlans)
    .values(
      withSearch(planRegister, {
        orgUnitId: district,
        year,
        title: `${year}年度行政执法监督计划`,
        approvedOn: `${year}-02-20`,
        note: '综合运用日常监督、专项监督、综合检查等方式，实现区、街道两级执法监督全覆盖',
      }) as typeof enforcementSupervisionPlans.$inferInsert,
    )
    .returning({ id: enforcementSupervisionPlans.id, title: enforcementSupervisionPlans.title });
  const targets = (await tx.select({ name: enforcementBodies.name, orgUnitId: enforcementBodies.orgUnitId }).from(enforcementBodies)).filter(
    (b, i, all) => all.findIndex((x) => x.orgUnitId === b.orgUnitId) === i,
  );
  const kinds = ['daily', 'daily', 'special', 'comprehensive'] as const;
  const titles = { daily: '行政执法日常监督检查', special: '涉企行政执法专项监督', comprehensive: '行政执法工作综合检查' } as const;
  const rectRows: Record<string, unknown>[] = [];
  let checks = 0;
  for (let m = 3; m <= 11; m++) {
    const plannedOn = `${year}-${String(m).padStart(2, '0')}-15`;
    const target = targets[(m - 3) % targets.length]!;
    const kind = kinds[m % kinds.length]!;
    const doneOn = plannedOn <= today ? addCalendarDays(plannedOn, r.int(0, 5)) : null;
    const findings = doneOn && r.chance(0.7) ? r.pick(['执法全过程记录不完整', '行政执法公示信息更新不及时', '部分执法人员未按期参加年审', '裁量基准适用说理不充分']) : null;
    const [check] = await tx
      .insert(enforcementSupervisionChecks)
      .values(
        withSearch(checkRegister, {
          orgUnitId: district,
          planId: plan!.id,
          planTitle: plan!.title,
          kind,
          title: `${titles[kind]}（${m}月）`,
          targetName: target.name,
          plannedOn,
          doneOn,
          findings,
        }) as typeof enforcementSupervisionChecks.$inferInsert,
      )
      .returning({ id: enforcementSupervisionChecks.id, title: enforcementSupervisionChecks.title });
    checks++;
    if (findings && doneOn)
      rectRows.push({ orgUnitId: target.orgUnitId, source: 'check', checkId: check!.id, sourceTitle: `${check!.title}（${target.name}）`, problem: findings, issuedOn: addCalendarDays(doneOn, 7) });
  }
  for (const f of problemFiles.slice(0, 8))
    rectRows.push({ orgUnitId: f.orgUnitId, source: 'review', reviewFileId: f.id, sourceTitle: `案卷评查：${f.caseNumber}`, problem: '案卷评查发现的问题，见评查意见', issuedOn: f.issuedOn });
  const rows = rectRows
    .filter((x) => String(x.issuedOn) <= today)
    .map((x, i) => {
      const dueOn = addCalendarDays(String(x.issuedOn), 30);
      const done = dueOn < today ? r.int(0, 9) : 9;
      const completedOn = done < 7 ? addCalendarDays(String(x.issuedOn), r.int(10, 28)) : done < 8 ? addCalendarDays(dueOn, r.int(3, 10)) : null;
      return withSearch(rectificationRegister, {
        ...x,
        noticeNumber: `示法监整〔${year}〕${i + 1}号`,
        dueOn,
        completedOn: completedOn && completedOn <= today ? completedOn : null,
        result: completedOn && completedOn <= today ? '已逐项整改，完善了相关制度并组织执法人员学习' : null,
      });
    });
  if (rows.length) await tx.insert(enforcementRectifications).values(rows as (typeof enforcementRectifications.$inferInsert)[]);
  return { 评查标准: rubric.length, 评查案卷: files, 监督检查: checks, 整改通知: rows.length };
}
