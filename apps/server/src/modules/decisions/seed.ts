import { addCalendarDays } from '@fazhi/core';
import {
  departsFromMajority,
  matterNeedsReview,
  participationForms,
  type decisionKinds,
  type DecisionOutcome,
  type MatterCategory,
  type meetingTypes,
  type ParticipationForm,
  type Stance,
  type undeliberatedForms,
} from '@fazhi/core/decisions';
import { eq } from 'drizzle-orm';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import { personName } from '../../seed/people.js';
import type { SeedContext } from '../../seed/context.js';
import { seedReview, type SeedReviewInput } from '../legal-review/subjects-seed.js';
import type { Random } from '../../seed/random.js';
import { catalogueRegister, decisionRegister, matterRegister } from './registers.js';
import { decisionCatalogueItems, decisionCatalogues, decisionExecutionReports, decisionExpertOpinions, decisionMemberOpinions, majorDecisions, subdistrictMatters } from './tables.js';

const adviserNames = '吴律师（山东示范律师事务所，区政府法律顾问）';

// The district's catalogue; the first five items have started their decision procedure, at different steps.
const items = [
  { title: '示范高新区国土空间分区规划（2021—2035年）', kind: 'plan', unit: '区自然资源和规划局', quarter: 'q2', stage: 'closed' },
  { title: '老旧小区改造三年行动方案', kind: 'publicPolicy', unit: '区住房和城乡建设局', quarter: 'q2', stage: 'rejected' },
  { title: '集体土地征收补偿安置办法', kind: 'publicPolicy', unit: '区自然资源和规划局', quarter: 'q3', stage: 'closedDissent' },
  { title: '城区生活垃圾分类处理中心建设项目', kind: 'constructionProject', unit: '区综合行政执法局', quarter: 'q3', stage: 'published' },
  { title: '农贸市场提升改造及摊位费标准调整', kind: 'publicInterest', unit: '区市场监督管理局', quarter: 'q4', stage: 'reviewing' },
  { title: '白马河生态保护与修复实施方案', kind: 'resourcePolicy', unit: '区生态环境分局', quarter: 'q4', stage: 'none' },
] as const;

const members = [
  ['常务副区长', '同意。方案经过公开征求意见和专家论证，程序完备，建议按期组织实施。'],
  ['副区长', '同意。建议承办单位进一步细化资金保障和进度安排。'],
  ['副区长', '原则同意。建议在实施中加强对群众诉求的回应，做好政策解读。'],
  ['区政府党组成员', '同意。合法性审查意见已全部采纳，无不同意见。'],
  ['区政府办公室主任', '同意。'],
  ['区财政局局长', '原则同意。建议分年度安排资金，纳入中期财政规划。'],
] as const;

type Plan = { stances: Stance[]; outcome: DecisionOutcome; reason?: string; statements?: Record<number, string> };
const plans: Record<string, Plan> = {
  closed: { stances: ['agree', 'agree', 'agreeWithChanges', 'agree', 'agree', 'agreeWithChanges'], outcome: 'adopted' },
  closedDissent: {
    stances: ['agree', 'agree', 'disagree', 'agree', 'agree', 'agreeWithChanges'],
    outcome: 'adoptedWithChanges',
    statements: { 2: '不同意。补偿标准较周边区县偏低，部分被征收户意见较大，建议重新测算后再提交会议。' },
  },
  rejected: {
    stances: ['agree', 'agreeWithChanges', 'agree', 'agree', 'agree', 'agreeWithChanges'],
    outcome: 'rejected',
    reason: '改造资金来源尚未落实，财政承受能力评估未完成，且部分小区居民意见分歧较大。作为主要负责人，决定本次不予通过，待资金落实、进一步征求居民意见后重新提交。',
  },
  published: { stances: ['agree', 'agree', 'agreeWithChanges', 'agree', 'agree', 'agree'], outcome: 'adoptedWithChanges' },
};

export async function seedDecisions(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today } = ctx;
  const back = (days: number) => addCalendarDays(today, -days);
  const unitOf = (name: string) => org.departments.get(name) ?? org.districtId;

  // 决策事项目录: agreed by the 区委 before the 区政府 approved it, then published.
  const catalogueRow = publishedCatalogueRow(org.districtId, year, `示范高新区${year}年度重大行政决策事项目录`, items.length, today);
  const [catalogue] = await tx
    .insert(decisionCatalogues)
    .values(catalogueRow as typeof decisionCatalogues.$inferInsert)
    .returning({ id: decisionCatalogues.id });
  const itemRows = await tx
    .insert(decisionCatalogueItems)
    .values(
      items.map((it, ordinal) => ({
        catalogueId: catalogue!.id,
        orgUnitId: org.districtId,
        yearStart: `${year}-01-01`,
        ordinal,
        title: it.title,
        kind: it.kind,
        leadUnitId: unitOf(it.unit),
        plannedQuarter: it.quarter,
      })),
    )
    .returning({ id: decisionCatalogueItems.id });

  let decisionCount = 0;
  let dissentCount = 0;
  for (const [n, it] of items.entries()) {
    if (it.stage === 'none') continue;
    const built = decisionRows(
      r,
      {
        id: crypto.randomUUID(),
        ...it,
        orgUnitId: unitOf(it.unit),
        catalogueItemId: itemRows[n]!.id,
        stage: it.stage,
        startedOn: back(260 - n * 30),
        meetingName: `区政府第${10 + n * 3}次常务会议`,
        documentPrefix: '示范高新政发',
        documentSeq: n + 2,
        archiveNumber: `JC-${year}-${String(n + 1).padStart(3, '0')}`,
      },
      today,
    );
    if (built.experts.length) await tx.insert(decisionExpertOpinions).values(built.experts);
    await seedReview(tx, built.review);
    if (built.members.length) await tx.insert(decisionMemberOpinions).values(built.members);
    if (built.members.some((m) => m.stance === 'disagree')) dissentCount++;
    if (built.executionReports.length) await tx.insert(decisionExecutionReports).values(built.executionReports);
    await tx.insert(majorDecisions).values(built.row);
    await tx.update(decisionCatalogueItems).set({ decisionId: built.row.id }).where(eq(decisionCatalogueItems.id, itemRows[n]!.id));
    decisionCount++;
  }

  const matterCount = await seedMatters(ctx);
  return { decisionCatalogueItems: items.length, majorDecisions: decisionCount, decisionDissents: dissentCount, subdistrictMatters: matterCount };
}

const earliest = (a: string, b: string) => (a < b ? a : b);
type DecisionKind = (typeof decisionKinds.codes)[number];

/** How far a decision got: the demo's stages (see `plans`), or `reviewing` (合法性审查 under way). */
export type DecisionStage = 'closed' | 'rejected' | 'closedDissent' | 'published' | 'reviewing';

export type DecisionInput = {
  id: string;
  title: string;
  kind: DecisionKind;
  /** The 承办单位's name (it reports on the execution). */
  unit: string;
  orgUnitId: string;
  catalogueItemId: string | null;
  stage: DecisionStage;
  startedOn: string;
  meetingName: string;
  /** The decision document's number: `${documentPrefix}〔year〕${documentSeq}号`. */
  documentPrefix: string;
  documentSeq: number;
  archiveNumber: string;
  /** Who presided over the meeting (the 区长 by default). */
  headName?: string;
  /** 公众参与 forms (条例第十四条); by default 向社会公开征求意见 with a 座谈会, or a 问卷调查 for a 公共利益 matter. */
  commentForms?: ParticipationForm[];
  /** The deliberating meeting (条例第三十条, 第四十二条); a 政府常务会议 by default. */
  meetingType?: (typeof meetingTypes.codes)[number];
  /** Decided without collective deliberation, as 登记未经集体讨论作出的决定 records it: no meeting, no members. */
  undeliberated?: { form: (typeof undeliberatedForms.codes)[number]; decidedBy: string; explanation: string };
};

/** A catalogue agreed by the Party committee in February, approved and published (at the latest some 300 days before `today`). */
export function publishedCatalogueRow(orgUnitId: string, year: number, title: string, itemCount: number, today: string): typeof decisionCatalogues.$inferInsert {
  const back = (days: number) => addCalendarDays(today, -days);
  const row: Record<string, unknown> = {
    orgUnitId,
    year,
    title,
    state: 'published',
    itemCount,
    partyCommitteeAgreedOn: earliest(`${year}-02-10`, back(300)),
    partyCommitteeNote: '经区委常委会会议研究同意',
    approvedOn: earliest(`${year}-02-20`, back(295)),
    publishedOn: earliest(`${year}-02-28`, back(290)),
    channel: 'website',
  };
  row.searchText = searchTextOf(catalogueRegister, row as Row);
  return row as typeof decisionCatalogues.$inferInsert;
}

/**
 * One major decision as far as its stage got (the bench's data generator builds its years with it too), its steps
 * counted on from `startedOn`: 公众参与, 专家论证 (technical kinds), 风险评估, 听证 where disputed, the 合法性审查
 * request for `seedReview`, each member's opinion, publication and an execution report, 归档 for closed ones.
 */
export function decisionRows(r: Random, it: DecisionInput, today: string) {
  const back = (days: number) => addCalendarDays(today, -days);
  const { id, orgUnitId } = it;
  const experts: (typeof decisionExpertOpinions.$inferInsert)[] = [];
  const stated: (typeof decisionMemberOpinions.$inferInsert)[] = [];
  const executionReports: (typeof decisionExecutionReports.$inferInsert)[] = [];
  const started = it.startedOn;
  const row: Record<string, unknown> = {
    id,
    orgUnitId,
    title: it.title,
    kind: it.kind,
    startedOn: started,
    catalogueItemId: it.catalogueItemId,
    catalogueItemTitle: it.catalogueItemId ? it.title : null,
    summary: `${it.unit}承办，经区政府决定启动决策程序。`,
    state: 'preparing',
  };
  // 公众参与: 向社会公开征求意见 for 30 days or more on the 区政府 website, with a 座谈会 or a 问卷调查 besides.
  // Other forms without a 公开征求意见 need no 30-day period (条例第十五条 sets it for that form alone).
  const forms: ParticipationForm[] = it.commentForms ?? ['openSolicitation', it.kind === 'publicInterest' ? 'questionnaire' : 'symposium'];
  const open = forms.includes('openSolicitation');
  const commentStart = addCalendarDays(started, 14);
  const commentEnd = addCalendarDays(commentStart, (open ? 30 : 10) + r.int(0, 5));
  const others = forms.filter((f) => f !== 'openSolicitation').map((f) => participationForms.label(f));
  const channel = it.commentForms
    ? `${open ? '区政府门户网站公开征求意见' : ''}${open && others.length ? '，并' : ''}${others.length ? `以${others.join('、')}方式听取意见` : ''}`
    : it.kind === 'publicInterest'
      ? '区政府门户网站公开征求意见，并向市场经营户发放问卷'
      : '区政府门户网站公开征求意见，并召开座谈会';
  Object.assign(row, {
    publicCommentStatus: 'done',
    commentForms: forms,
    commentStartOn: commentStart,
    commentEndOn: commentEnd,
    commentChannel: channel,
    commentsReceived: r.int(8, 60),
    commentHandling: '收到的意见已逐条研究，采纳、部分采纳的意见已在草案中修改，未采纳的意见已说明理由。',
  });
  const plan = plans[it.stage];
  const concluded = addCalendarDays(commentEnd, 12);
  if (it.stage !== 'reviewing') {
    // 专家论证 where the matter is technical, otherwise marked 不适用.
    if (it.kind === 'plan' || it.kind === 'constructionProject' || it.kind === 'publicPolicy') {
      experts.push(
        ...[0, 1, 2].map((k) => ({
          decisionId: id,
          ordinal: k,
          name: personName(r),
          affiliation: ['山东示范大学城乡规划学院 教授', '示范市规划设计研究院 高级工程师', '山东示范律师事务所 律师'][k]!,
          opinion: ['方案目标明确，措施可行，建议加强与上位规划衔接。', '技术路线合理，建议补充分期实施计划和资金测算。', '程序合法，建议完善公众参与记录和补偿救济条款。'][k]!,
          signedOn: addCalendarDays(commentEnd, -5 + k),
        })),
      );
      Object.assign(row, { expertReviewStatus: 'done', expertReviewedOn: experts.at(-1)!.signedOn, expertReviewSummary: '专家意见均已研究采纳。' });
    } else {
      Object.assign(row, { expertReviewStatus: 'notApplicable', expertReviewNaReason: '事项不涉及专业性、技术性较强的问题。' });
    }
    Object.assign(row, {
      riskAssessmentStatus: 'done',
      riskAssessedOn: addCalendarDays(commentEnd, 3),
      riskAssessor: '示范市社会稳定风险评估中心（第三方）',
      riskLevel: it.stage === 'closedDissent' ? 'medium' : 'low',
      riskPoints: '涉及群众切身利益，可能引发信访；实施期间可能影响周边交通。',
      riskMeasures: '建立信访联络机制，分片包保；制定交通疏导和应急处置预案。',
    });
    if (it.stage === 'closedDissent' || it.stage === 'published') {
      const hearingOn = addCalendarDays(commentEnd, 4);
      Object.assign(row, {
        hearingStatus: 'done',
        hearingOn,
        hearingMaterialsSentOn: addCalendarDays(hearingOn, -10),
        hearingParticipants: 15,
        hearingSummary: '听证参加人对补偿标准和安置方式发表了意见，已形成听证报告。',
      });
    } else {
      Object.assign(row, { hearingStatus: 'notApplicable', hearingNaReason: '公开征求意见中未出现较大分歧，未达到举行听证的条件。' });
    }
  }
  const review: SeedReviewInput = {
    subjectKind: 'majorDecision',
    subjectId: id,
    title: `关于《${it.title}》的合法性审查`,
    orgUnitId,
    receivedOn: addCalendarDays(commentEnd, 1),
    ...(it.stage === 'reviewing'
      ? {}
      : { concludedOn: concluded, opinion: 'lawfulAfterChanges' as const, opinionText: '经审查，草案在作出以下修改后合法：补充制定依据，完善救济途径条款。', adopted: true }),
    adviserTookPart: true,
    adviserNames,
  };
  if (plan) {
    // Found decided without a meeting (recorded as such): adopted on the head's word, no members' opinions.
    const undeliberated = plan.outcome === 'rejected' ? undefined : it.undeliberated;
    const decidedOn = addCalendarDays(concluded, undeliberated ? 6 : 10);
    if (undeliberated) {
      Object.assign(row, {
        decidedOn,
        headName: undeliberated.decidedBy,
        outcome: 'adopted',
        undeliberatedForm: undeliberated.form,
        undeliberatedNote: undeliberated.explanation,
        state: 'decided',
      });
    } else {
      stated.push(
        ...members.map(([post, statement], k) => ({
          decisionId: id,
          ordinal: k,
          memberName: personName(r),
          post,
          stance: plan.stances[k]!,
          statement: plan.statements?.[k] ?? statement,
        })),
      );
      Object.assign(row, {
        meetingType: it.meetingType ?? 'executive',
        meetingName: it.meetingName,
        meetingOn: decidedOn,
        decidedOn,
        headName: it.headName ?? '孙区长',
        outcome: plan.outcome,
        departsFromMajority: departsFromMajority(plan.stances, plan.outcome),
        departureReason: plan.reason ?? null,
        state: plan.outcome === 'rejected' ? 'notAdopted' : 'decided',
      });
    }
    if (plan.outcome !== 'rejected') {
      const publishedOn = addCalendarDays(decidedOn, 7);
      Object.assign(row, {
        state: 'published',
        publishedOn,
        publicationChannel: 'website',
        documentNumber: `${it.documentPrefix}〔${publishedOn.slice(0, 4)}〕${it.documentSeq}号`,
        adoptionExplanation: '公众意见采纳情况已随决策一并公布。',
      });
      executionReports.push({ decisionId: id, reportedOn: addCalendarDays(publishedOn, 30), reportingUnit: it.unit, content: '已制定实施细则，明确责任分工和时间节点，各项工作按计划推进。' });
    }
    if (it.stage === 'closed' || it.stage === 'closedDissent' || it.stage === 'rejected') {
      const closedOn = earliest(addCalendarDays(decidedOn, 60), back(5));
      Object.assign(row, {
        postEvaluationStatus: it.stage === 'rejected' ? 'pending' : 'notApplicable',
        postEvaluationNaReason: it.stage === 'rejected' ? null : '实施效果符合预期，未收到较多意见，决策机关未要求开展后评估。',
        archiveStatus: 'done',
        archivedOn: addCalendarDays(closedOn, -3),
        archiveNumber: it.archiveNumber,
        closedOn,
        state: 'closed',
      });
    }
  }
  row.searchText = searchTextOf(decisionRegister, row as Row);
  return { row: row as typeof majorDecisions.$inferInsert & { id: string }, experts, members: stated, executionReports, review };
}

const matterSubjects = {
  majorDecision: ['辖区农村人居环境整治实施方案', '社区网格化服务管理办法', '辖区集贸市场规范管理方案'],
  normativeDocument: ['农村集体“三资”管理办法', '城乡低保动态管理实施细则'],
  majorEnforcement: ['违法建设集中拆除决定', '占道经营专项整治强制措施'],
  contract: ['物业服务企业选聘合同', '社区养老服务中心委托运营协议', '集体土地租赁合同'],
  personnel: ['街道机关中层干部轮岗调整', '社区“两委”成员补选工作方案'],
  majorProject: ['便民服务中心改造工程', '背街小巷硬化亮化工程', '雨污分流改造项目'],
  largeFunds: ['年度社区惠民资金分配方案', '防汛物资采购', '集体经济发展扶持资金使用'],
} as const satisfies Record<MatterCategory, readonly string[]>;

/**
 * 20 matters in the four 街道. The 涉法事项 go through the 司法所's review, but one contract was decided before it
 * (recorded so), so 街道审查覆盖率 is below 100%; 人事任免 and the like go to the meeting without one.
 */
async function seedMatters(ctx: SeedContext): Promise<number> {
  const { tx, r, org, today } = ctx;
  const categories = Object.keys(matterSubjects) as MatterCategory[];
  let n = 0;
  for (const [s, [name, unitId]] of [...org.subdistricts.entries()].entries()) {
    for (let k = 0; k < 5; k++) {
      const pending = k === 4;
      const built = matterRows(r, {
        id: crypto.randomUUID(),
        subdistrictName: name,
        orgUnitId: unitId,
        category: categories[(s + k) % categories.length]!,
        earliestProposedOn: addCalendarDays(today, -(300 - n * 13)),
        pending,
        reviewed: n !== 3 && !(pending && s % 2 === 1),
        meetingName: `${name}党工委第${n + 5}次会议`,
      });
      if (built.review) await seedReview(tx, built.review);
      await tx.insert(subdistrictMatters).values(built.row);
      n++;
    }
  }
  return n;
}

export type { MatterCategory };

/**
 * One 街道 matter (the bench's data generator builds its years with it too): proposed within six days of
 * `earliestProposedOn`, reviewed by the 司法所 (a request for `seedReview`) if it is a 涉法事项 and `reviewed`, and
 * decided at the 党工委 meeting unless `pending` (a 涉法事项 decided unreviewed says so in its note).
 */
export function matterRows(
  r: Random,
  m: { id: string; subdistrictName: string; orgUnitId: string; category: MatterCategory; earliestProposedOn: string; pending: boolean; reviewed: boolean; meetingName: string },
): { row: typeof subdistrictMatters.$inferInsert & { id: string }; review: SeedReviewInput | null } {
  const { id, subdistrictName: name, orgUnitId } = m;
  const subject = `${name.replace('街道', '')}${r.pick(matterSubjects[m.category])}`;
  const proposedOn = addCalendarDays(m.earliestProposedOn, r.int(0, 6));
  const reviewConcluded = addCalendarDays(proposedOn, r.int(3, 6));
  const row: Record<string, unknown> = { id, orgUnitId, subject, category: m.category, proposedOn, summary: `${name}党工委会议研究事项。`, state: 'pending' };
  const reviewed = m.reviewed && matterNeedsReview(m.category);
  const review: SeedReviewInput | null = reviewed
    ? {
        subjectKind: 'subdistrictMatter',
        subjectId: id,
        title: `${subject}合法性审查`,
        orgUnitId,
        receivedOn: addCalendarDays(proposedOn, 1),
        concludedOn: reviewConcluded,
        opinion: 'lawful',
        opinionText: '经司法所审查，该事项符合法律法规规定，程序合法。',
        adviserTookPart: r.chance(0.5),
        adviserNames: null,
        adopted: true,
      }
    : null;
  if (!m.pending) {
    Object.assign(row, {
      state: 'decided',
      meetingOn: addCalendarDays(reviewConcluded, r.int(2, 8)),
      meetingName: m.meetingName,
      decisionText: '会议研究同意，由分管负责人牵头组织实施。',
      judicialOfficeHeadAttended: r.chance(0.8),
      unreviewedNote: matterNeedsReview(m.category) && !reviewed ? '会议召开时司法所审查意见尚未出具，街道以工期紧迫为由先行研究决定，司法所已提出整改意见。' : null,
    });
  }
  row.searchText = searchTextOf(matterRegister, row as Row);
  return { row: row as typeof subdistrictMatters.$inferInsert & { id: string }, review };
}
