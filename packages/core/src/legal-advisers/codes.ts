import { codeTable } from '../register/code-table.js';

export const adviserKinds = codeTable(
  [
    { code: 'person', label: '律师个人' },
    { code: 'lawFirm', label: '律师事务所' },
  ],
  '顾问类型',
);

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

/** Derived from the certificate dates, today and whether the lawyer has left the post. */
export const certificateStates = codeTable(
  [
    { code: 'valid', label: '在岗' },
    { code: 'expiring', label: '证书即将到期' },
    { code: 'expired', label: '证书已过期' },
    { code: 'left', label: '已离岗' },
  ],
  '证书状态',
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
  ],
  '服务类型',
);

export type ServiceKind = (typeof serviceKinds.codes)[number];
