import { codeTable } from '../register/code-table.js';

export const instances = codeTable(
  [
    { code: 'first', label: '一审' },
    { code: 'second', label: '二审' },
    { code: 'retrialReview', label: '再审审查' },
    { code: 'retrial', label: '再审' },
  ],
  '审级',
);

export const disputeAreas = codeTable(
  [
    { code: 'landAcquisition', label: '征地拆迁' },
    { code: 'laborSocialSecurity', label: '劳动和社会保障' },
    { code: 'marketRegulation', label: '市场监督管理' },
    { code: 'naturalResources', label: '自然资源' },
    { code: 'housingConstruction', label: '住房和城乡建设' },
    { code: 'ecology', label: '生态环境' },
    { code: 'publicSecurityTraffic', label: '公安交通' },
    { code: 'informationDisclosure', label: '政府信息公开' },
    { code: 'other', label: '其他' },
  ],
  '争议领域',
);

/**
 * 裁判结果 of one 审级 (《行政诉讼法》). A first-instance court decides by 判决 (第69–78条), 裁定 (不予立案, 驳回起诉,
 * 准予撤诉, 按撤诉处理) or 调解书 (第60条); a second-instance court by 第89条. `kind` says which document it is (the appeal
 * window of 第85条 differs), `lost` whether it is a 败诉 of the defendant organ, `instances` where it may be given.
 */
const outcomeItems = [
  { code: 'dismissed', label: '判决驳回诉讼请求', kind: 'judgment', lost: false, basis: '第69条', stage: 'trial' },
  { code: 'revoked', label: '判决撤销', kind: 'judgment', lost: true, basis: '第70条', stage: 'trial' },
  { code: 'orderedToPerform', label: '判决履行法定职责', kind: 'judgment', lost: true, basis: '第72条', stage: 'trial' },
  { code: 'orderedToPay', label: '判决履行给付义务', kind: 'judgment', lost: true, basis: '第73条', stage: 'trial' },
  { code: 'confirmedIllegal', label: '判决确认违法', kind: 'judgment', lost: true, basis: '第74条', stage: 'trial' },
  { code: 'confirmedVoid', label: '判决确认无效', kind: 'judgment', lost: true, basis: '第75条', stage: 'trial' },
  { code: 'varied', label: '判决变更', kind: 'judgment', lost: true, basis: '第77条', stage: 'trial' },
  { code: 'agreementPerform', label: '行政协议：判决继续履行、采取补救措施或赔偿损失', kind: 'judgment', lost: true, basis: '第78条第1款', stage: 'trial' },
  { code: 'agreementCompensate', label: '行政协议：判决给予补偿', kind: 'judgment', lost: true, basis: '第78条第2款', stage: 'trial' },
  { code: 'compensation', label: '判决行政赔偿', kind: 'judgment', lost: true, basis: '第76条、《国家赔偿法》', stage: 'trial' },
  { code: 'mediated', label: '调解结案', kind: 'mediation', lost: false, basis: '第60条', stage: 'trial' },
  { code: 'notAccepted', label: '裁定不予立案', kind: 'ruling', lost: false, basis: '第51条', stage: 'trial' },
  { code: 'suitDismissed', label: '裁定驳回起诉', kind: 'ruling', lost: false, basis: '行诉解释第69条', stage: 'trial' },
  { code: 'withdrawn', label: '裁定准予撤诉', kind: 'ruling', lost: false, basis: '第62条', stage: 'trial' },
  { code: 'deemedWithdrawn', label: '裁定按撤诉处理', kind: 'ruling', lost: false, basis: '第58条', stage: 'trial' },
  { code: 'appealDismissed', label: '驳回上诉，维持原判', kind: 'judgment', lost: null, basis: '第89条第1款第1项', stage: 'appeal' },
  { code: 'amended', label: '改判', kind: 'judgment', lost: null, basis: '第89条第1款第2、3项', stage: 'appeal' },
  { code: 'remanded', label: '发回重审', kind: 'ruling', lost: null, basis: '第89条第1款第3、4项', stage: 'appeal' },
  { code: 'appealWithdrawn', label: '准予撤回上诉', kind: 'ruling', lost: null, basis: '', stage: 'appeal' },
  { code: 'other', label: '其他', kind: 'judgment', lost: false, basis: '', stage: 'both' },
] as const;

export const outcomes = codeTable(outcomeItems, '裁判结果');
export type Outcome = (typeof outcomes.codes)[number];
export type DecisionKind = (typeof outcomeItems)[number]['kind'];

const outcomeOf = new Map<string, (typeof outcomeItems)[number]>(outcomeItems.map((o) => [o.code, o]));

/** 败诉 of the defendant organ (确认违法, 确认无效, 撤销, 责令履行, 给付, 变更, 行政协议, 行政赔偿). */
export const losingOutcomes: readonly string[] = outcomeItems.filter((o) => o.lost === true).map((o) => o.code);

/** What an 改判 can turn the judgment into: the first-instance judgments. */
export const amendableOutcomes = codeTable(
  outcomeItems.filter((o) => o.stage === 'trial' && o.kind === 'judgment').map(({ code, label }) => ({ code, label })),
  '改判结果',
);

/** 判决, 裁定 or 调解书: decides the appeal window (第85条) and whether there is one at all. */
export function decisionKindOf(outcome: string): DecisionKind {
  return outcomeOf.get(outcome)?.kind ?? 'judgment';
}

/** Whether `outcome` may close a record of this 审级: 第89条 outcomes only on appeal, the others only at trial. */
export function outcomeFitsInstance(outcome: string, instance: string): boolean {
  const stage = outcomeOf.get(outcome)?.stage;
  if (!stage || stage === 'both') return true;
  return instance === 'second' ? stage === 'appeal' : stage === 'trial';
}

/**
 * The outcome in force after this 审级 (the one 败诉 is judged by): 维持 or 撤回上诉 keep the one before, 改判 puts
 * its new judgment in place, 发回重审 leaves none until the retrial ends.
 */
export function effectiveOutcome(previous: string | null, outcome: string, amendedOutcome?: string | null): string | null {
  switch (outcome) {
    case 'appealDismissed':
    case 'appealWithdrawn':
      return previous;
    case 'amended':
      return amendedOutcome ?? null;
    case 'remanded':
      return null;
    default:
      return outcome;
  }
}

export function isLost(effective: string | null | undefined): boolean {
  return effective != null && losingOutcomes.includes(effective);
}

/** 调解书 and 准予撤诉/按撤诉处理 cannot be appealed; 判决, 不予立案 and 驳回起诉 can (第85条). */
export function isAppealable(outcome: string | null | undefined): boolean {
  return outcome != null && !['mediated', 'withdrawn', 'deemedWithdrawn'].includes(outcome) && outcomeOf.get(outcome)?.stage !== 'appeal';
}

export const mediationResults = codeTable(
  [
    { code: 'notTried', label: '未开展' },
    { code: 'succeeded', label: '调解成功' },
    { code: 'failed', label: '调解不成' },
  ],
  '诉前调解结果',
);

export const partyKinds = codeTable(
  [
    { code: 'person', label: '自然人' },
    { code: 'organization', label: '法人或其他组织' },
  ],
  '原告类型',
);

export const appellants = codeTable(
  [
    { code: 'plaintiff', label: '原告' },
    { code: 'defendant', label: '被告（本机关）' },
  ],
  '上诉人',
);

/** 诉讼地位 of the district's organ in the case. */
export const litigationRoles = codeTable(
  [
    { code: 'defendant', label: '被告' },
    { code: 'coDefendant', label: '共同被告' },
    { code: 'thirdParty', label: '第三人' },
  ],
  '诉讼地位',
);

/** Whose appearance counts as the 负责人's (法释〔2020〕3号 第2条): 正职, 副职, and 分管 the act sued. */
export const leaderTypes = codeTable(
  [
    { code: 'principal', label: '正职负责人' },
    { code: 'deputy', label: '副职负责人' },
    { code: 'inCharge', label: '参与分管的负责人' },
  ],
  '负责人类型',
);

/** Why the 负责人 could not appear (法释〔2020〕3号 第8条), proven per 第9条. */
export const absenceReasonKinds = codeTable(
  [
    { code: 'forceMajeure', label: '不可抗力' },
    { code: 'accident', label: '意外事件' },
    { code: 'officialDuty', label: '需要履行他人不能代替的公务' },
    { code: 'otherJustified', label: '无法出庭的其他正当事由' },
  ],
  '负责人未出庭事由',
);

/** How an effective judgment was carried out (《行政诉讼法》第94条: 当事人必须履行). */
export const performanceModes = codeTable(
  [
    { code: 'voluntary', label: '主动履行' },
    { code: 'afterMeasures', label: '经人民法院采取措施后履行' },
    { code: 'partial', label: '部分履行' },
  ],
  '履行方式',
);

/** What the first-instance court may do against an organ that refuses to perform (《行政诉讼法》第96条 (一)–(五)). */
export const courtMeasures = codeTable(
  [
    { code: 'transfer', label: '通知银行从机关账户划拨' },
    { code: 'dailyFine', label: '对机关负责人按日处五十元至一百元罚款' },
    { code: 'announcement', label: '公告拒绝履行的情况' },
    { code: 'suggestion', label: '向监察机关或上一级行政机关提出司法建议' },
    { code: 'detention', label: '对直接负责的主管人员和其他直接责任人员予以拘留' },
  ],
  '法院执行措施',
);
