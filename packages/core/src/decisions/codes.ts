import { codeTable } from '../register/code-table.js';

/** 《重大行政决策程序暂行条例》第三条: the five kinds of major decision. */
export const decisionKinds = codeTable(
  [
    { code: 'publicPolicy', label: '重大公共政策和措施' },
    { code: 'plan', label: '经济和社会发展等方面的重要规划' },
    { code: 'resourcePolicy', label: '开发利用、保护重要自然资源和文化资源的重大公共政策和措施' },
    { code: 'constructionProject', label: '重大公共建设项目' },
    { code: 'publicInterest', label: '对社会影响深远、涉及重大公共利益的其他重大事项' },
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

export const meetingTypes = codeTable(
  [
    { code: 'executive', label: '常务会议' },
    { code: 'plenary', label: '全体会议' },
  ],
  '会议类型',
);

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

/** 条例第三十五条: why a 决策后评估 was made. */
export const evaluationTriggers = codeTable(
  [
    { code: 'poorResults', label: '决策实施后明显未达到预期效果' },
    { code: 'publicObjections', label: '公民、法人或者其他组织提出较多意见' },
    { code: 'organDecided', label: '决策机关认为有必要' },
  ],
  '后评估原因',
);

/** 街道 "三重一大" categories and other 重大事项. */
export const matterCategories = codeTable(
  [
    { code: 'majorDecision', label: '重大决策' },
    { code: 'personnel', label: '重要人事任免' },
    { code: 'majorProject', label: '重大项目安排' },
    { code: 'largeFunds', label: '大额资金使用' },
  ],
  '事项类别',
);
