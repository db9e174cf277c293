import { codeTable } from '../register/code-table.js';

/**
 * How a 证明事项 is handled after 清理 (国办发〔2018〕47号 清理证明事项) and 告知承诺制 (国办发〔2020〕42号):
 * kept, cancelled, replaced by the applicant's 承诺, by a check between departments, or by an online check.
 */
export const handlingWays = codeTable(
  [
    { code: 'kept', label: '保留' },
    { code: 'cancelled', label: '取消' },
    { code: 'commitment', label: '告知承诺' },
    { code: 'interDepartment', label: '部门间核查' },
    { code: 'online', label: '网络核验' },
  ],
  '办理方式',
);

export const adjustmentKinds = codeTable(
  [
    { code: 'added', label: '新增' },
    { code: 'changed', label: '调整' },
    { code: 'cancelled', label: '取消' },
  ],
  '调整类型',
);

export const verificationResults = codeTable(
  [
    { code: 'true', label: '核查属实' },
    { code: 'false', label: '核查不属实' },
    { code: 'unable', label: '无法核查' },
  ],
  '核查结果',
);
