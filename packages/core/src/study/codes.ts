import { codeTable } from '../register/code-table.js';

// 学法 kinds: 中心组集体学习 (党委(党组)理论学习中心组), 常务会议会前学法, 专题讲座 and 专题报告会.
export const sessionKinds = codeTable(
  [
    { code: 'centralGroup', label: '理论学习中心组集体学习' },
    { code: 'preMeeting', label: '常务会议会前学法' },
    { code: 'lecture', label: '法治专题讲座' },
    { code: 'report', label: '法治专题报告会' },
  ],
  '学法形式',
);

/** Who sits an exam: 新任公务员, 新提拔领导干部 (任前考法), 行政执法人员. */
export const examKinds = codeTable(
  [
    { code: 'newCivilServant', label: '新任公务员法治素养考试' },
    { code: 'promotedLeader', label: '新提拔领导干部任前考法' },
    { code: 'enforcementOfficer', label: '行政执法人员法律知识考试' },
  ],
  '考试类别',
);

export const questionKinds = codeTable(
  [
    { code: 'single', label: '单选题' },
    { code: 'multiple', label: '多选题' },
    { code: 'trueFalse', label: '判断题' },
    { code: 'short', label: '简答题' },
  ],
  '题型',
);

/** The law a question tests: the rules draw N questions per tag. */
export const lawTags = codeTable(
  [
    { code: 'xiThought', label: '习近平法治思想' },
    { code: 'constitution', label: '宪法' },
    { code: 'civilCode', label: '民法典' },
    { code: 'penalty', label: '行政处罚法' },
    { code: 'licensing', label: '行政许可法' },
    { code: 'coercion', label: '行政强制法' },
    { code: 'reconsideration', label: '行政复议法' },
    { code: 'litigation', label: '行政诉讼法' },
    { code: 'government', label: '法治政府建设实施纲要' },
  ],
  '所属法律',
);

export const sittingStates = codeTable(
  [
    { code: 'open', label: '答题中' },
    { code: 'marking', label: '待阅卷' },
    { code: 'passed', label: '合格' },
    { code: 'failed', label: '不合格' },
  ],
  '考试状态',
);
