import { addCalendarDays, isWorkday, maskPhone } from '@fazhi/core';
import { certificateState, engagementState, type ServiceKind } from '@fazhi/core/legal-advisers';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import type { PersonalDataCipher } from '../../platform/crypto/sm.js';
import { orgUnits } from '../../platform/org/tables.js';
import { personName } from '../../seed/people.js';
import type { Random } from '../../seed/random.js';
import { adviserRegister, publicLawyerRegister, serviceRegister } from './registers.js';
import { legalAdvisers, legalAdviserUnits, legalServices, publicLawyers } from './tables.js';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

const subjects: Record<ServiceKind, readonly string[]> = {
  legalOpinion: [
    '关于集体土地征收补偿方案的法律意见',
    '关于政府购买服务合同续签的法律意见',
    '关于行政处罚决定书的合法性意见',
    '关于招商引资协议条款的法律意见',
    '关于村规民约修订的法律意见',
    '关于信息公开申请答复的法律意见',
  ],
  consultation: [
    '村民土地承包经营权流转咨询',
    '赡养纠纷法律咨询',
    '农民工工资拖欠维权咨询',
    '宅基地使用权纠纷咨询',
    '婚姻家庭财产分割咨询',
    '交通事故赔偿咨询',
    '物业服务合同纠纷咨询',
    '企业用工合规咨询',
  ],
  contractReview: ['道路硬化工程施工合同审查', '办公用房租赁合同审查', '集体资产承包合同审查', '物业服务委托合同审查', '信息化系统采购合同审查', '土地流转合同审查'],
  litigationMatter: ['参与行政诉讼案件应诉准备', '参与行政复议案件答复', '参与征收补偿纠纷协调', '参与民事诉讼案件代理'],
  projectNegotiation: ['参与产业园区招商项目谈判', '参与旧村改造项目协议谈判', '参与污水处理PPP项目谈判'],
  petitionResolution: ['参与重复信访案件化解', '参与土地补偿信访接待', '参与劳资纠纷风险研判', '参与邻里矛盾调处'],
  lecture: ['《民法典》进村入户宣讲', '宪法宣传周法治讲座', '防范电信网络诈骗讲座', '领导干部学法专题讲座', '《行政诉讼法》专题培训', '农民工权益保护讲座'],
};

const outcomes: Record<ServiceKind, readonly string[]> = {
  legalOpinion: ['出具书面法律意见书，建议修改后实施', '出具书面法律意见书，认为合法可行', '提出三条修改建议，已被采纳'],
  consultation: ['当场解答，当事人表示满意', '引导当事人通过诉讼途径解决', '引导当事人申请人民调解'],
  contractReview: ['提出修改意见4条，已采纳', '合同条款无明显法律风险', '建议补充违约责任条款'],
  litigationMatter: ['协助起草答辩状及证据目录', '参加庭前协调会并提出处理建议', '出具风险评估意见'],
  projectNegotiation: ['参与谈判两轮，协助拟定协议文本', '提示履约担保风险，已写入协议'],
  petitionResolution: ['释法明理，信访人息诉罢访', '提出化解方案，已达成和解', '形成风险评估报告报街道'],
  lecture: ['参加群众约60人', '参加干部约40人', '发放宣传资料200余份'],
};

const hoursOf: Record<ServiceKind, readonly number[]> = {
  legalOpinion: [2, 3, 4, 5],
  consultation: [0.5, 1, 1, 1.5],
  contractReview: [1.5, 2, 3],
  litigationMatter: [3, 4, 6],
  projectNegotiation: [4, 6, 8],
  petitionResolution: [2, 3, 4],
  lecture: [1.5, 2, 2.5],
};

// Who asks what: 村(社区) mostly ask for consultation, departments for opinions and contract review.
export const communityKinds = [
  ['consultation', 45],
  ['petitionResolution', 15],
  ['lecture', 12],
  ['contractReview', 10],
  ['legalOpinion', 10],
  ['litigationMatter', 5],
  ['projectNegotiation', 3],
] as const;
export const departmentKinds = [
  ['legalOpinion', 25],
  ['contractReview', 30],
  ['consultation', 15],
  ['litigationMatter', 14],
  ['projectNegotiation', 6],
  ['petitionResolution', 5],
  ['lecture', 5],
] as const;

function phone(r: Random): string {
  return `1${r.pick(['35', '37', '39', '58', '86', '88'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** A working day from `from` to `to` (the demo seed: of the demo year, on or before today). */
export function workdayBetween(r: Random, from: string, to: string): string {
  const days = Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  let d = addCalendarDays(from, r.int(0, days));
  while (!isWorkday(d) && d > from) d = addCalendarDays(d, -1);
  return d;
}

/** One engagement on the roster: who, for which units, for how long. */
export type AdviserPlan = {
  name: string;
  kind: 'person' | 'lawFirm';
  lawFirm?: string;
  owner: string;
  start: string;
  end: string;
  units: string[];
  fee: number;
  enterprises?: string;
  userId?: string | null;
  by: string | null;
};

/**
 * A roster row as the API writes it (the demo seed and the bench's data generator both build advisers with it):
 * SM4-encrypted phone with its masked copy, state from the contract dates as of `today`, search text.
 */
export function adviserRow(r: Random, cipher: PersonalDataCipher, id: string, plan: AdviserPlan, contractNumber: string, servedUnitNames: string[], today: string): Record<string, unknown> {
  const tel = phone(r);
  const row: Record<string, unknown> = {
    id,
    orgUnitId: plan.owner,
    kind: plan.kind,
    name: plan.name,
    lawFirm: plan.lawFirm ?? null,
    licenseNumber: plan.kind === 'person' ? `13708${plan.start.slice(0, 4)}1${String(r.int(0, 9_999_999)).padStart(7, '0')}` : null,
    phoneEnc: cipher.encrypt(tel),
    phoneMasked: maskPhone(tel),
    contractNumber,
    contractStartOn: plan.start,
    contractEndOn: plan.end,
    state: engagementState(plan.start, plan.end, today),
    fee: plan.fee,
    servedUnitCount: plan.units.length,
    servedUnitNames: servedUnitNames.join('、'),
    enterprisesServed: plan.enterprises ?? null,
    userId: plan.userId ?? null,
    createdBy: plan.by,
  };
  row.searchText = searchTextOf(adviserRegister, row as Row);
  return row;
}

/** A 公职律师 as the API writes it: name, certificate number and post drawn from `r`, state as of `today`. */
export function publicLawyerRow(r: Random, p: { orgUnitId: string; issuedOn: string; expiresOn: string; leftOn: string | null }, today: string): Record<string, unknown> {
  const row: Record<string, unknown> = {
    orgUnitId: p.orgUnitId,
    name: personName(r),
    certificateNumber: `13708${p.issuedOn.slice(0, 4)}2${String(r.int(0, 9_999_999)).padStart(7, '0')}`,
    post: r.pick(lawyerPosts),
    certificateIssuedOn: p.issuedOn,
    certificateExpiresOn: p.expiresOn,
    leftOn: p.leftOn,
    state: certificateState(p.expiresOn, p.leftOn, today),
  };
  row.searchText = searchTextOf(publicLawyerRegister, row as Row);
  return row;
}

const lawyerPosts = ['法制科科长', '法制科副科长', '政策法规科科长', '法制科科员', '法律事务室主任'];

export type ServiceEntry = {
  orgUnitId: string;
  adviserId: string | null;
  publicLawyerId: string | null;
  providerName: string;
  by: string | null;
  kinds: readonly (readonly [ServiceKind, number])[];
};

/** One 服务台账 entry as the API writes it: kind by the unit's profile, then the day (`servedOn(r)`), subject, hours, outcome. */
export function legalServiceRow(r: Random, e: ServiceEntry, servedOn: (r: Random) => string): Record<string, unknown> {
  const kind = r.weighted(e.kinds);
  const day = servedOn(r);
  const row: Record<string, unknown> = {
    orgUnitId: e.orgUnitId,
    kind,
    servedOn: day,
    adviserId: e.adviserId,
    publicLawyerId: e.publicLawyerId,
    providerName: e.providerName,
    subject: r.pick(subjects[kind]),
    hours: r.pick(hoursOf[kind]),
    outcome: r.pick(outcomes[kind]),
    createdBy: e.by,
    createdAt: new Date(`${day}T17:00:00+08:00`),
  };
  row.searchText = searchTextOf(serviceRegister, row as Row);
  return row;
}

/** 8 advisers covering every 村(社区), 街道 and department (one contract ending within 30 days, one ended last year), 13 public lawyers and ~300 log entries. */
export async function seedLegalAdvisers(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today, cipher } = ctx;
  const dept = (name: string) => org.departments.get(name)!;
  const sub = (name: string) => org.subdistricts.get(name)!;
  // Communities come 25 per 街道, in the order of the 街道.
  const communitiesOf = (i: number) => org.communities.slice(i * 25, i * 25 + 25);
  const adviserUser = ctx.users.get('adviser') ?? null;
  // The government's own advisers are engaged by 司法局; every record has a unit below the district, so figures add up.
  const justice = dept('区司法局（区委依法治区办）');

  type Plan = AdviserPlan;
  const plans: Plan[] = [
    {
      name: '山东正衡律师事务所',
      kind: 'lawFirm',
      owner: sub('东湖街道'),
      start: `${year}-01-01`,
      end: `${year + 1}-12-31`,
      units: [sub('东湖街道'), ...communitiesOf(0)],
      fee: 80_000,
      by: ctx.users.get('donghu') ?? null,
      enterprises: '示范高新区智能制造产业园入园企业（32家）\n东湖电子信息孵化器在孵企业（18家）',
    },
    {
      name: '山东明德律师事务所',
      kind: 'lawFirm',
      owner: sub('西岭街道'),
      start: `${year - 1}-07-01`,
      end: `${year + 2}-06-30`,
      units: [sub('西岭街道'), ...communitiesOf(1)],
      fee: 75_000,
      by: ctx.users.get('xiling') ?? null,
    },
    { name: '山东求是律师事务所', kind: 'lawFirm', owner: sub('南苑街道'), start: `${year}-03-01`, end: `${year + 1}-02-28`, units: [sub('南苑街道'), ...communitiesOf(2)], fee: 70_000, by: null },
    { name: '山东德衡律师事务所', kind: 'lawFirm', owner: sub('北辰街道'), start: `${year}-01-01`, end: `${year + 2}-12-31`, units: [sub('北辰街道'), ...communitiesOf(3)], fee: 72_000, by: null },
    {
      name: '吴志远',
      kind: 'person',
      lawFirm: '山东正衡律师事务所',
      owner: justice,
      start: `${year}-01-01`,
      end: `${year + 1}-12-31`,
      units: [dept('区党政办公室'), dept('区司法局（区委依法治区办）'), dept('区经济发展局'), dept('区财政局')],
      fee: 60_000,
      userId: adviserUser,
      by: adviserUser,
    },
    // Ends within 30 days of today: the demo shows a reminder and a 即将到期 adviser.
    {
      name: '陈静',
      kind: 'person',
      lawFirm: '山东明德律师事务所',
      owner: justice,
      start: addCalendarDays(today, 21 - 730),
      end: addCalendarDays(today, 21),
      units: [dept('区自然资源和规划局'), dept('区住房和城乡建设局'), dept('区生态环境分局')],
      fee: 40_000,
      by: null,
    },
    {
      name: '刘卫东',
      kind: 'person',
      lawFirm: '山东求是律师事务所',
      owner: justice,
      start: `${year}-01-01`,
      end: `${year + 2}-12-31`,
      units: [dept('区市场监督管理局'), dept('区人力资源和社会保障局'), dept('区综合行政执法局'), dept('区公安分局')],
      fee: 50_000,
      by: null,
      enterprises: '示范高新区生物医药产业园入园企业（15家）',
    },
    // Ended last year: on the roster as 已到期, covering nothing now.
    { name: '山东鲁法律师事务所', kind: 'lawFirm', owner: sub('南苑街道'), start: `${year - 2}-01-01`, end: `${year - 1}-12-31`, units: communitiesOf(2), fee: 60_000, by: null },
  ];

  const unitNames = new Map((await tx.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits)).map((u) => [u.id, u.name]));
  const advisers: { id: string; plan: Plan }[] = [];
  const adviserRows: Insert<typeof legalAdvisers>[] = [];
  const unitRows: Insert<typeof legalAdviserUnits>[] = [];
  let contractSeq = 1;
  for (const plan of plans) {
    const id = crypto.randomUUID();
    const row = adviserRow(
      r,
      cipher,
      id,
      plan,
      `示法顾〔${plan.start.slice(0, 4)}〕${contractSeq++}号`,
      plan.units.map((u) => unitNames.get(u) ?? ''),
      today,
    );
    adviserRows.push(row as Insert<typeof legalAdvisers>);
    for (const orgUnitId of plan.units) unitRows.push({ adviserId: id, orgUnitId });
    advisers.push({ id, plan });
  }
  await tx.insert(legalAdvisers).values(adviserRows);
  await tx.insert(legalAdviserUnits).values(unitRows);

  const lawyerUnits = [...org.departments.values()];
  const lawyerRows: Insert<typeof publicLawyers>[] = [];
  for (let i = 0; i < 13; i++) {
    const issued = addCalendarDays(`${year - r.int(1, 4)}-01-10`, r.int(0, 300));
    // One certificate runs out within 30 days; one lawyer has left the post.
    const expires = i === 3 ? addCalendarDays(today, 18) : addCalendarDays(issued, 5 * 365);
    const leftOn = i === 12 ? addCalendarDays(today, -60) : null;
    const orgUnitId = i < 2 ? dept('区司法局（区委依法治区办）') : lawyerUnits[i % lawyerUnits.length]!;
    lawyerRows.push(publicLawyerRow(r, { orgUnitId, issuedOn: issued, expiresOn: expires, leftOn }, today) as Insert<typeof publicLawyers>);
  }
  const lawyers = await tx.insert(publicLawyers).values(lawyerRows).returning({ id: publicLawyers.id, name: publicLawyers.name, orgUnitId: publicLawyers.orgUnitId, leftOn: publicLawyers.leftOn });

  // The log: each adviser serves their own units; public lawyers serve their own unit.
  const communities = new Set(org.communities);
  const shares = [45, 45, 45, 45, 30, 25, 30, 0];
  const serviceRows: Insert<typeof legalServices>[] = [];
  const addEntry = (e: ServiceEntry) => {
    serviceRows.push(legalServiceRow(r, e, (r) => workdayBetween(r, `${year}-01-02`, today)) as Insert<typeof legalServices>);
  };
  advisers.forEach(({ id, plan }, i) => {
    for (let k = 0; k < shares[i]!; k++) {
      const orgUnitId = r.pick(plan.units);
      addEntry({ orgUnitId, adviserId: id, publicLawyerId: null, providerName: plan.name, by: plan.by, kinds: communities.has(orgUnitId) ? communityKinds : departmentKinds });
    }
  });
  for (let k = 0; k < 35; k++) {
    const lawyer = r.pick(lawyers.filter((l) => !l.leftOn));
    addEntry({ orgUnitId: lawyer.orgUnitId, adviserId: null, publicLawyerId: lawyer.id, providerName: `${lawyer.name}（公职律师）`, by: null, kinds: departmentKinds });
  }
  await tx.insert(legalServices).values(serviceRows);
  return { legalAdvisers: adviserRows.length, publicLawyers: lawyerRows.length, legalServices: serviceRows.length };
}
