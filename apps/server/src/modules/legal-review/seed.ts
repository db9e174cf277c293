import { addCalendarDays, addWorkingDays, daysBetween, isWorkday } from '@fazhi/core';
import { dueAfterPause, requiredMaterials, reviewDueOn, type ReviewOpinion, type ReviewState } from '@fazhi/core/legal-review';
import { assignments } from '../../platform/access/tables.js';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import { companyName, personName } from '../../seed/people.js';
import type { Random } from '../../seed/random.js';
import type { SeedContext } from '../../seed/context.js';
import { reviewRegister } from './registers.js';
import { opinionNumberOf } from './subjects-seed.js';
import { legalReviewRequests } from './tables.js';

// ---------------------------------------------------------------- the demo year of 合法性审核

const purchases = [
  '办公设备',
  '物业管理服务',
  '执法记录仪及配套设备',
  '政务信息系统运维服务',
  '食品安全快检试剂',
  '环境空气自动监测站运维',
  '法律顾问服务',
  '公务用车租赁服务',
  '档案数字化加工服务',
  '社区网格化管理平台建设',
];
const leases = ['便民服务中心办公用房', '执法大队临时办公场所', '应急物资储备仓库', '社区党群服务中心用房', '农贸市场摊位'];
const cooperations = ['智慧城市建设战略合作', '校地人才培养合作', '园区招商引资', '公共法律服务进园区', '垃圾分类市场化运营', '停车泊位特许经营'];
const villages = ['柳园', '杏林', '荷塘', '槐树', '李营', '王庄', '张楼', '孙家', '赵村', '陈集'];
const projects = ['高新大道东延', '科创产业园二期', '东湖片区棚户区改造', '西岭污水处理厂扩建', '南苑学校新建'];
const violations: [string, string][] = [
  ['生产经营不符合食品安全标准的食品', '罚款并没收违法所得'],
  ['未批先建', '责令限期拆除并处罚款'],
  ['超标排放大气污染物', '按日连续处罚'],
  ['非法占用耕地建房', '责令退还土地并拆除地上建筑物'],
  ['无证经营危险化学品', '吊销许可证件'],
  ['拒不执行停产整治决定', '责令停产停业'],
  ['虚假宣传', '罚款'],
];
const otherMatters = [
  '关于调整城乡居民最低生活保障标准的实施方案',
  '行政复议答复书',
  '政府信息公开申请答复书',
  '国有建设用地使用权出让方案',
  '关于规范村集体“三资”管理的指导意见',
  '区级政府投资项目管理办法（征求意见稿）',
  '信访事项处理意见书',
  '村集体资产处置方案',
  '工伤认定决定书',
  '招商引资优惠政策兑现方案',
];
const adviserPool = ['吴明远（山东正衡律师事务所）', '郑雅文（公职律师）', '韩立新（山东德衡律师事务所）', '林晓（公职律师）', '马骏（山东众成清泰律师事务所）'];

const opinionTexts: Record<ReviewOpinion, string[]> = {
  lawful: ['经审核，该事项主体适格、权限合法、内容合法、程序正当，同意按程序办理。', '经审查，合同条款权利义务明确，违约责任约定清晰，不违反法律法规强制性规定，同意签订。'],
  lawfulAfterChanges: [
    '经审核，建议：一、补充争议解决条款，明确约定管辖法院；二、付款条件与验收条款相衔接；三、删除违约金过高的约定。按上述意见修改后可予签订。',
    '经审查，部分条款表述不规范，建议完善法律依据表述、删除增设行政相对人义务的内容，修改后合法。',
    '经审核，拟作出的处理决定事实清楚、证据确凿，但告知程序需补正：应当告知当事人要求听证的权利。补正程序后可予作出。',
  ],
  unlawful: ['经审核，该事项超越本单位法定职权，且缺乏上位法依据，不同意出台。', '经审查，合同约定由政府承担兜底回购义务，违反《政府投资条例》及预算管理规定，不同意签订。'],
};

/** Matters registered directly with legal review (documents and decisions bring their own). */
export type DirectReviewKind = 'contract' | 'enforcementDecision' | 'other';

function contractTitle(r: Random, unitName: string, year: number): { title: string; counterparty: string } {
  const kind = r.weighted([
    ['purchase', 5],
    ['lease', 2],
    ['cooperation', 2],
    ['expropriation', 3],
  ] as const);
  const short = unitName.replace(/^区/, '').replace(/（.*）/, '');
  switch (kind) {
    case 'purchase':
      return { title: `${short}${year}年度${r.pick(purchases)}采购合同`, counterparty: companyName(r) };
    case 'lease':
      return { title: `${r.pick(leases)}租赁合同`, counterparty: r.chance(0.5) ? companyName(r) : personName(r) };
    case 'cooperation':
      return { title: `${r.pick(cooperations)}协议`, counterparty: companyName(r) };
    case 'expropriation':
      return { title: `${r.pick(projects)}项目${r.pick(villages)}村集体土地征收补偿安置协议（第${r.int(1, 6)}批）`, counterparty: `${r.pick(villages)}村股份经济合作社` };
  }
}

/**
 * One concluded request received on `receivedOn` (the bench's data generator builds its years with it too):
 * title by kind, sometimes paused for materials, mostly on time, opinion, adviser, adoption reported after ten days.
 */
export function concludedReviewRow(r: Random, kind: DirectReviewKind, [unitName, orgUnitId]: [string, string], receivedOn: string, today: string, year: number): Record<string, unknown> {
  const row: Record<string, unknown> = { orgUnitId, subjectKind: kind, receivedOn, handlerName: personName(r), materials: requiredMaterials(kind) };
  if (kind === 'contract') Object.assign(row, contractTitle(r, unitName, year), { contractAmount: contractAmount(r) });
  else if (kind === 'enforcementDecision') {
    const [what, penalty] = r.pick(violations);
    row.title = `对${companyName(r)}${what}拟作出${penalty}的重大执法决定`;
  } else row.title = `${unitName.replace(/（.*）/, '')}${r.pick(otherMatters)}`;

  let due = reviewDueOn(kind, receivedOn);
  // One in eight had to supply materials: the due date moved by the paused working days.
  if (r.chance(0.12)) {
    const requestedOn = addWorkingDays(receivedOn, r.int(1, 2));
    const suppliedOn = addWorkingDays(requestedOn, r.int(2, 5));
    const moved = dueAfterPause(due, requestedOn, suppliedOn);
    Object.assign(row, {
      supplementRequestedOn: requestedOn,
      supplementNote: r.pick(['请补充合同相对方资质证明及履约能力材料', '请补充起草说明和法律依据', '请补充集体讨论记录及风险评估报告']),
      pausedWorkingDays: moved.paused,
    });
    due = moved.dueOn;
  }
  const late = r.chance(0.08);
  const planned = late ? addWorkingDays(due, r.int(1, 3)) : addWorkingDays(receivedOn, r.int(2, 4) + Number(row.pausedWorkingDays ?? 0));
  const concludedOn = planned > today ? today : planned;
  const opinion = r.weighted([
    ['lawful', 52],
    ['lawfulAfterChanges', 41],
    ['unlawful', 7],
  ] as const);
  const adviserNames = r.chance(0.5) ? r.pick(adviserPool) : null;
  Object.assign(row, {
    state: 'concluded',
    dueOn: due,
    opinion,
    opinionText: r.pick(opinionTexts[opinion]),
    concludedOn,
    concludedLate: concludedOn > due,
    adviserNames,
    adviserTookPart: adviserNames !== null,
  });
  // Most units report back whether they followed the opinion; the latest ones have not yet.
  if (daysBetween(concludedOn, today) > 10 && r.chance(0.92)) {
    const adopted = r.chance(0.94);
    row.adopted = adopted;
    row.adoptionNote = adopted ? (opinion === 'unlawful' ? '已按审核意见终止该事项' : '已按审核意见修改完善') : '经集体研究，部分意见未采纳，已作出说明';
  }
  row.searchText = searchTextOf(reviewRegister, row as Row);
  return row;
}

/** ~130 requests over the demo year: contracts, major enforcement decisions and other matters, most concluded, a few open near or past their due date. */
export async function seedLegalReview(ctx: SeedContext): Promise<Record<string, number>> {
  const { r, org, today, year, tx } = ctx;
  const adviserId = ctx.users.get('adviser');
  const fzbId = ctx.users.get('fzb');
  const adviserName = '吴律师（法律顾问）';
  const departments = [...org.departments.entries()].filter(([n]) => !n.startsWith('区司法局'));
  const streets = [...org.subdistricts.entries()];
  const contractUnits = [...departments, ...streets];
  const enforcementUnits = departments.filter(([n]) => /市场|综合|生态|自然|住房|公安/.test(n));
  const start = `${year}-01-05`;
  const span = Math.max(30, daysBetween(start, today) - 12);
  const first = daysBetween(start, today) - 12 >= 30 ? start : addCalendarDays(today, -42);

  const rows: Record<string, unknown>[] = [];
  const assigned: { entityId: string; userId: string; role: string }[] = [];
  const plan: DirectReviewKind[] = [...Array<DirectReviewKind>(62).fill('contract'), ...Array<DirectReviewKind>(22).fill('enforcementDecision'), ...Array<DirectReviewKind>(36).fill('other')];

  plan.forEach((kind, i) => {
    const unit = kind === 'enforcementDecision' ? r.pick(enforcementUnits) : kind === 'contract' ? r.pick(contractUnits) : r.pick([...departments, ...streets]);
    const receivedOn = addCalendarDays(first, (Math.floor((i / plan.length) * span * 0.97) % span) + r.int(0, 3));
    const row = concludedReviewRow(r, kind, unit, receivedOn, today, year);
    Object.assign(row, { id: crypto.randomUUID(), createdBy: fzbId, updatedBy: fzbId });
    const byAdviser = adviserId !== undefined && r.chance(0.15);
    if (byAdviser) {
      row.adviserNames = adviserName;
      row.adviserTookPart = true;
      assigned.push({ entityId: String(row.id), userId: adviserId!, role: 'adviser' });
    }
    rows.push(row);
  });

  // Open requests relative to today: some overdue, some due within days, one waiting for materials.
  const open: [DirectReviewKind, number, ReviewState, 'adviser' | 'fzb' | null][] = [
    ['contract', 8, 'reviewing', 'fzb'],
    ['enforcementDecision', 7, 'reviewing', 'adviser'],
    ['contract', 5, 'reviewing', 'adviser'],
    ['other', 6, 'received', 'fzb'],
    ['contract', 4, 'reviewing', null],
    ['contract', 3, 'received', 'adviser'],
    ['other', 2, 'received', null],
    ['contract', 9, 'supplementing', 'fzb'],
    ['enforcementDecision', 1, 'received', null],
    ['contract', 0, 'received', null],
  ];
  for (const [kind, workingDaysAgo, state, who] of open) {
    const id = crypto.randomUUID();
    let receivedOn = today;
    for (let k = 0; k < workingDaysAgo; k++) receivedOn = previousWorkingDay(receivedOn);
    const [unitName, orgUnitId] = kind === 'enforcementDecision' ? r.pick(enforcementUnits) : r.pick(contractUnits);
    const row: Record<string, unknown> = {
      id,
      orgUnitId,
      subjectKind: kind,
      receivedOn,
      dueOn: reviewDueOn(kind, receivedOn),
      state,
      handlerName: personName(r),
      materials: requiredMaterials(kind),
      // The submitter asked for an adviser where none is assigned yet: the reviewing organ's to-do.
      adviserRequested: who === null,
      createdBy: fzbId,
      updatedBy: fzbId,
    };
    if (kind === 'contract') Object.assign(row, contractTitle(r, unitName, year), { contractAmount: contractAmount(r) });
    else if (kind === 'enforcementDecision') row.title = `对${companyName(r)}${r.pick(violations)[0]}拟作出行政处罚的重大执法决定`;
    else row.title = `${unitName.replace(/（.*）/, '')}${r.pick(otherMatters)}`;
    if (state === 'supplementing') Object.assign(row, { supplementRequestedOn: previousWorkingDay(today), supplementNote: '请补充合同相对方营业执照、资质证书及预算批复文件' });
    rows.push(row);
    if (who === 'adviser' && adviserId) assigned.push({ entityId: id, userId: adviserId, role: 'adviser' });
    if (who === 'fzb' && fzbId) assigned.push({ entityId: id, userId: fzbId, role: 'reviewer' });
  }

  // 意见书 numbers per reviewing organ and year, in the order the opinions were given.
  const concluded = rows.filter((x) => x.state === 'concluded').sort((a, b) => String(a.concludedOn).localeCompare(String(b.concludedOn)));
  for (const row of concluded) Object.assign(row, await opinionNumberOf(tx, String(row.orgUnitId), String(row.concludedOn)));
  for (const row of rows) row.searchText = searchTextOf(reviewRegister, row as Row);
  await tx.insert(legalReviewRequests).values(rows as (typeof legalReviewRequests.$inferInsert)[]);
  if (assigned.length) await tx.insert(assignments).values(assigned.map((a) => ({ ...a, entityType: reviewRegister.spec.entity, createdBy: fzbId })));
  return { legalReviews: rows.length };
}

/** 合同金额: most contracts of a district are tens of thousands to a few million 元. */
function contractAmount(r: Random): number {
  return r.int(3, 600) * 10_000 + r.int(0, 99) * 100;
}

function previousWorkingDay(date: string): string {
  let d = addCalendarDays(date, -1);
  while (!isWorkday(d)) d = addCalendarDays(d, -1);
  return d;
}
