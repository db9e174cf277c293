import { codeTable } from '../register/code-table.js';

/** 社区矫正法 第2条: the four kinds of sentence served in the community. */
export const correctionCategories = codeTable(
  [
    { code: 'control', label: '管制' },
    { code: 'probation', label: '缓刑' },
    { code: 'parole', label: '假释' },
    { code: 'medicalParole', label: '暂予监外执行' },
  ],
  '矫正类别',
);

/** 分类管理 (第24条): levels adjusted by behaviour. */
export const supervisionLevels = codeTable(
  [
    { code: 'lenient', label: '宽管' },
    { code: 'normal', label: '普管' },
    { code: 'strict', label: '严管' },
  ],
  '管理等级',
);

/** Derived from 报到, term and 解除/终止 (rules.subjectState). */
export const subjectStates = codeTable(
  [
    { code: 'awaiting', label: '待报到' },
    { code: 'inCorrection', label: '在矫' },
    { code: 'overdue', label: '期满未解除' },
    { code: 'released', label: '已解除' },
    { code: 'terminated', label: '已终止' },
  ],
  '矫正状态',
);

/** 第44条 解除 at term end; 第45条 终止 (撤销缓刑/假释, 收监执行, 死亡). */
export const endKinds = codeTable(
  [
    { code: 'released', label: '期满解除' },
    { code: 'revoked', label: '撤销缓刑/假释' },
    { code: 'committed', label: '收监执行' },
    { code: 'died', label: '死亡' },
  ],
  '解除/终止方式',
);

export const genders = codeTable(
  [
    { code: 'male', label: '男' },
    { code: 'female', label: '女' },
  ],
  '性别',
);

/** 矫正小组 members (第25条). */
export const teamRoles = codeTable(
  [
    { code: 'officer', label: '司法所工作人员' },
    { code: 'community', label: '村(居)委会人员' },
    { code: 'family', label: '家庭成员或监护人' },
    { code: 'volunteer', label: '社会工作者或志愿者' },
    { code: 'employer', label: '所在单位或学校人员' },
  ],
  '小组成员身份',
);

/** 第26条: 报告 by phone check-in, visits, calls and in person. */
export const reportKinds = codeTable(
  [
    { code: 'checkIn', label: '手机签到（日报告）' },
    { code: 'visit', label: '实地走访' },
    { code: 'phone', label: '电话报告' },
    { code: 'inPerson', label: '到所报告' },
  ],
  '报告方式',
);

export const verificationResults = codeTable(
  [
    { code: 'normal', label: '正常' },
    { code: 'abnormal', label: '异常' },
    { code: 'unreachable', label: '失联' },
  ],
  '核查结果',
);

export const leaveDecisions = codeTable(
  [
    { code: 'pending', label: '待审批' },
    { code: 'approved', label: '批准' },
    { code: 'refused', label: '不予批准' },
  ],
  '审批结果',
);

/** Derived from the decision, the dates and 销假 (rules.leaveStatus). */
export const leaveStatuses = codeTable(
  [
    { code: 'pending', label: '待审批' },
    { code: 'refused', label: '不予批准' },
    { code: 'approved', label: '已批准' },
    { code: 'away', label: '外出中' },
    { code: 'overdue', label: '逾期未归' },
    { code: 'returned', label: '已销假' },
  ],
  '外出状态',
);

export const approvalLevels = codeTable(
  [
    { code: 'office', label: '司法所' },
    { code: 'county', label: '县级社区矫正机构' },
  ],
  '审批层级',
);

/** 第28条 and the 2020 实施办法 ladder. */
export const violationMeasures = codeTable(
  [
    { code: 'reprimand', label: '训诫' },
    { code: 'warning', label: '警告' },
    { code: 'publicOrder', label: '提请治安管理处罚' },
    { code: 'revocation', label: '提请撤销缓刑/假释' },
    { code: 'commitment', label: '提请收监执行' },
  ],
  '处理措施',
);

export const approvalResults = codeTable(
  [
    { code: 'pending', label: '待审批' },
    { code: 'approved', label: '批准' },
    { code: 'refused', label: '不予批准' },
  ],
  '审批结果',
);

/** 第29条: the five cases in which 电子定位 may be used. */
export const monitoringReasons = codeTable(
  [
    { code: 'prohibitionBreach', label: '违反人民法院禁止令' },
    { code: 'leftWithoutApproval', label: '无正当理由未经批准离开所居住的市、县' },
    { code: 'refusedReporting', label: '拒不按照规定报告自己的活动情况，被给予警告' },
    { code: 'publicOrderPenalty', label: '违反监督管理规定，被给予治安管理处罚' },
    { code: 'revocationPending', label: '拟提请撤销缓刑、假释或者暂予监外执行收监执行' },
  ],
  '适用情形',
);
