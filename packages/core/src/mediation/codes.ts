import { codeTable } from '../register/code-table.js';

/** 人民调解法 第8条 (村/居 and 企业事业单位) and 第34条 (乡镇、街道、社会团体 may set one up). */
export const committeeLevels = codeTable(
  [
    { code: 'subdistrict', label: '街道人民调解委员会' },
    { code: 'community', label: '村(居)人民调解委员会' },
    { code: 'industry', label: '行业性专业性人民调解委员会' },
  ],
  '调委会类别',
);

/** 第8条: 主任一人, 副主任若干人, 委员; 第13条: members and hired mediators are both 人民调解员. */
export const mediatorPositions = codeTable(
  [
    { code: 'director', label: '主任' },
    { code: 'deputyDirector', label: '副主任' },
    { code: 'member', label: '委员' },
    { code: 'hired', label: '聘任调解员' },
  ],
  '职务',
);
/** The positions that count as 委员 in the committee's composition (第8条). */
export const memberPositions: readonly string[] = ['director', 'deputyDirector', 'member'];

export const genders = codeTable(
  [
    { code: 'male', label: '男' },
    { code: 'female', label: '女' },
  ],
  '性别',
);

export const honourKinds = codeTable(
  [
    { code: 'mediationExpert', label: '调解能手' },
    { code: 'advancedWorker', label: '调解先进工作者' },
    { code: 'goldMedal', label: '金牌调解员' },
    { code: 'other', label: '其他荣誉' },
  ],
  '荣誉类别',
);

export const honourLevels = codeTable(
  [
    { code: 'national', label: '国家级' },
    { code: 'provincial', label: '省级' },
    { code: 'city', label: '市级' },
    { code: 'district', label: '区级' },
  ],
  '荣誉级别',
);

/**
 * Dispute types as the issue lists them after the 智慧民调 entry form's common categories (not checked against
 * the provincial system's own code table, which is not public).
 */
export const disputeTypes = codeTable(
  [
    { code: 'marriageFamily', label: '婚姻家庭纠纷' },
    { code: 'neighbour', label: '邻里纠纷' },
    { code: 'housingHomestead', label: '房屋宅基地纠纷' },
    { code: 'contract', label: '合同纠纷' },
    { code: 'damages', label: '损害赔偿纠纷' },
    { code: 'labour', label: '劳动争议纠纷' },
    { code: 'forestLand', label: '山林土地纠纷' },
    { code: 'landAcquisition', label: '征地拆迁纠纷' },
    { code: 'property', label: '物业纠纷' },
    { code: 'medical', label: '医疗纠纷' },
    { code: 'traffic', label: '道路交通事故纠纷' },
    { code: 'consumer', label: '消费纠纷' },
    { code: 'other', label: '其他纠纷' },
  ],
  '纠纷类型',
);

/** 第17条 (申请 / 主动调解), 第18条 (法院、公安告知或移交); 诉调对接 (法院委派、委托) is counted apart. */
export const disputeSources = codeTable(
  [
    { code: 'application', label: '当事人申请' },
    { code: 'initiative', label: '主动调解' },
    { code: 'referral', label: '移交委托' },
    { code: 'courtReferral', label: '诉调对接（法院委派委托）' },
  ],
  '纠纷来源',
);

/** 第28条: a written agreement (第29条) or, where the parties see no need, an oral one (第30条). */
export const agreementForms = codeTable(
  [
    { code: 'written', label: '书面调解协议' },
    { code: 'oral', label: '口头调解协议' },
  ],
  '协议形式',
);

export const outcomes = codeTable(
  [
    { code: 'succeeded', label: '调解成功' },
    { code: 'failed', label: '调解不成' },
  ],
  '调解结果',
);

/** 第26条: on failure the mediator tells the parties of 仲裁、行政、司法 remedies. */
export const failureAdvice = codeTable(
  [
    { code: 'litigation', label: '告知通过诉讼解决' },
    { code: 'arbitration', label: '告知申请仲裁' },
    { code: 'administrative', label: '告知通过行政途径解决' },
    { code: 'other', label: '其他' },
  ],
  '调解不成处理',
);

/** 民事诉讼法 第206条: 裁定调解协议有效, or 裁定驳回申请. */
export const confirmationResults = codeTable(
  [
    { code: 'confirmed', label: '裁定确认有效' },
    { code: 'rejected', label: '裁定驳回申请' },
  ],
  '司法确认结果',
);

/** 第31条: the committee supervises performance; the 回访 records what it found. */
export const performances = codeTable(
  [
    { code: 'performed', label: '已履行' },
    { code: 'partly', label: '部分履行' },
    { code: 'notPerformed', label: '未履行' },
  ],
  '履行情况',
);
