import { codeTable } from '../register/code-table.js';

/**
 * 执法主体资格: 行政处罚法 第17条 (行政机关在法定职权范围内实施), 第19条 (法律、法规授权的具有管理公共事务职能的组织),
 * 第20–21条 (行政机关依法委托符合条件的组织；委托书载明委托事项、权限、期限；委托行政机关负责监督并承担法律责任).
 */
export const bodyKinds = codeTable(
  [
    { code: 'statutory', label: '法定行政机关' },
    { code: 'authorized', label: '法律法规授权组织' },
    { code: 'entrusted', label: '受委托组织' },
  ],
  '主体类别',
);

export const enforcementFields = codeTable(
  [
    { code: 'market', label: '市场监管' },
    { code: 'ecology', label: '生态环境' },
    { code: 'naturalResources', label: '自然资源' },
    { code: 'housing', label: '住房城乡建设' },
    { code: 'transport', label: '交通运输' },
    { code: 'emergency', label: '应急管理' },
    { code: 'health', label: '卫生健康' },
    { code: 'labour', label: '人力资源社会保障' },
    { code: 'cultureTourism', label: '文化旅游' },
    { code: 'agriculture', label: '农业农村' },
    { code: 'urban', label: '城市管理(综合执法)' },
    { code: 'other', label: '其他' },
  ],
  '执法领域',
);

/** A 委托's state from its term (only 受委托组织 have one). */
export const entrustmentStates = codeTable(
  [
    { code: 'none', label: '不适用' },
    { code: 'inForce', label: '委托期内' },
    { code: 'expired', label: '委托已到期' },
  ],
  '委托状态',
);

export const genders = codeTable(
  [
    { code: 'male', label: '男' },
    { code: 'female', label: '女' },
  ],
  '性别',
);

export const officerPosts = codeTable(
  [
    { code: 'civilServant', label: '在编公务员' },
    { code: 'publicInstitution', label: '参公/事业编制' },
    { code: 'contract', label: '聘用' },
    { code: 'other', label: '其他' },
  ],
  '人员性质',
);

export const certificateKinds = codeTable(
  [
    { code: 'enforcement', label: '行政执法证' },
    { code: 'supervision', label: '行政执法监督证' },
    { code: 'hearing', label: '听证主持人证' },
  ],
  '证件类别',
);

/** Derived (see certificateStatus): never entered. */
export const certificateStates = codeTable(
  [
    { code: 'valid', label: '有效' },
    { code: 'reviewDue', label: '待年审' },
    { code: 'suspended', label: '暂扣' },
    { code: 'revoked', label: '注销' },
  ],
  '证件状态',
);

export const reviewResults = codeTable(
  [
    { code: 'passed', label: '合格' },
    { code: 'failed', label: '不合格' },
    { code: 'absent', label: '未参加' },
  ],
  '年审结果',
);

export const revokeReasons = codeTable(
  [
    { code: 'transferred', label: '调离执法岗位' },
    { code: 'retired', label: '退休' },
    { code: 'resigned', label: '辞职' },
    { code: 'misconduct', label: '违法违纪' },
    { code: 'other', label: '其他' },
  ],
  '注销原因',
);

export const trainingSources = codeTable(
  [
    { code: 'online', label: '线上' },
    { code: 'offline', label: '线下' },
    { code: 'cityPlatform', label: '市级平台' },
  ],
  '培训来源',
);

export const itemKinds = codeTable(
  [
    { code: 'penalty', label: '行政处罚' },
    { code: 'licence', label: '行政许可' },
    { code: 'coercion', label: '行政强制' },
    { code: 'inspection', label: '行政检查' },
    { code: 'levy', label: '行政征收' },
    { code: 'benefit', label: '行政给付' },
    { code: 'confirmation', label: '行政确认' },
    { code: 'other', label: '其他' },
  ],
  '事项类别',
);

/** 行政处罚法 第32条 (从轻或者减轻), 第33条 (不予处罚；首违不罚). */
export const leniencyOutcomes = codeTable(
  [
    { code: 'none', label: '不予处罚' },
    { code: 'mitigated', label: '减轻处罚' },
    { code: 'lighter', label: '从轻处罚' },
  ],
  '处理结果',
);

export const partyKinds = codeTable(
  [
    { code: 'organisation', label: '法人或其他组织' },
    { code: 'person', label: '自然人' },
  ],
  '当事人类别',
);

export const caseOutcomes = codeTable(
  [
    { code: 'penalty', label: '给予处罚' },
    { code: 'noPenalty', label: '不予处罚' },
    { code: 'granted', label: '准予许可' },
    { code: 'refused', label: '不予许可' },
    { code: 'other', label: '其他决定' },
  ],
  '决定结果',
);

/** Derived from the case's dates (case-rules.caseStage). */
export const caseStages = codeTable(
  [
    { code: 'investigating', label: '办理中' },
    { code: 'decided', label: '已决定待公示' },
    { code: 'disclosed', label: '已公示' },
    { code: 'withdrawn', label: '已撤回公示' },
  ],
  '案件阶段',
);

/** 案卷评查标准的类别: 否决项 fail a file outright; 卷面 20 points; 内容 80 points (domain-research §1.7). */
export const rubricGroups = codeTable(
  [
    { code: 'veto', label: '否决项' },
    { code: 'form', label: '卷面标准' },
    { code: 'substance', label: '内容标准' },
  ],
  '评查项类别',
);

/** How a campaign turns reviewers' scores into the file's score. */
export const scoreRules = codeTable(
  [
    { code: 'mean', label: '取各评查人员平均分' },
    { code: 'consensus', label: '合议一致后定分' },
  ],
  '定分规则',
);

export const fileGrades = codeTable(
  [
    { code: 'excellent', label: '优秀' },
    { code: 'passed', label: '合格' },
    { code: 'failed', label: '不合格' },
  ],
  '评查等次',
);

export const checkKinds = codeTable(
  [
    { code: 'daily', label: '日常监督' },
    { code: 'special', label: '专项监督' },
    { code: 'comprehensive', label: '综合检查' },
  ],
  '监督方式',
);

export const rectificationSources = codeTable(
  [
    { code: 'check', label: '执法监督检查' },
    { code: 'review', label: '案卷评查' },
  ],
  '问题来源',
);
