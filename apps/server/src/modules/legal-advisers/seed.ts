import { addCalendarDays, isWorkday, maskPhone } from '@fazhi/core';
import { dueAssessmentYear, type AdviserKind, engagementState, publicLawyerState, themeMonthOn, type PublicLawyerFacts, type ServedGroup, type ServiceKind } from '@fazhi/core/legal-advisers';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import type { PersonalDataCipher } from '../../platform/crypto/sm.js';
import { orgUnits } from '../../platform/org/tables.js';
import { companyName, creditCode, personName } from '../../seed/people.js';
import { Random } from '../../seed/random.js';
import { adviserRegister, enterpriseRegister, publicLawyerRegister, serviceRegister, themeRegister } from './registers.js';
import { legalAdvisers, legalAdviserUnits, legalMonthlyThemes, legalParkEnterprises, legalServices, publicLawyers } from './tables.js';

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
  publicService: ['“乡村振兴 法治同行”法律服务进村', '“法律超市”便民服务日', '老年人防诈骗法律服务', '农民工讨薪法律援助指引'],
  governanceOpinion: ['村规民约修订法律意见', '集体经济组织成员资格认定意见', '村务公开事项法律意见', '集体资产处置方案法律意见', '土地承包调整方案法律意见'],
  disputeResolution: ['邻里宅基地界址纠纷化解', '赡养纠纷化解', '土地流转费用纠纷化解', '婚姻家庭纠纷化解', '物业费纠纷化解'],
  villageDecision: ['参与村集体资产发包方案决策', '参与村级道路改造项目决策', '参与村集体经营性建设用地入市决策'],
  enterpriseRulesReview: ['企业劳动规章制度审查', '企业合规管理制度审查', '企业知识产权管理制度审查', '企业安全生产责任制度审查'],
};

const outcomes: Record<ServiceKind, readonly string[]> = {
  legalOpinion: ['出具书面法律意见书，建议修改后实施', '出具书面法律意见书，认为合法可行', '提出三条修改建议，已被采纳'],
  consultation: ['当场解答，当事人表示满意', '引导当事人通过诉讼途径解决', '引导当事人申请人民调解'],
  contractReview: ['提出修改意见4条，已采纳', '合同条款无明显法律风险', '建议补充违约责任条款'],
  litigationMatter: ['协助起草答辩状及证据目录', '参加庭前协调会并提出处理建议', '出具风险评估意见'],
  projectNegotiation: ['参与谈判两轮，协助拟定协议文本', '提示履约担保风险，已写入协议'],
  petitionResolution: ['释法明理，信访人息诉罢访', '提出化解方案，已达成和解', '形成风险评估报告报街道'],
  lecture: ['参加群众约60人', '参加干部约40人', '发放宣传资料200余份'],
  publicService: ['现场解答群众咨询，发放资料100余份', '为群众提供法律服务并登记回访'],
  governanceOpinion: ['出具书面意见，村“两委”已采纳', '提出修改建议3条'],
  disputeResolution: ['双方达成和解', '引导当事人申请人民调解', '释法说理，矛盾化解'],
  villageDecision: ['出具合法性意见，决策程序合规', '提示表决程序风险，已补正'],
  enterpriseRulesReview: ['提出修改意见5条，企业已采纳', '制度无明显法律风险'],
};

const hoursOf: Record<ServiceKind, readonly number[]> = {
  legalOpinion: [2, 3, 4, 5],
  consultation: [0.5, 1, 1, 1.5],
  contractReview: [1.5, 2, 3],
  litigationMatter: [3, 4, 6],
  projectNegotiation: [4, 6, 8],
  petitionResolution: [2, 3, 4],
  lecture: [1.5, 2, 2.5],
  publicService: [2, 3, 4],
  governanceOpinion: [1, 2, 3],
  disputeResolution: [2, 3, 4],
  villageDecision: [2, 3],
  enterpriseRulesReview: [2, 3, 4],
};

// Who asks what: 村(社区) mostly for consultation and governance opinions (the model's 4,871 人次 and 484 意见),
// departments for opinions and contract review, 园区 for reviews of their enterprises' rules and contracts.
export const communityKinds = [
  ['governanceOpinion', 30],
  ['consultation', 30],
  ['disputeResolution', 13],
  ['publicService', 8],
  ['lecture', 8],
  ['contractReview', 6],
  ['petitionResolution', 4],
  ['villageDecision', 1],
] as const;
export const parkKinds = [
  ['enterpriseRulesReview', 30],
  ['contractReview', 25],
  ['legalOpinion', 25],
  ['projectNegotiation', 10],
  ['petitionResolution', 6],
  ['consultation', 4],
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
  kind: AdviserKind;
  /** The law firm of a 律师个人, or the 基层法律服务所 of a 基层法律服务工作者. */
  lawFirm?: string;
  owner: string;
  start: string;
  end: string;
  units: string[];
  fee: number;
  enterprises?: string;
  userId?: string | null;
  note?: string;
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
    note: plan.note ?? null,
    createdBy: plan.by,
  };
  row.searchText = searchTextOf(adviserRegister, row as Row);
  return row;
}

/** A 公职律师 as the API writes it: name, certificate number and post drawn from `r`, state as of `today`. */
export function publicLawyerRow(r: Random, p: PublicLawyerFacts & { orgUnitId: string; revokeReason?: string | null }, today: string): Record<string, unknown> {
  const row: Record<string, unknown> = {
    orgUnitId: p.orgUnitId,
    name: personName(r),
    certificateNumber: `13708${p.certificateIssuedOn.slice(0, 4)}2${String(r.int(0, 9_999_999)).padStart(7, '0')}`,
    post: r.pick(lawyerPosts),
    certificateIssuedOn: p.certificateIssuedOn,
    assessmentYear: p.assessmentYear ?? null,
    assessmentResult: p.assessmentResult ?? null,
    leftOn: p.leftOn ?? null,
    revokedOn: p.revokedOn ?? null,
    revokeReason: p.revokeReason ?? null,
    state: publicLawyerState(p, today),
  };
  row.searchText = searchTextOf(publicLawyerRegister, row as Row);
  return row;
}

/** The latest 年度考核 a lawyer issued on `issuedOn` has on file by `today` (none when nothing is due yet). */
export function assessmentOnFile(issuedOn: string, today: string): Pick<PublicLawyerFacts, 'assessmentYear' | 'assessmentResult'> {
  const year = dueAssessmentYear(today);
  return Number(issuedOn.slice(0, 4)) <= year ? { assessmentYear: year, assessmentResult: 'competent' } : {};
}

const parkIndustries = [
  ['智能装备制造', '工业机器人', '汽车零部件', '软件和信息服务'],
  ['生物制药', '医疗器械', '医药流通', '检验检测'],
];
const monthlyThemes = [
  '民法典与百姓生活',
  '农村土地承包法律知识',
  '妇女儿童权益保护',
  '防范电信网络诈骗',
  '农民工工资支付保障',
  '安全生产法律知识',
  '未成年人保护',
  '婚姻家庭与继承',
  '防范非法集资',
  '宪法与国家安全',
  '人民调解与矛盾化解',
  '宪法宣传周专题',
];

const lawyerPosts = ['法制科科长', '法制科副科长', '政策法规科科长', '法制科科员', '法律事务室主任'];

export type ServiceEntry = {
  orgUnitId: string;
  group: ServedGroup;
  enterprise?: { id: string; name: string };
  theme?: { id: string; title: string };
  adviserId: string | null;
  publicLawyerId: string | null;
  providerName: string;
  by: string | null;
  kinds: readonly (readonly [ServiceKind, number])[];
};

/** One 服务台账 entry as the API writes it: kind by the unit's profile, then the day (`servedOn(r)`), subject, hours, outcome. */
export function legalServiceRow(r: Random, e: ServiceEntry, servedOn: (r: Random) => string): Record<string, unknown> {
  const kind = e.theme ? r.pick(['lecture', 'publicService'] as const) : r.weighted(e.kinds);
  const day = servedOn(r);
  const row: Record<string, unknown> = {
    orgUnitId: e.orgUnitId,
    kind,
    servedOn: day,
    adviserId: e.adviserId,
    publicLawyerId: e.publicLawyerId,
    providerName: e.providerName,
    subject: e.theme ? `“一月一主题”：${e.theme.title}` : r.pick(subjects[kind]),
    hours: r.pick(hoursOf[kind]),
    outcome: r.pick(outcomes[kind]),
    servedGroup: e.group,
    // A consultation session at a village serves several people; the report counts 人次.
    persons: kind === 'consultation' && e.group === 'community' ? r.int(1, 12) : 1,
    enterpriseId: e.enterprise?.id ?? null,
    enterpriseName: e.enterprise?.name ?? null,
    themeId: e.theme?.id ?? null,
    themeTitle: e.theme?.title ?? null,
    createdBy: e.by,
    createdAt: new Date(`${day}T17:00:00+08:00`),
  };
  row.searchText = searchTextOf(serviceRegister, row as Row);
  return row;
}

/**
 * 9 lawyers and firms covering every 村(社区), 街道 and department (one contract ending within 30 days, one ended last
 * year), a 法学专家 and two 基层法律服务工作者, 13 public lawyers and ~1,000 log entries.
 */
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
    // 一园区一法律顾问: engaged by the first 园区, serving both.
    { name: '山东众成清泰律师事务所', kind: 'lawFirm', owner: org.parks[0]!, start: `${year}-01-01`, end: `${year + 1}-12-31`, units: org.parks, fee: 90_000, by: null },
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

  // The other kinds of 法律顾问, drawn from a stream of their own so that the draws behind the lawyers', the firms' and
  // the log's figures stay as they were. Contracts run past today and their villages are covered anyway, so the
  // in-force dates, reminders and coverage figures do not move.
  const own = new Random(20_232);
  const otherPlans: Plan[] = [
    {
      name: '孟庆华',
      kind: 'scholar',
      owner: justice,
      start: `${year}-01-01`,
      end: `${year + 2}-12-31`,
      units: [dept('区党政办公室'), justice],
      fee: 30_000,
      note: '示范大学法学院教授（行政法学）。区政府聘请，参与重大行政决策、行政规范性文件的论证和合法性审核',
      by: null,
    },
    {
      name: '邢春梅',
      kind: 'grassrootsWorker',
      lawFirm: '北辰街道法律服务所',
      owner: sub('北辰街道'),
      start: `${year}-01-01`,
      end: `${year + 1}-12-31`,
      units: communitiesOf(3).slice(0, 6),
      fee: 12_000,
      note: '与山东德衡律师事务所共同担任所服务村(社区)的法律顾问',
      by: null,
    },
    {
      name: '庞立新',
      kind: 'grassrootsWorker',
      lawFirm: '西岭街道法律服务所',
      owner: sub('西岭街道'),
      start: `${year - 1}-07-01`,
      end: `${year + 1}-06-30`,
      units: communitiesOf(1).slice(10, 16),
      fee: 12_000,
      by: ctx.users.get('xiling') ?? null,
    },
  ];
  const others: { id: string; plan: Plan }[] = [];
  for (const plan of otherPlans) {
    const id = crypto.randomUUID();
    const contractNumber = `示法顾〔${plan.start.slice(0, 4)}〕${contractSeq++}号`;
    adviserRows.push(
      adviserRow(
        own,
        cipher,
        id,
        plan,
        contractNumber,
        plan.units.map((u) => unitNames.get(u) ?? ''),
        today,
      ) as Insert<typeof legalAdvisers>,
    );
    others.push({ id, plan });
  }
  await tx.insert(legalAdvisers).values(adviserRows.slice(-others.length));
  await tx.insert(legalAdviserUnits).values(others.flatMap(({ id, plan }) => plan.units.map((orgUnitId) => ({ adviserId: id, orgUnitId }))));

  // Two at 司法局, one in each 街道 (街道公职律师全覆盖), two units newly applying this year, the rest in departments.
  const otherDepartments = [...org.departments.values()].filter((d) => d !== justice);
  const lawyerRows: Insert<typeof publicLawyers>[] = [];
  for (let i = 0; i < 13; i++) {
    const fresh = i === 6 || i === 7;
    const issued = fresh ? workdayBetween(r, `${year}-03-01`, addCalendarDays(today, -30)) : addCalendarDays(`${year - r.int(1, 4)}-01-10`, r.int(0, 300));
    // No expiry: one lawyer's last 年度考核 is missing, one was 注销 after failing it, one left and was 注销.
    const assessment = i === 9 ? {} : assessmentOnFile(issued, today);
    const failed = i === 8 ? { assessmentResult: 'incompetent', revokedOn: addCalendarDays(today, -40), revokeReason: 'incompetent' } : {};
    const leftOn = i === 12 ? addCalendarDays(today, -60) : null;
    const gone = leftOn ? { revokedOn: addCalendarDays(leftOn, 10), revokeReason: 'leftUnit' } : {};
    const orgUnitId = i < 2 ? justice : i < 6 ? [...org.subdistricts.values()][i - 2]! : otherDepartments[i - 6]!;
    lawyerRows.push(publicLawyerRow(r, { orgUnitId, certificateIssuedOn: issued, leftOn, ...assessment, ...failed, ...gone }, today) as Insert<typeof publicLawyers>);
  }
  const lawyers = await tx
    .insert(publicLawyers)
    .values(lawyerRows)
    .returning({ id: publicLawyers.id, name: publicLawyers.name, orgUnitId: publicLawyers.orgUnitId, revokedOn: publicLawyers.revokedOn });

  // The log: each adviser serves their own units (the 街道 firms mostly their 村(社区)); public lawyers their own unit.
  const communities = new Set(org.communities);
  const shares = [150, 150, 150, 150, 30, 25, 30, 0, 0];
  const serviceRows: Insert<typeof legalServices>[] = [];
  const addEntry = (e: ServiceEntry, servedOn = (r: Random) => workdayBetween(r, `${year}-01-02`, today)) => {
    serviceRows.push(legalServiceRow(r, e, servedOn) as Insert<typeof legalServices>);
  };
  advisers.forEach(({ id, plan }, i) => {
    for (let k = 0; k < shares[i]!; k++) {
      const orgUnitId = r.pick(plan.units);
      const village = communities.has(orgUnitId);
      addEntry({
        orgUnitId,
        group: village ? 'community' : 'government',
        adviserId: id,
        publicLawyerId: null,
        providerName: plan.name,
        by: plan.by,
        kinds: village ? communityKinds : departmentKinds,
      });
    }
  });

  // 园区企业 and the park adviser's work for them (a few served more than once, some not yet).
  const park = advisers.at(-1)!;
  const enterpriseRows: Insert<typeof legalParkEnterprises>[] = [];
  for (const [p, parkId] of org.parks.entries()) {
    for (let k = 0; k < 35; k++) {
      const row: Record<string, unknown> = { orgUnitId: parkId, name: `${companyName(r)}（${k + 1}）`, creditCode: creditCode(r), industry: r.pick(parkIndustries[p]!) };
      row.searchText = searchTextOf(enterpriseRegister, row as Row);
      enterpriseRows.push(row as Insert<typeof legalParkEnterprises>);
    }
  }
  const enterprises = await tx
    .insert(legalParkEnterprises)
    .values(enterpriseRows)
    .returning({ id: legalParkEnterprises.id, name: legalParkEnterprises.name, orgUnitId: legalParkEnterprises.orgUnitId });
  for (let k = 0; k < 150; k++) {
    const enterprise = r.pick(enterprises.slice(0, 60));
    const entry: ServiceEntry = { orgUnitId: enterprise.orgUnitId, group: 'park', adviserId: park.id, publicLawyerId: null, providerName: park.plan.name, by: null, kinds: parkKinds };
    // Negotiations and opinions are for the 园区 itself; reviews are for one enterprise.
    addEntry(r.chance(0.7) ? { ...entry, enterprise } : { ...entry, kinds: parkKinds.filter(([kind]) => kind !== 'enterpriseRulesReview') });
  }

  // 一月一主题: deployed district-wide for each month so far; about a fifth of the 村(社区) log the month's activity.
  const coordinator = ctx.users.get('fzb') ?? null;
  const themeRows: Insert<typeof legalMonthlyThemes>[] = [];
  for (let month = 1; month <= Number(today.slice(5, 7)); month++) {
    const row: Record<string, unknown> = { orgUnitId: org.districtId, year, month, monthOn: themeMonthOn(year, month), title: monthlyThemes[month - 1]!, createdBy: coordinator };
    row.searchText = searchTextOf(themeRegister, row as Row);
    themeRows.push(row as Insert<typeof legalMonthlyThemes>);
  }
  const themes = await tx.insert(legalMonthlyThemes).values(themeRows).returning({ id: legalMonthlyThemes.id, title: legalMonthlyThemes.title, monthOn: legalMonthlyThemes.monthOn });
  const firmOf = (community: string) => advisers.slice(0, 4).find((a) => a.plan.units.includes(community))!;
  for (const theme of themes) {
    const last = addCalendarDays(`${theme.monthOn.slice(0, 7)}-28`, 0) < today ? `${theme.monthOn.slice(0, 7)}-28` : today;
    for (const community of r.sample(org.communities, 20)) {
      const firm = firmOf(community);
      addEntry({ orgUnitId: community, group: 'community', adviserId: firm.id, publicLawyerId: null, providerName: firm.plan.name, by: firm.plan.by, kinds: communityKinds, theme }, (r) =>
        workdayBetween(r, theme.monthOn, last),
      );
    }
  }
  for (let k = 0; k < 35; k++) {
    const lawyer = r.pick(lawyers.filter((l) => !l.revokedOn));
    addEntry({ orgUnitId: lawyer.orgUnitId, group: 'government', adviserId: null, publicLawyerId: lawyer.id, providerName: `${lawyer.name}（公职律师）`, by: null, kinds: departmentKinds });
  }
  // The other kinds take over part of the log of the adviser they work beside, in the units they serve: kind, unit,
  // day and hours stay, so every figure (and each one's drill-down) comes out as before; only the provider changes.
  const byName = (name: string) => advisers.find((a) => a.plan.name === name)!.id;
  const takeOver = (from: string, to: { id: string; plan: Plan }, kinds: readonly ServiceKind[], share: number) => {
    for (const row of serviceRows) {
      if (row.adviserId !== from || row.themeId || !to.plan.units.includes(row.orgUnitId) || !kinds.includes(row.kind as ServiceKind) || !own.chance(share)) continue;
      Object.assign(row, { adviserId: to.id, providerName: to.plan.name, createdBy: to.plan.by });
      row.searchText = searchTextOf(serviceRegister, row as unknown as Row);
    }
  };
  const [scholar, north, west] = others as [(typeof others)[0], (typeof others)[0], (typeof others)[0]];
  takeOver(byName('吴志远'), scholar, ['legalOpinion', 'lecture', 'consultation'], 0.6);
  const villageWork = ['consultation', 'disputeResolution', 'publicService', 'governanceOpinion'] as const;
  takeOver(byName('山东德衡律师事务所'), north, villageWork, 0.5);
  takeOver(byName('山东明德律师事务所'), west, villageWork, 0.5);
  await tx.insert(legalServices).values(serviceRows);
  return { legalAdvisers: adviserRows.length, publicLawyers: lawyerRows.length, legalServices: serviceRows.length, legalParkEnterprises: enterpriseRows.length, legalMonthlyThemes: themeRows.length };
}
