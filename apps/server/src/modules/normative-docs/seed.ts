import { addCalendarDays, addWorkingDays, deadlineRules, dueDate } from '@fazhi/core';
import { documentExpiry, isProvisional, validityOf, type CleanupConclusion, type DocumentState } from '@fazhi/core/normative-docs';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { seedReview, type SeedReviewInput } from '../legal-review/subjects-seed.js';
import type { Random } from '../../seed/random.js';
import { formatDocNumber } from './numbering.js';
import { documentRegister, intakeRegister } from './registers.js';
import { normativeDocCampaignItems, normativeDocCampaigns, normativeDocComments, normativeDocIntakes, normativeDocNumberCounters, normativeDocuments } from './tables.js';

export type DocumentRow = typeof normativeDocuments.$inferInsert & { id: string };
export type CommentRow = typeof normativeDocComments.$inferInsert;

/** Months back (or forward) from a date, same day of month where it exists. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

type Issuer = 'district' | 'zrzy' | 'zjj' | 'scjg';
const prefixes: Record<Issuer, string> = { district: '示范高新发', zrzy: '示范高新自然资规', zjj: '示范高新住建规', scjg: '示范高新市监规' };
const draftingUnits: Record<Issuer, string> = { district: '区司法局（区委依法治区办）', zrzy: '区自然资源和规划局', zjj: '区住房和城乡建设局', scjg: '区市场监督管理局' };

/** Who issues a document: its number prefix, its drafting unit, and who deliberates and signs it. */
export type DocumentIssuer = {
  prefix: string;
  draftingUnit: string;
  /** 管委会 documents go to the 主任办公会 and the 区长 signs them; a department's go to its 局务会议; a 街道's to its 主任办公会议. */
  level: 'district' | 'department' | 'subdistrict';
  signerName?: string;
};

/**
 * How far a document got. `publishedOn` places it in time (documents not yet published are placed relative to
 * `today`); documents published long ago carry a whole lifecycle.
 */
export type DocumentPlan = {
  title: string;
  issuer: DocumentIssuer;
  market?: boolean;
  /** The furthest state reached by the workflow (cleanup outcomes are applied afterwards). */
  reach: DocumentState;
  publishedOn?: string;
  /** Days after publication it took effect (0: at once). */
  effectiveAfter?: number;
  filedLate?: boolean;
  notFiled?: boolean;
  /** Days after publication it was filed (otherwise 5–20, or 36 when `filedLate`). */
  filedAfter?: number;
};

type Plan = Omit<DocumentPlan, 'issuer'> & { key: string; issuer: Issuer };

const commenters = ['示范燃气有限公司', '柳园村村民委员会', '区工商业联合会', '市民王某', '示范高新区律师协会', '区个体劳动者协会', '杏林社区居民委员会', '示范建工集团有限公司'];
const commentTexts = ['建议明确办理时限', '建议增加过渡期安排', '建议细化申请材料清单', '建议明确违约责任的认定标准', '建议补充信息公开要求', '建议降低申请门槛'];
const handlings = [
  ['adopted', null],
  ['partlyAdopted', '与上位法规定衔接，部分采纳'],
  ['notAdopted', '超出本文件调整范围，不予采纳'],
] as const;

/** 行政规范性文件 of the demo district: ~10 in force (some expiring soon, one 暂行), a few in the making, one repealed, one amended, and a published 清理. */
export async function seedNormativeDocs(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, today, year } = ctx;
  // 管委会 documents (示范高新发) are issued through the 党政办公室, which owns them; a district figure then stays the sum of its units'.
  const unitNames: Record<Issuer, string> = { district: '区党政办公室', zrzy: '区自然资源和规划局', zjj: '区住房和城乡建设局', scjg: '区市场监督管理局' };
  const unitOf = (i: Issuer) => org.departments.get(unitNames[i])!;
  const ago = (days: number) => addCalendarDays(today, -days);
  // Old documents expire within six months of today: effective five (暂行: two) years back, a few months later.
  const expiringSoon = (months: number, provisional = false) => addCalendarDays(addMonths(today, months - (provisional ? 24 : 60)), 1);

  const plans: Plan[] = [
    { key: 'business', title: '示范高新区关于进一步优化营商环境的若干措施', issuer: 'district', market: true, reach: 'inForce', publishedOn: ago(200) },
    { key: 'research', title: '示范高新区企业研发费用补助暂行办法', issuer: 'district', market: true, reach: 'inForce', publishedOn: expiringSoon(4, true) },
    { key: 'expropriation', title: '示范高新区国有土地上房屋征收与补偿实施办法', issuer: 'zjj', reach: 'inForce', publishedOn: expiringSoon(3) },
    { key: 'construction', title: '示范高新区建设工程文明施工管理规定', issuer: 'zjj', reach: 'inForce', publishedOn: expiringSoon(5), filedLate: true },
    { key: 'homestead', title: '示范高新区农村宅基地审批管理办法', issuer: 'zrzy', reach: 'inForce', publishedOn: ago(150), filedLate: true },
    { key: 'idleLand', title: '示范高新区闲置土地处置办法', issuer: 'zrzy', reach: 'inForce', publishedOn: addMonths(today, -20) },
    { key: 'foodWorkshop', title: '示范高新区食品小作坊登记管理办法', issuer: 'scjg', market: true, reach: 'inForce', publishedOn: addMonths(today, -16) },
    { key: 'disclosure', title: '示范高新区行政执法公示实施办法', issuer: 'district', reach: 'inForce', publishedOn: addMonths(today, -33) },
    { key: 'talentHousing', title: '示范高新区人才住房保障办法', issuer: 'district', reach: 'inForce', publishedOn: addMonths(today, -26) },
    { key: 'agricultureNew', title: '示范高新区新型农业经营主体扶持办法', issuer: 'district', market: true, reach: 'inForce', publishedOn: ago(240) },
    { key: 'agricultureOld', title: '示范高新区新型农业经营主体扶持办法', issuer: 'district', market: true, reach: 'inForce', publishedOn: addMonths(today, -40) },
    { key: 'microLoans', title: '示范高新区小额贷款公司监督管理暂行办法', issuer: 'district', market: true, reach: 'inForce', publishedOn: addMonths(today, -22) },
    { key: 'epidemic', title: '示范高新区关于疫情防控期间支持中小企业发展的若干措施', issuer: 'district', market: true, reach: 'inForce', publishedOn: addMonths(today, -35) },
    { key: 'property', title: '示范高新区物业服务企业信用管理办法', issuer: 'zjj', market: true, reach: 'published', publishedOn: ago(28), effectiveAfter: 35, notFiled: true },
    { key: 'tendering', title: '示范高新区公共资源交易管理办法', issuer: 'district', market: true, reach: 'signed' },
    { key: 'investment', title: '示范高新区政府投资项目审批管理办法', issuer: 'district', reach: 'underReview' },
    { key: 'charging', title: '示范高新区新能源汽车充电设施建设管理办法', issuer: 'zjj', market: true, reach: 'publicComment' },
    { key: 'billboards', title: '示范高新区户外广告设施设置管理办法', issuer: 'zjj', reach: 'drafting' },
    { key: 'surveying', title: '示范高新区测绘地理信息成果管理规定', issuer: 'zrzy', reach: 'proposed' },
  ];
  const rows: DocumentRow[] = [];
  const comments: CommentRow[] = [];
  for (const p of plans) {
    const built = documentRows(
      r,
      { ...p, issuer: { prefix: prefixes[p.issuer], draftingUnit: draftingUnits[p.issuer], level: p.issuer === 'district' ? 'district' : 'department' } },
      crypto.randomUUID(),
      unitOf(p.issuer),
      today,
      rows.length + 1,
    );
    comments.push(...built.comments);
    if (built.review) await seedReview(tx, built.review);
    rows.push(built.row);
  }

  // 统一编号: per issuing organ and year, in the order of issue, exactly as the counter would have handed them out.
  const counters = numberDocuments(rows);

  const byKey = new Map(plans.map((p, k) => [p.key, rows[k]!]));
  // 修改: the old 扶持办法 was replaced by the new one when that took effect.
  const oldAgri = byKey.get('agricultureOld')!;
  const newAgri = byKey.get('agricultureNew')!;
  Object.assign(oldAgri, { state: 'amended', endedOn: newAgri.effectiveOn, endReason: '根据上位政策调整扶持对象和标准，由新文件替代', newVersionId: newAgri.id });

  // 清理: last quarter's campaign over documents published in the three years before this one.
  const campaignId = crypto.randomUUID();
  const startedOn = ago(80);
  const closedOn = ago(30);
  const scopeFrom = `${year - 3}-01-01`;
  const scopeTo = `${year - 1}-12-31`;
  const conclusions: Partial<Record<string, [CleanupConclusion, string]>> = {
    microLoans: ['repeal', '小额贷款公司监管职责已调整至市级地方金融管理部门，本文件不再适用'],
    epidemic: ['expire', '疫情防控阶段性政策已执行完毕，调整对象已消失'],
  };
  const items: (typeof normativeDocCampaignItems.$inferInsert)[] = [];
  for (const row of rows) {
    const inScope = row.state === 'inForce' && row.publishedOn && row.publishedOn >= scopeFrom && row.publishedOn <= scopeTo && String(row.effectiveOn) <= startedOn;
    if (!inScope) continue;
    const key = plans[rows.indexOf(row)]!.key;
    const [conclusion, reason] = conclusions[key] ?? (['valid', '与上位法规定一致，仍适应管理需要'] as [CleanupConclusion, string]);
    items.push({ campaignId, documentId: row.id, orgUnitId: row.orgUnitId, conclusion, reason, appliedOn: closedOn });
    const note = `${year}年度行政规范性文件集中清理：${reason}`;
    // 继续有效 is 重新公布: the validity period runs again from the day the conclusions took effect.
    if (conclusion === 'valid')
      Object.assign(row, { evaluatedOn: closedOn, evaluationNote: note, republishedOn: closedOn, expiresOn: documentExpiry(closedOn, isProvisional(row.title, Boolean(row.provisional))) });
    else Object.assign(row, { state: conclusion === 'repeal' ? 'repealed' : 'expired', endedOn: closedOn, endReason: note });
  }

  for (const row of rows) finishDocument(row);
  await tx.insert(normativeDocuments).values(rows);
  if (comments.length) await tx.insert(normativeDocComments).values(comments);
  await tx.insert(normativeDocNumberCounters).values(counterRows(counters));
  await tx.insert(normativeDocCampaigns).values({
    id: campaignId,
    orgUnitId: org.districtId,
    name: `${year}年度行政规范性文件集中清理`,
    issuingUnitIds: [org.districtId],
    scopeFrom,
    scopeTo,
    startedOn,
    endsOn: addCalendarDays(startedOn, 60),
    state: 'published',
    closedOn,
    publishedOn: addCalendarDays(closedOn, 5),
    searchText: `${year}年度行政规范性文件集中清理`,
  });
  if (items.length) await tx.insert(normativeDocCampaignItems).values(items);
  const intakes = intakeRows(rows, org.departments, today);
  await tx.insert(normativeDocIntakes).values(intakes);
  return { normativeDocIntakes: intakes.length, normativeDocuments: rows.length, normativeDocumentsInForce: rows.filter((x) => x.state === 'inForce').length, normativeDocCleanupItems: items.length };
}

/**
 * 备案审查登记: every published document as it reached the desk (with its filing, else 5 days after publication),
 * and two issued by departments outside the platform without a review — the gaps the 合法性审核率 shows.
 */
function intakeRows(rows: DocumentRow[], departments: Map<string, string>, today: string): (typeof normativeDocIntakes.$inferInsert)[] {
  const ago = (days: number) => addCalendarDays(today, -days);
  const made = rows
    .filter((x) => x.publishedOn && x.docNumber)
    .map((x) => {
      const receivedOn = x.filedOn ?? addCalendarDays(String(x.publishedOn), 5);
      return {
        orgUnitId: x.orgUnitId,
        title: x.title,
        docNumber: String(x.docNumber),
        publishedOn: String(x.publishedOn),
        receivedOn: receivedOn > today ? today : receivedOn,
        source: 'filing',
        documentId: x.id,
      };
    });
  const outside = [
    {
      unit: '区综合行政执法局',
      title: '关于规范城区户外广告设施设置管理的通知',
      docNumber: '示范高新综执发〔YEAR〕7号',
      published: 50,
      source: 'inspection',
      note: '督察中发现，未经合法性审核即印发，已责令补正',
    },
    { unit: '区住房和城乡建设局', title: '关于加强住宅小区物业服务收费管理的通知', docNumber: '示范高新建发〔YEAR〕12号', published: 26, source: 'filing', note: '报送备案时发现未经合法性审核' },
  ].flatMap((x) => {
    const orgUnitId = departments.get(x.unit);
    const publishedOn = ago(x.published);
    if (!orgUnitId) return [];
    return [{ orgUnitId, title: x.title, docNumber: x.docNumber.replace('YEAR', publishedOn.slice(0, 4)), publishedOn, receivedOn: ago(x.published - 4), source: x.source, note: x.note }];
  });
  return [...made, ...outside].map((x) => ({ ...x, searchText: searchTextOf(intakeRegister, x as unknown as Row) }));
}

const order: DocumentState[] = ['proposed', 'drafting', 'publicComment', 'underReview', 'deliberated', 'signed', 'registered', 'issued', 'published', 'filed', 'inForce'];

/**
 * One document as far as its plan reached (the bench's data generator builds its years with it too): its row
 * without number, validity and search text (`numberDocuments`, `finishDocument`), the comments received during
 * consultation, and its 合法性审核 request for `seedReview` (null before it was submitted). Steps are counted back
 * from publication; documents not yet published are placed around `today`. `registrationSeq` makes the 登记号.
 */
export function documentRows(
  r: Random,
  p: DocumentPlan,
  id: string,
  orgUnitId: string,
  today: string,
  registrationSeq: number,
): { row: DocumentRow; comments: CommentRow[]; review: SeedReviewInput | null } {
  const ago = (days: number) => addCalendarDays(today, -days);
  const reached = (s: DocumentState) => order.indexOf(p.reach) >= order.indexOf(s);
  const provisional = isProvisional(p.title, false);
  const district = p.issuer.level === 'district';
  const pub = p.publishedOn ?? ago(order.indexOf(p.reach) >= order.indexOf('signed') ? -5 : -20);
  const commentEnds = addCalendarDays(pub, -(25 + r.int(0, 6)));
  const commentStarts = addCalendarDays(commentEnds, -(p.market ? 32 : 16));
  const row: DocumentRow = {
    id,
    orgUnitId,
    title: p.title,
    numberPrefix: p.issuer.prefix,
    proposedOn: addCalendarDays(commentStarts, -(45 + r.int(0, 30))),
    proposalReason: '落实上位法规定，规范本领域行政管理，有关事项须制发规范性文件予以明确',
    concernsMarketEntities: p.market ?? false,
    provisional,
    state: p.reach,
    fullText: `${p.title}\n\n第一条 为规范相关管理工作，保护公民、法人和其他组织的合法权益，根据有关法律、法规和规章，结合本区实际，制定本办法。\n第二条 本办法适用于本区行政区域内的相关管理活动。\n第三条 本办法由${p.issuer.draftingUnit}负责解释。`,
  };
  const comments: CommentRow[] = [];
  let review: SeedReviewInput | null = null;
  if (reached('drafting')) Object.assign(row, { draftingUnitName: p.issuer.draftingUnit, draftingNotes: '起草过程中开展了调研论证，征求了相关部门意见' });
  if (p.reach === 'publicComment') {
    Object.assign(row, { publicCommentStartsOn: ago(12), publicCommentEndsOn: addCalendarDays(ago(12), 32) });
  } else if (reached('publicComment')) {
    Object.assign(row, { publicCommentStartsOn: commentStarts, publicCommentEndsOn: commentEnds });
  }
  if (reached('publicComment')) {
    const n = r.int(1, 3);
    for (let k = 0; k < n; k++) {
      const handled = p.reach !== 'publicComment' || k === 0;
      const [handling, handlingReason] = r.pick(handlings);
      comments.push({
        documentId: id,
        orgUnitId,
        commenter: r.pick(commenters),
        receivedOn: addCalendarDays(String(row.publicCommentStartsOn), 2 + k * 3),
        content: r.pick(commentTexts),
        handling: handled ? handling : null,
        handlingReason: handled ? handlingReason : null,
      });
    }
  }
  if (reached('underReview')) {
    const receivedOn = p.reach === 'underReview' ? ago(3) : addCalendarDays(commentEnds, 3);
    const concluded = p.reach !== 'underReview';
    review = {
      subjectKind: 'normativeDocument',
      subjectId: id,
      title: p.title,
      orgUnitId,
      receivedOn,
      concludedOn: concluded ? addWorkingDays(receivedOn, r.int(3, 5)) : null,
      opinion: concluded
        ? r.weighted([
            ['lawful', 3],
            ['lawfulAfterChanges', 2],
          ] as const)
        : null,
      opinionText: concluded ? '经审核，该文件制定主体合法，内容不违反上位法规定，程序符合要求' : null,
      adviserTookPart: concluded && r.chance(0.6),
      adviserNames: concluded ? '吴律师' : null,
      adopted: concluded ? true : null,
    };
  }
  if (reached('deliberated')) {
    const meetingName = district ? `区管委会第${r.int(3, 28)}次主任办公会` : p.issuer.level === 'department' ? `${p.issuer.draftingUnit}局务会议` : `${p.issuer.draftingUnit}办事处主任办公会议`;
    Object.assign(row, { meetingName, meetingOn: addCalendarDays(pub, -12), deliberationDecision: r.chance(0.8) ? 'approved' : 'approvedWithChanges' });
  }
  if (reached('signed')) Object.assign(row, { signedOn: addCalendarDays(pub, -9), signerName: p.issuer.signerName ?? (district ? '孙区长' : '张明') });
  if (reached('registered')) Object.assign(row, { registeredOn: addCalendarDays(pub, -6), registrationNumber: `SFGXDJ-${pub.slice(0, 4)}-${String(registrationSeq).padStart(3, '0')}` });
  if (reached('issued')) row.issuedOn = addCalendarDays(pub, -4);
  if (reached('published')) {
    Object.assign(row, {
      publishedOn: pub,
      publicationChannel: r.weighted([
        ['website', 3],
        ['gazette', 1],
      ] as const),
      filingDueOn: dueDate(pub, deadlineRules['normativeDocs.filing']),
    });
    if (!p.notFiled) {
      const filedOn = addCalendarDays(pub, p.filedLate ? 36 : (p.filedAfter ?? r.int(5, 20)));
      Object.assign(row, { filedOn, filedWith: '示范市人民政府', filedLate: filedOn > String(row.filingDueOn) });
    }
    const effectiveOn = addCalendarDays(pub, p.effectiveAfter ?? r.pick([0, 0, 30]));
    if (p.reach === 'inForce') Object.assign(row, { effectiveOn, expiresOn: documentExpiry(effectiveOn, provisional) });
  }
  return { row, comments, review };
}

/**
 * 统一编号: per issuing organ, 代字 and year, in the order of issue, exactly as the counter would have handed them out.
 * `counters` ([organ, 代字, year] → last sequence) carries on from earlier calls; the counter rows are its entries.
 */
export function numberDocuments(rows: DocumentRow[], counters = new Map<string, number>()): Map<string, number> {
  for (const row of [...rows].filter((x) => x.issuedOn).sort((a, b) => String(a.issuedOn).localeCompare(String(b.issuedOn)))) {
    const y = Number(String(row.issuedOn).slice(0, 4));
    const key = JSON.stringify([row.orgUnitId, row.numberPrefix, y]);
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    Object.assign(row, { numberYear: y, numberSeq: seq, docNumber: formatDocNumber(row.numberPrefix, y, seq) });
  }
  return counters;
}

/** The counter rows for `numberDocuments`' map. */
export function counterRows(counters: Map<string, number>): (typeof normativeDocNumberCounters.$inferInsert)[] {
  return [...counters].map(([key, lastSeq]) => {
    const [orgUnitId, numberPrefix, year] = JSON.parse(key) as [string, string, number];
    return { orgUnitId, numberPrefix, year, lastSeq };
  });
}

/** The derived columns, once the document's state is final: validity and keyword-search text. */
export function finishDocument(row: DocumentRow): DocumentRow {
  row.validity = validityOf({ state: row.state as DocumentState, registrationNumber: row.registrationNumber ?? null });
  row.searchText = searchTextOf(documentRegister, row as unknown as Row);
  return row;
}
