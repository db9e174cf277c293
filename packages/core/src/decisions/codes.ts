import { codeTable } from '../register/code-table.js';

/** 《重大行政决策程序暂行条例》第三条第一款 (一)—(五): the five kinds of major decision, in the article's words. */
export const decisionKinds = codeTable(
  [
    { code: 'publicPolicy', label: '公共服务、市场监管、社会管理、环境保护等方面的重大公共政策和措施' },
    { code: 'plan', label: '经济和社会发展等方面的重要规划' },
    { code: 'resourcePolicy', label: '开发利用、保护重要自然资源和文化资源的重大公共政策和措施' },
    { code: 'constructionProject', label: '在本行政区域实施的重大公共建设项目' },
    { code: 'publicInterest', label: '对经济社会发展有重大影响、涉及重大公共利益或者社会公众切身利益的其他重大事项' },
  ],
  '决策事项类别',
);

export const quarters = codeTable(
  [
    { code: 'q1', label: '第一季度' },
    { code: 'q2', label: '第二季度' },
    { code: 'q3', label: '第三季度' },
    { code: 'q4', label: '第四季度' },
  ],
  '计划完成季度',
);

/** A procedure step's state on the checklist. */
export const stepStatuses = codeTable(
  [
    { code: 'pending', label: '未完成' },
    { code: 'done', label: '已完成' },
    { code: 'notApplicable', label: '不适用' },
  ],
  '程序状态',
);
export type StepStatus = (typeof stepStatuses.codes)[number];

export const riskLevels = codeTable(
  [
    { code: 'low', label: '低风险' },
    { code: 'medium', label: '中风险' },
    { code: 'high', label: '高风险' },
  ],
  '风险等级',
);

/**
 * The collective meetings a decision is deliberated at: a government's 常务会议 or 全体会议 (条例第三十条); a 部门's
 * 局务会议 and a 乡级 body's meeting (街道 党工委会议、主任办公会议) apply it by reference (第四十二条), as does the
 * 高新区 管委会 (the district's 派出机构) at its 主任办公会议.
 */
export const meetingTypes = codeTable(
  [
    { code: 'executive', label: '政府常务会议' },
    { code: 'plenary', label: '政府全体会议' },
    { code: 'committeeDirectors', label: '管委会主任办公会议' },
    { code: 'bureauAffairs', label: '局务会议' },
    { code: 'workCommittee', label: '街道党工委会议' },
    { code: 'subdistrictDirectors', label: '街道办事处主任办公会议' },
  ],
  '会议类型',
);

/** How a decision was reached when it was not collectively deliberated: recorded as found, so 集体讨论率 shows the gap. */
export const undeliberatedForms = codeTable(
  [
    { code: 'headSigned', label: '主要负责人签批' },
    { code: 'deputySigned', label: '分管负责人签批' },
    { code: 'specialMeeting', label: '专题会议' },
    { code: 'other', label: '其他方式' },
  ],
  '决定方式',
);

/** 条例第十四条第二款: the forms of hearing the public. Only 向社会公开征求意见 has the 30-day floor (第十五条). */
export const participationForms = codeTable(
  [
    { code: 'symposium', label: '座谈会' },
    { code: 'hearing', label: '听证会' },
    { code: 'fieldVisit', label: '实地走访' },
    { code: 'writtenSolicitation', label: '书面征求意见' },
    { code: 'openSolicitation', label: '向社会公开征求意见' },
    { code: 'questionnaire', label: '问卷调查' },
    { code: 'opinionPoll', label: '民意调查' },
  ],
  '公众参与方式',
);
export type ParticipationForm = (typeof participationForms.codes)[number];

/** A member's stated opinion at the meeting (条例第三十条: 不同意见如实记录). */
export const stances = codeTable(
  [
    { code: 'agree', label: '同意' },
    { code: 'agreeWithChanges', label: '原则同意（附修改意见）' },
    { code: 'disagree', label: '不同意' },
    { code: 'abstain', label: '弃权' },
  ],
  '表态',
);
export type Stance = (typeof stances.codes)[number];

/** The head's decision at the meeting (行政首长负责制). */
export const decisionOutcomes = codeTable(
  [
    { code: 'adopted', label: '通过' },
    { code: 'adoptedWithChanges', label: '修改后通过' },
    { code: 'rejected', label: '不予通过' },
    { code: 'deferred', label: '暂缓决策' },
  ],
  '决定结果',
);
export type DecisionOutcome = (typeof decisionOutcomes.codes)[number];
export const adoptingOutcomes: readonly DecisionOutcome[] = ['adopted', 'adoptedWithChanges'];

export const publicationChannels = codeTable(
  [
    { code: 'gazette', label: '政府公报' },
    { code: 'website', label: '政府网站' },
    { code: 'newspaper', label: '本行政区域发行的报纸' },
    { code: 'newMedia', label: '政务新媒体' },
  ],
  '公布渠道',
);

/** 条例第三十六条: why a 决策后评估 was made. */
export const evaluationTriggers = codeTable(
  [
    { code: 'poorResults', label: '决策实施后明显未达到预期效果' },
    { code: 'publicObjections', label: '公民、法人或者其他组织提出较多意见' },
    { code: 'organDecided', label: '决策机关认为有必要' },
  ],
  '后评估原因',
);

/** 街道 "三重一大" categories and the other 涉法事项 its meetings decide. */
export const matterCategories = codeTable(
  [
    { code: 'majorDecision', label: '重大决策' },
    { code: 'normativeDocument', label: '规范性文件' },
    { code: 'majorEnforcement', label: '重大执法决定' },
    { code: 'contract', label: '合同协议' },
    { code: 'personnel', label: '重要人事任免' },
    { code: 'majorProject', label: '重大项目安排' },
    { code: 'largeFunds', label: '大额资金使用' },
  ],
  '事项类别',
);
export type MatterCategory = (typeof matterCategories.codes)[number];

/** The 涉法事项 a 街道 meeting decides only after the 司法所's legality review; 人事任免 and the like need none. */
export const reviewedMatterCategories: readonly MatterCategory[] = ['majorDecision', 'normativeDocument', 'majorEnforcement', 'contract'];
