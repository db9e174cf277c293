import { addCalendarDays } from '@fazhi/core';
import type { DecisionInput } from '../../apps/server/src/modules/decisions/seed.js';
import type { ParticipationForm } from '@fazhi/core/decisions';
import { decisionRegister } from '../../apps/server/src/modules/decisions/registers.js';
import { decisionRows, matterRows, publishedCatalogueRow, type DecisionStage, type MatterCategory } from '../../apps/server/src/modules/decisions/seed.js';
import {
  decisionCatalogueItems,
  decisionCatalogues,
  decisionExecutionReports,
  decisionExpertOpinions,
  decisionMemberOpinions,
  majorDecisions,
  subdistrictMatters,
} from '../../apps/server/src/modules/decisions/tables.js';
import { legalReviewRequests, reviewRowOf } from '../../apps/server/src/modules/legal-review/subjects-seed.js';
import type { Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { personName } from '../../apps/server/src/seed/people.js';
import type { DataContext, DataGenerator } from './index.js';

/** Per district-year, as the demo seed has: one catalogue of 6 items (~5 of them started as decisions) and 20 街道 matters. */
const itemsPerDistrictYear = 6;
const mattersPerDistrictYear = 20;

type Kind = 'plan' | 'publicPolicy' | 'constructionProject' | 'publicInterest' | 'resourcePolicy';
// [title, kind, 承办单位 of the 区政府's catalogue]
const subjects: [string, Kind, string][] = [
  ['国土空间分区规划', 'plan', '区自然资源和规划局'],
  ['老旧小区改造三年行动方案', 'publicPolicy', '区住房和城乡建设局'],
  ['集体土地征收补偿安置办法', 'publicPolicy', '区自然资源和规划局'],
  ['城区生活垃圾分类处理中心建设项目', 'constructionProject', '区综合行政执法局'],
  ['农贸市场提升改造及摊位费标准调整', 'publicInterest', '区市场监督管理局'],
  ['白马河生态保护与修复实施方案', 'resourcePolicy', '区生态环境分局'],
  ['国民经济和社会发展五年规划纲要', 'plan', '区经济发展局'],
  ['城乡居民基本医疗保险财政补助标准调整', 'publicPolicy', '区财政局'],
  ['公共停车场建设及收费标准', 'constructionProject', '区住房和城乡建设局'],
  ['就业创业扶持政策', 'publicPolicy', '区人力资源和社会保障局'],
  ['地下水超采综合治理方案', 'resourcePolicy', '区生态环境分局'],
  ['道路交通安全综合整治方案', 'publicInterest', '区公安分局'],
  ['产业园区基础设施提升工程', 'constructionProject', '区经济发展局'],
  ['历史文化街区保护利用规划', 'plan', '区自然资源和规划局'],
  ['公共法律服务体系建设实施方案', 'publicPolicy', '区司法局（区委依法治区办）'],
  ['城市供热价格调整方案', 'publicInterest', '区经济发展局'],
];
const kinds = [
  ['publicPolicy', 30],
  ['plan', 20],
  ['constructionProject', 25],
  ['publicInterest', 15],
  ['resourcePolicy', 10],
] as const;
const stages = [
  ['closed', 40],
  ['published', 35],
  ['closedDissent', 8],
  ['rejected', 7],
  ['reviewing', 10],
] as const;
const prefixes: Record<string, string> = {
  区自然资源和规划局: '示范高新自然资发',
  区住房和城乡建设局: '示范高新住建发',
  区市场监督管理局: '示范高新市监发',
  '区司法局（区委依法治区办）': '示范高新司发',
  区经济发展局: '示范高新经发',
  区财政局: '示范高新财发',
  区生态环境分局: '示范高新环发',
  区人力资源和社会保障局: '示范高新人社发',
  区综合行政执法局: '示范高新综执发',
  区公安分局: '示范高新公发',
};
// 街道 "三重一大" and other 涉法事项: contracts and funds come most often; 人事任免 goes to the meeting without a review.
const categories: [MatterCategory, number][] = [
  ['contract', 25],
  ['largeFunds', 17],
  ['majorProject', 15],
  ['personnel', 15],
  ['majorDecision', 15],
  ['majorEnforcement', 8],
  ['normativeDocument', 5],
];
// 公众参与 (条例第十四条): mostly a 公开征求意见 with another form besides; a few heard only in other forms.
const commentFormSets: [ParticipationForm[], number][] = [
  [['openSolicitation', 'symposium'], 35],
  [['openSolicitation'], 15],
  [['openSolicitation', 'writtenSolicitation'], 15],
  [['openSolicitation', 'questionnaire'], 10],
  [['openSolicitation', 'symposium', 'fieldVisit'], 8],
  [['symposium', 'writtenSolicitation'], 8],
  [['symposium', 'fieldVisit'], 4],
  [['openSolicitation', 'opinionPoll'], 3],
  [['writtenSolicitation'], 2],
];
// Found decided without a meeting (集体讨论率 counts them against): rare, mostly on the head's signature.
const undeliberatedShare = 0.03;
const undeliberatedForms: [NonNullable<DecisionInput['undeliberated']>['form'], number][] = [
  ['headSigned', 50],
  ['specialMeeting', 30],
  ['deputySigned', 15],
  ['other', 5],
];
const undeliberatedNotes: Record<NonNullable<DecisionInput['undeliberated']>['form'], string> = {
  headSigned: '法治督察中发现，该事项经主要负责人签批后即印发实施，未提交会议集体讨论。',
  specialMeeting: '该事项经专题会议研究后实施，专题会议不属于集体讨论决定的会议形式，督察中予以登记。',
  deputySigned: '该事项由分管负责人签批后实施，未提交会议集体讨论，已责成承办单位整改。',
  other: '该事项以传阅文件方式征求班子成员意见后实施，未召开会议集体讨论。',
};

/**
 * The furthest stage a decision started on `startedOn` can have reached by `asOf` (the demo seed's steps take about
 * 50 days to the review, 71 to the meeting, 108 to the first execution report, and a closed one 60 more); null: the
 * item has not started yet.
 */
function stageBy(stage: DecisionStage, startedOn: string, asOf: string): DecisionStage | null {
  const by = (days: number) => addCalendarDays(startedOn, days) <= asOf;
  if (stage !== 'reviewing' && stage !== 'published' && !by(71 + 60 + 10)) stage = stage === 'rejected' ? 'reviewing' : 'published';
  if (stage === 'published' && !by(108 + 5)) stage = 'reviewing';
  return stage === 'reviewing' && !by(50) ? null : stage;
}

/**
 * 重大行政决策 year by year: catalogues (one per decision organ and year: the 区政府's, and at larger scales the
 * departments' too), their items, the decisions started on them with their step columns, expert and member
 * opinions, execution reports and linked 合法性审查 requests, and the 街道's "三重一大" matters, mostly reviewed by
 * the 司法所.
 */
export const decisionsData: DataGenerator = {
  module: 'decisions',
  async generate(ctx) {
    const { random: r, org } = ctx;
    const departments = [...org.departments.entries()].filter(([n]) => n !== '区党政办公室');
    // Decision organs: the 区政府 (district), then departments with their own catalogues.
    const organs = [
      { id: org.districtId, name: '示范高新区', head: '孙区长', prefix: '示范高新政发' },
      ...departments.map(([name, id]) => ({ id, name, head: personName(r), prefix: prefixes[name] ?? `示范高新${name.replace(/^区/, '').slice(0, 2)}发` })),
    ];
    const subdistrictNames = new Map([...org.subdistricts].map(([name, id]) => [id, name]));
    const documentNumbers = new Map<string, number>();
    for (const year of ctx.years) {
      await generateYear(ctx, year, organs, documentNumbers);
      await generateMatters(ctx, year, subdistrictNames);
    }
  },
};

type DecisionOrgan = { id: string; name: string; head: string; prefix: string };

async function generateYear(ctx: DataContext, year: number, organs: DecisionOrgan[], documentNumbers: Map<string, number>) {
  const { random: r, org, asOf } = ctx;
  const itemCount = Math.max(1, Math.round((itemsPerDistrictYear * ctx.scale) / ctx.years.length));
  const catalogueCount = Math.min(organs.length, itemCount, Math.max(1, Math.round(ctx.scale / ctx.years.length)));
  const catalogues = organs.slice(0, catalogueCount).map((organ, k) => {
    const n = Math.floor(itemCount / catalogueCount) + (k < itemCount % catalogueCount ? 1 : 0);
    const title = k === 0 ? `示范高新区${year}年度重大行政决策事项目录` : `${organ.name}${year}年度重大行政决策事项目录`;
    return { organ, row: { ...publishedCatalogueRow(organ.id, year, title, n, asOf), id: ctx.newId() }, n };
  });

  const items: (typeof decisionCatalogueItems.$inferInsert)[] = [];
  const decisions: (typeof majorDecisions.$inferInsert)[] = [];
  const experts: (typeof decisionExpertOpinions.$inferInsert)[] = [];
  const members: (typeof decisionMemberOpinions.$inferInsert)[] = [];
  const reports: (typeof decisionExecutionReports.$inferInsert)[] = [];
  const reviews: (typeof legalReviewRequests.$inferInsert)[] = [];
  let archived = 0;
  for (const { organ, row: catalogue, n } of catalogues) {
    let meetings = 0;
    for (let ordinal = 0; ordinal < n; ordinal++) {
      const district = organ.id === org.districtId;
      // The 区政府 decides on every field; a department on its own.
      const own = subjects.filter((s) => s[2] === organ.name);
      // One kind drawn per item (drawing inside the filter could leave no subject at all).
      const wanted = district || !own.length ? r.weighted(kinds) : null;
      const [subject, kind, unit] = wanted ? r.pick(subjects.filter((s) => s[1] === wanted)) : r.pick(own);
      // The 区政府's items are led by the department concerned; a department's catalogue lists its own matters.
      const leadName = district ? unit : organ.name;
      const leadUnitId = district ? org.departments.get(unit)! : organ.id;
      const title = `示范高新区${subject}`;
      const startedOn = addCalendarDays(`${year}-03-01`, Math.floor((ordinal / n) * 270) + r.int(0, 9));
      const plannedQuarter = `q${Math.min(4, Math.floor((Number(startedOn.slice(5, 7)) - 1) / 3) + 1 + r.int(0, 1))}`;
      const itemId = ctx.newId();
      const stage = r.chance(5 / 6) ? stageBy(r.weighted(stages), startedOn, asOf) : null;
      let decisionId: string | null = null;
      if (stage) {
        meetings += 1;
        // A 区政府 deliberates at its 常务会议, a 规划 now and then at the 全体会议; a department at its 局务会议 (第四十二条).
        const meetingType = !district ? 'bureauAffairs' : kind === 'plan' && r.chance(0.5) ? 'plenary' : 'executive';
        const forms = r.weighted(commentFormSets);
        // A hearing held (the seed's published and dissenting decisions) is one of the forms of hearing the public.
        const commentForms: ParticipationForm[] = stage === 'published' || stage === 'closedDissent' ? [...forms, 'hearing'] : forms;
        const form = stage !== 'reviewing' && stage !== 'rejected' && r.chance(undeliberatedShare) ? r.weighted(undeliberatedForms) : null;
        const built = decisionRows(
          r,
          {
            id: ctx.newId(),
            title,
            kind,
            unit: leadName,
            orgUnitId: leadUnitId,
            catalogueItemId: itemId,
            stage,
            startedOn,
            meetingName: !district
              ? `${organ.name}${year}年第${meetings}次局务会议`
              : meetingType === 'plenary'
                ? `区政府${year}年第${r.int(1, 2)}次全体会议`
                : `区政府${year}年第${meetings * 2 + r.int(0, 1)}次常务会议`,
            meetingType,
            commentForms,
            undeliberated: form ? { form, decidedBy: organ.head, explanation: undeliberatedNotes[form] } : undefined,
            documentPrefix: organ.prefix,
            documentSeq: 0,
            archiveNumber: `JC-${year}-${String(++archived).padStart(3, '0')}`,
            headName: organ.head,
          },
          asOf,
        );
        const row = built.row as Record<string, unknown>;
        // 公布 numbers decisions per organ and year of publication.
        if (typeof row.publishedOn === 'string') {
          const key = `${organ.id}:${row.publishedOn.slice(0, 4)}`;
          const seq = (documentNumbers.get(key) ?? 0) + 1;
          documentNumbers.set(key, seq);
          row.documentNumber = `${organ.prefix}〔${row.publishedOn.slice(0, 4)}〕${seq}号`;
          row.searchText = searchTextOf(decisionRegister, row as Row);
        }
        decisionId = built.row.id;
        decisions.push(built.row);
        experts.push(...built.experts.map((e) => ({ ...e, id: ctx.newId() })));
        members.push(...built.members.map((m) => ({ ...m, id: ctx.newId() })));
        reports.push(...built.executionReports.map((e) => ({ ...e, id: ctx.newId() })));
        reviews.push(reviewRowOf(built.review, ctx.newId()));
      }
      items.push({ id: itemId, catalogueId: catalogue.id, orgUnitId: organ.id, yearStart: `${year}-01-01`, ordinal, title, kind, leadUnitId, plannedQuarter, decisionId });
    }
  }
  await ctx.insert(
    decisionCatalogues,
    catalogues.map((c) => c.row),
  );
  await ctx.insert(decisionCatalogueItems, items);
  await ctx.insert(majorDecisions, decisions);
  await ctx.insert(decisionExpertOpinions, experts);
  await ctx.insert(decisionMemberOpinions, members);
  await ctx.insert(decisionExecutionReports, reports);
  await ctx.insert(legalReviewRequests, reviews);
}

/** 街道 matters over the year, round the 街道 in turn; ~93 % reviewed by the 司法所, the last six weeks' still pending. */
async function generateMatters(ctx: DataContext, year: number, subdistrictNames: Map<string, string>) {
  const { random: r, asOf, org } = ctx;
  const count = Math.max(1, Math.round((mattersPerDistrictYear * ctx.scale) / ctx.years.length));
  const meetings = new Map<string, number>();
  const rows: (typeof subdistrictMatters.$inferInsert)[] = [];
  const reviews: (typeof legalReviewRequests.$inferInsert)[] = [];
  for (let j = 0; j < count; j++) {
    const orgUnitId = org.allSubdistricts[j % org.allSubdistricts.length]!;
    const name = subdistrictNames.get(orgUnitId)!;
    const earliestProposedOn = addCalendarDays(`${year}-01-05`, Math.floor((j / count) * 350));
    // The last weeks' matters await the 党工委 meeting.
    const pending = addCalendarDays(earliestProposedOn, 45) > asOf;
    const reviewed = addCalendarDays(earliestProposedOn, 12) <= asOf && r.chance(pending ? 0.5 : 0.93);
    const k = (meetings.get(orgUnitId) ?? 0) + 1;
    if (!pending) meetings.set(orgUnitId, k);
    const built = matterRows(r, {
      id: ctx.newId(),
      subdistrictName: name,
      orgUnitId,
      category: r.weighted(categories),
      earliestProposedOn,
      pending,
      reviewed,
      meetingName: `${name}党工委${year}年第${k}次会议`,
    });
    rows.push(built.row);
    if (built.review) reviews.push(reviewRowOf(built.review, ctx.newId()));
  }
  await ctx.insert(subdistrictMatters, rows);
  await ctx.insert(legalReviewRequests, reviews);
}
