import { codeTable } from '../register/code-table.js';

export const taskStates = codeTable(
  [
    { code: 'planned', label: '未开始' },
    { code: 'inProgress', label: '推进中' },
    { code: 'done', label: '已完成' },
  ],
  '任务状态',
);

export const levels = codeTable(
  [
    { code: 'national', label: '国家级' },
    { code: 'provincial', label: '省级' },
    { code: 'municipal', label: '市级' },
    { code: 'district', label: '区级' },
  ],
  '级别',
);

/** Kinds of honour the report's “获评” sentences name (model report, section 一). */
export const honourKinds = codeTable(
  [
    { code: 'typicalSubdistrict', label: '法治建设典型街道' },
    { code: 'topTenEvent', label: '法治为民十大事件' },
    { code: 'topTenCaseFile', label: '十佳行政执法案卷' },
    { code: 'mediationExpert', label: '调解能手' },
    { code: 'typicalCase', label: '典型案例' },
    { code: 'demonstration', label: '法治政府建设示范地区（项目）' },
    { code: 'other', label: '其他荣誉' },
  ],
  '荣誉类别',
);

export const itemMethods = codeTable(
  [
    { code: 'indicator', label: '按平台指标自动计分' },
    { code: 'manual', label: '人工评分' },
  ],
  '计分方式',
);

/** How an indicator's value becomes points (a district setting per item). */
export const scoringRules = codeTable(
  [
    { code: 'proportional', label: '按达成比例计分' },
    { code: 'threshold', label: '达到目标值得满分' },
  ],
  '计分规则',
);

export const selfAssessments = codeTable(
  [
    { code: 'notAssessed', label: '未自评' },
    { code: 'notMet', label: '未达标' },
    { code: 'partly', label: '部分达标' },
    { code: 'met', label: '已达标' },
  ],
  '自评结果',
);

export const supervisionStates = codeTable(
  [
    { code: 'onTrack', label: '正常推进' },
    { code: 'behind', label: '进度滞后' },
    { code: 'urged', label: '已督办' },
  ],
  '督办状态',
);

export const demoItemLevels = codeTable(
  [
    { code: 'first', label: '一级指标' },
    { code: 'second', label: '二级指标' },
  ],
  '指标层级',
);
