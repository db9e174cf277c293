import { codeTable } from '../register/code-table.js';

export const adviserKinds = codeTable(
  [
    { code: 'person', label: '律师个人' },
    { code: 'lawFirm', label: '律师事务所' },
    { code: 'scholar', label: '法学专家' },
    { code: 'grassrootsWorker', label: '基层法律服务工作者' },
  ],
  '顾问类型',
);
export type AdviserKind = (typeof adviserKinds.codes)[number];

/** Derived from the contract dates and today (see engagementState). */
export const engagementStates = codeTable(
  [
    { code: 'pending', label: '未到聘期' },
    { code: 'inForce', label: '在聘' },
    { code: 'expiring', label: '即将到期' },
    { code: 'expired', label: '已到期' },
  ],
  '聘用状态',
);

/** Derived from 注销, leaving the post and the 年度考核 on file (see publicLawyerState): never entered. */
export const publicLawyerStates = codeTable(
  [
    { code: 'valid', label: '在岗' },
    { code: 'assessmentDue', label: '待年度考核' },
    { code: 'incompetent', label: '考核不称职' },
    { code: 'left', label: '已离岗' },
    { code: 'revoked', label: '已注销' },
  ],
  '公职律师状态',
);

/** 公职律师 年度考核 results (the unit assesses, the 司法行政机关 records; three grades as 公务员 考核 uses). */
export const assessmentResults = codeTable(
  [
    { code: 'competent', label: '称职' },
    { code: 'basicallyCompetent', label: '基本称职' },
    { code: 'incompetent', label: '不称职' },
  ],
  '年度考核结果',
);

/** Why a 公职律师证 was 注销 (《公职律师管理办法》): the certificate has no expiry; it ends only this way. */
export const revokeReasons = codeTable(
  [
    { code: 'selfRequest', label: '本人申请' },
    { code: 'leftUnit', label: '离开所在单位（辞职、调任、转任、退休等）' },
    { code: 'unitWithdrew', label: '所在单位不同意其继续担任' },
    { code: 'incompetent', label: '年度考核不称职' },
    { code: 'other', label: '其他' },
  ],
  '注销原因',
);

export const serviceKinds = codeTable(
  [
    { code: 'legalOpinion', label: '法律意见' },
    { code: 'consultation', label: '法律咨询' },
    { code: 'contractReview', label: '合同审查' },
    { code: 'litigationMatter', label: '参与涉法涉诉事件处理' },
    { code: 'projectNegotiation', label: '参与重大项目谈判' },
    { code: 'petitionResolution', label: '参与信访/风险化解' },
    { code: 'lecture', label: '法治讲座' },
    { code: 'publicService', label: '公益法律服务' },
    { code: 'governanceOpinion', label: '村(居)治理法律意见' },
    { code: 'disputeResolution', label: '化解矛盾纠纷' },
    { code: 'villageDecision', label: '参与村级重大决策' },
    { code: 'enterpriseRulesReview', label: '企业制度审查' },
  ],
  '服务类型',
);

export type ServiceKind = (typeof serviceKinds.codes)[number];

/**
 * Who was served, from the kind of the served unit: the government's and the villages' figures are reported in
 * different sections of the annual report (二 and 四) and must never be summed together.
 */
export const servedGroups = codeTable(
  [
    { code: 'government', label: '党政机关' },
    { code: 'community', label: '村(社区)' },
    { code: 'park', label: '园区及企业' },
  ],
  '服务对象类别',
);
export type ServedGroup = (typeof servedGroups.codes)[number];

/** Kinds that only make sense for one group (a 村规民约 opinion is not given to a department). */
export const serviceKindGroups: Partial<Record<ServiceKind, ServedGroup>> = {
  governanceOpinion: 'community',
  villageDecision: 'community',
  enterpriseRulesReview: 'park',
};

/** The group a unit's services count in: 村(社区) and 园区 apart from the government (街道 are government organs). */
export function servedGroupOf(unitKind: string): ServedGroup {
  return unitKind === 'community' ? 'community' : unitKind === 'park' ? 'park' : 'government';
}

/** The kinds that may be logged for a group (all but those reserved for another group). */
export function serviceKindsFor(group: ServedGroup): ServiceKind[] {
  return serviceKinds.codes.filter((k) => (serviceKindGroups[k] ?? group) === group);
}
