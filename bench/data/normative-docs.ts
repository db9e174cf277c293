import { addCalendarDays } from '@fazhi/core';
import { cleanupConclusions, type CleanupConclusion, type DocumentState } from '@fazhi/core/normative-docs';
import { legalReviewRequests, reviewRowOf } from '../../apps/server/src/modules/legal-review/subjects-seed.js';
import { campaignRegister } from '../../apps/server/src/modules/normative-docs/registers.js';
import { counterRows, documentRows, finishDocument, numberDocuments, type CommentRow, type DocumentIssuer, type DocumentRow } from '../../apps/server/src/modules/normative-docs/seed.js';
import { normativeDocCampaignItems, normativeDocCampaigns, normativeDocComments, normativeDocNumberCounters, normativeDocuments } from '../../apps/server/src/modules/normative-docs/tables.js';
import type { Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { personName } from '../../apps/server/src/seed/people.js';
import type { DataContext, DataGenerator } from './index.js';

/** Per district-year: 19 documents as the demo seed has (~14 published in the year; in the last year ~5 still in the making). */
const documentsPerDistrictYear = 19;

// Subjects: [name, concerns market entities, the department that drafts it (null: the 管委会's own)]. 暂行/试行 titles get the two-year validity.
const subjects: [string, boolean, string | null][] = [
  ['关于进一步优化营商环境的若干措施', true, null],
  ['企业研发费用补助暂行办法', true, '区经济发展局'],
  ['国有土地上房屋征收与补偿实施办法', false, '区住房和城乡建设局'],
  ['建设工程文明施工管理规定', false, '区住房和城乡建设局'],
  ['农村宅基地审批管理办法', false, '区自然资源和规划局'],
  ['闲置土地处置办法', false, '区自然资源和规划局'],
  ['食品小作坊登记管理办法', true, '区市场监督管理局'],
  ['行政执法公示实施办法', false, '区司法局（区委依法治区办）'],
  ['人才住房保障办法', false, null],
  ['新型农业经营主体扶持办法', true, null],
  ['物业服务企业信用管理办法', true, '区住房和城乡建设局'],
  ['公共资源交易管理办法', true, null],
  ['政府投资项目审批管理办法', false, null],
  ['新能源汽车充电设施建设管理办法', true, '区住房和城乡建设局'],
  ['户外广告设施设置管理办法', false, '区综合行政执法局'],
  ['测绘地理信息成果管理规定', false, '区自然资源和规划局'],
  ['城市道路挖掘占用管理办法', false, '区综合行政执法局'],
  ['失业保险稳岗返还实施细则', true, '区人力资源和社会保障局'],
  ['环境违法行为有奖举报暂行办法', false, '区生态环境分局'],
  ['餐饮油烟污染防治管理规定', true, '区生态环境分局'],
  ['历史建筑保护管理办法', false, null],
  ['重大行政处罚备案审查办法', false, '区司法局（区委依法治区办）'],
  ['小微企业创业担保贷款贴息试行办法', true, '区财政局'],
  ['政府采购负面清单管理办法', true, '区财政局'],
  ['城市生活垃圾分类管理办法', false, '区综合行政执法局'],
  ['行政执法全过程记录实施办法', false, '区司法局（区委依法治区办）'],
  ['农村集体经营性建设用地入市管理办法', true, '区自然资源和规划局'],
  ['养犬管理规定', false, '区公安分局'],
  ['机动车停放秩序管理办法', false, '区公安分局'],
  ['电动自行车销售维修经营管理办法', true, '区市场监督管理局'],
  ['招商引资项目落地服务办法', true, '区经济发展局'],
  ['劳动保障监察举报投诉处理办法', false, '区人力资源和社会保障局'],
];
const subdistrictSubjects: [string, boolean, null][] = [
  ['社区网格化服务管理办法', false, null],
  ['集贸市场摊位管理规定', true, null],
  ['居民自治章程指导意见', false, null],
  ['沿街商铺门前三包管理办法', true, null],
  ['困难群众临时救助实施细则', false, null],
];

// Department abbreviations for 发文字号 (the demo seed uses the first three).
const abbreviations: Record<string, string> = {
  区自然资源和规划局: '自然资规',
  区住房和城乡建设局: '住建规',
  区市场监督管理局: '市监规',
  '区司法局（区委依法治区办）': '司规',
  区经济发展局: '经发规',
  区财政局: '财规',
  区生态环境分局: '环规',
  区人力资源和社会保障局: '人社规',
  区综合行政执法局: '综执规',
  区公安分局: '公规',
};

type Organ = { id: string; name: string; issuer: DocumentIssuer; subdistrict: boolean };

function organsOf(ctx: DataContext): Organ[] {
  const { org, random: r } = ctx;
  const departments = [...org.departments.entries()].filter(([n]) => n !== '区党政办公室');
  const subdistrictNames = new Map([...org.subdistricts].map(([name, id]) => [id, name]));
  return [
    // 管委会 documents are owned by the 党政办公室 (as in the demo seed); the drafting department varies per document.
    { id: org.departments.get('区党政办公室')!, name: '区党政办公室', issuer: { prefix: '示范高新发', draftingUnit: '区司法局（区委依法治区办）', level: 'district' }, subdistrict: false },
    ...departments.map(([name, id]) => ({
      id,
      name,
      issuer: { prefix: `示范高新${abbreviations[name] ?? `${name.replace(/^区/, '').slice(0, 2)}规`}`, draftingUnit: name, level: 'department' as const, signerName: personName(r) },
      subdistrict: false,
    })),
    ...ctx.org.allSubdistricts.map((id) => {
      const name = subdistrictNames.get(id)!;
      return { id, name, issuer: { prefix: `示范高新${name.replace('街道', '')}街办发`, draftingUnit: name, level: 'subdistrict' as const, signerName: personName(r) }, subdistrict: true };
    }),
  ];
}

const conclusionWeights = [
  ['valid', 93],
  ['repeal', 4],
  ['expire', 3],
] as const;
const conclusionReasons: Record<CleanupConclusion, string> = {
  valid: '与上位法规定一致，仍适应管理需要',
  amend: '部分条款与新修订的上位法不一致，需要修改',
  repeal: '管理职责已调整，本文件不再适用',
  expire: '调整对象已消失，宣布失效',
};

/**
 * 行政规范性文件 year by year: documents of the 管委会, the departments and the 街道 (numbers per organ and year
 * with their counter rows), comments and linked 合法性审核 requests, and each year from the second on, 清理
 * campaigns over the three years before, whose conclusions end some documents. Documents stay in memory only while
 * a later campaign can still reach them (three years). Documents past their validity expire as the daily job expires them.
 */
export const normativeDocsData: DataGenerator = {
  module: 'normativeDocs',
  async generate(ctx) {
    const { random: r, asOf } = ctx;
    const organs = organsOf(ctx);
    const district = organs[0]!;
    const departments = organs.filter((o) => o.issuer.level === 'department');
    const subdistricts = organs.filter((o) => o.subdistrict);
    const draftingDepartments = departments.map((o) => o.name);
    const counters = new Map<string, number>();
    const registrations = new Map<number, number>();
    let window: DocumentRow[] = [];
    const flush = async (keep: (row: DocumentRow) => boolean) => {
      const out = window.filter((row) => !keep(row));
      // Whatever expires before `asOf` after leaving the window does so before any later campaign could see it.
      expireBefore(out, asOf);
      window = window.filter(keep);
      await ctx.insert(normativeDocuments, out.map(finishDocument));
    };
    const lastYear = ctx.years.at(-1)!;
    const campaignsPerYear = Math.max(1, Math.round(ctx.scale / ctx.years.length));

    for (const year of ctx.years) {
      // 清理 of this year, over documents published in the three years before and in force when it started.
      if (year > ctx.years[0]!) {
        expireBefore(window, `${year}-09-01`);
        await cleanup(ctx, year, campaignsPerYear, organs, window);
      }
      // Documents published before the next campaign's scope are final now.
      await flush((row) => Boolean(row.publishedOn) && String(row.publishedOn) >= `${year - 2}-01-01`);

      const count = Math.max(1, Math.round((documentsPerDistrictYear * ctx.scale) / ctx.years.length));
      const rows: DocumentRow[] = [];
      const comments: CommentRow[] = [];
      const reviews: (typeof legalReviewRequests.$inferInsert)[] = [];
      for (let i = 0; i < count; i++) {
        const kind = r.weighted([
          ['district', 35],
          ['department', 50],
          ['subdistrict', 15],
        ] as const);
        const organ = kind === 'district' ? district : kind === 'department' ? r.pick(departments) : r.pick(subdistricts);
        // A department issues on its own field; the 管委会 on any, drafted by the department concerned.
        const own = subjects.filter((s) => s[2] === organ.name);
        const [subject, market, drafter] = r.pick(organ.subdistrict ? subdistrictSubjects : kind === 'department' && own.length ? own : subjects);
        const title = organ.subdistrict ? `${organ.name}${subject}` : `示范高新区${subject}`;
        const issuer = kind === 'district' ? { ...organ.issuer, draftingUnit: drafter ?? r.pick(draftingDepartments) } : organ.issuer;
        // The last year's latest quarter is still in the making on `asOf`.
        const inMaking = year === lastYear && i / count >= 0.74;
        let reach: DocumentState;
        let publishedOn: string | undefined;
        let effectiveAfter: number | undefined;
        let filedAfter: number | undefined;
        let notFiled = false;
        if (inMaking) {
          reach = r.weighted([
            ['signed', 1],
            ['underReview', 1],
            ['publicComment', 1],
            ['drafting', 1],
            ['proposed', 1],
          ] as const);
        } else {
          publishedOn = addCalendarDays(`${year}-01-10`, Math.floor((i / count) * (year === lastYear ? 340 / 0.74 : 340)) + r.int(0, 5));
          if (publishedOn > `${year}-12-28`) publishedOn = `${year}-12-28`;
          effectiveAfter = r.pick([0, 0, 30]);
          filedAfter = r.chance(0.08) ? r.int(31, 40) : r.int(5, 20);
          notFiled = addCalendarDays(publishedOn, filedAfter) > asOf;
          reach = addCalendarDays(publishedOn, effectiveAfter) <= asOf ? 'inForce' : notFiled ? 'published' : 'filed';
        }
        const pubYear = Number((publishedOn ?? asOf).slice(0, 4));
        const registrationSeq = (registrations.get(pubYear) ?? 0) + 1;
        const built = documentRows(r, { title, issuer, market, reach, publishedOn, effectiveAfter, filedAfter, notFiled }, ctx.newId(), organ.id, asOf, registrationSeq);
        if (built.row.registrationNumber) registrations.set(pubYear, registrationSeq);
        rows.push(built.row);
        comments.push(...built.comments.map((c) => ({ ...c, id: ctx.newId() })));
        if (built.review) reviews.push(reviewRowOf(built.review, ctx.newId()));
      }
      numberDocuments(rows, counters);
      await ctx.insert(normativeDocComments, comments);
      await ctx.insert(legalReviewRequests, reviews);
      // Unpublished documents no campaign reaches; published ones wait for the campaigns of the next three years.
      window.push(...rows);
      await flush((row) => Boolean(row.publishedOn));
    }
    await flush(() => false);
    await ctx.insert(normativeDocNumberCounters, counterRows(counters));
  },
};

/** What the daily job does (jobs.ts `expireDocuments`) to documents whose validity ran out before `today`. */
function expireBefore(rows: DocumentRow[], today: string) {
  for (const row of rows) {
    if (row.state !== 'inForce' || !row.expiresOn || row.expiresOn >= today) continue;
    Object.assign(row, { state: 'expired', endedOn: addCalendarDays(row.expiresOn, 1), endReason: `有效期至${row.expiresOn}届满，自动失效` });
  }
}

async function cleanup(ctx: DataContext, year: number, campaignsPerYear: number, organs: Organ[], window: DocumentRow[]) {
  const { random: r, org } = ctx;
  const startedOn = `${year}-09-01`;
  const closedOn = `${year}-10-31`;
  const scopeFrom = `${year - 3}-01-01`;
  const scopeTo = `${year - 1}-12-31`;
  // Several campaigns a year at larger scales, each over its own share of the issuing organs.
  const groups = Math.min(campaignsPerYear, organs.length);
  const campaigns: (typeof normativeDocCampaigns.$inferInsert)[] = [];
  const items: (typeof normativeDocCampaignItems.$inferInsert)[] = [];
  const groupOf = new Map(organs.map((o, k) => [o.id, k % groups]));
  for (let g = 0; g < groups; g++) {
    const id = ctx.newId();
    const name = groups === 1 ? `${year}年度行政规范性文件集中清理` : `${year}年度行政规范性文件集中清理（第${g + 1}批）`;
    const row: Record<string, unknown> = {
      id,
      orgUnitId: org.districtId,
      name,
      issuingUnitIds: groups === 1 ? [org.districtId] : organs.filter((o) => groupOf.get(o.id) === g).map((o) => o.id),
      scopeFrom,
      scopeTo,
      startedOn,
      endsOn: addCalendarDays(startedOn, 60),
      state: 'published',
      closedOn,
      publishedOn: addCalendarDays(closedOn, 5),
    };
    row.searchText = searchTextOf(campaignRegister, row as Row);
    campaigns.push(row as typeof normativeDocCampaigns.$inferInsert);
    for (const doc of window) {
      const inScope = doc.state === 'inForce' && groupOf.get(doc.orgUnitId) === g && String(doc.publishedOn) >= scopeFrom && String(doc.publishedOn) <= scopeTo && String(doc.effectiveOn) <= startedOn;
      if (!inScope) continue;
      const conclusion: CleanupConclusion = r.weighted(conclusionWeights);
      const reason = conclusionReasons[conclusion];
      items.push({ id: ctx.newId(), campaignId: id, documentId: doc.id, orgUnitId: doc.orgUnitId, conclusion, reason, appliedOn: closedOn });
      // What 完成清理 writes on the document (campaigns.ts).
      const note = `${name}：${cleanupConclusions.label(conclusion)}。${reason}`;
      if (conclusion === 'valid') Object.assign(doc, { evaluatedOn: closedOn, evaluationNote: note });
      else Object.assign(doc, { state: conclusion === 'repeal' ? 'repealed' : 'expired', endedOn: closedOn, endReason: note, newVersionId: null });
    }
  }
  await ctx.insert(normativeDocCampaigns, campaigns);
  await ctx.insert(normativeDocCampaignItems, items);
}
