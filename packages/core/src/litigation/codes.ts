import { codeTable } from '../register/code-table.js';

export const instances = codeTable(
  [
    { code: 'first', label: '一审' },
    { code: 'second', label: '二审' },
    { code: 'retrial', label: '再审' },
  ],
  '审级',
);

export const disputeAreas = codeTable(
  [
    { code: 'landAcquisition', label: '征地拆迁' },
    { code: 'laborSocialSecurity', label: '劳动和社会保障' },
    { code: 'marketRegulation', label: '市场监督管理' },
    { code: 'naturalResources', label: '自然资源' },
    { code: 'housingConstruction', label: '住房和城乡建设' },
    { code: 'ecology', label: '生态环境' },
    { code: 'publicSecurityTraffic', label: '公安交通' },
    { code: 'informationDisclosure', label: '政府信息公开' },
    { code: 'other', label: '其他' },
  ],
  '争议领域',
);

/** 败诉 is derived: a judgment against the agency (确认违法, 撤销, 责令履行, 变更). */
export const outcomes = codeTable(
  [
    { code: 'dismissed', label: '驳回诉讼请求' },
    { code: 'withdrawn', label: '原告撤诉' },
    { code: 'confirmedIllegal', label: '确认违法' },
    { code: 'revoked', label: '撤销' },
    { code: 'orderedToPerform', label: '责令履行' },
    { code: 'varied', label: '变更' },
    { code: 'mediated', label: '调解结案' },
    { code: 'other', label: '其他' },
  ],
  '裁判结果',
);

export const losingOutcomes: readonly string[] = ['confirmedIllegal', 'revoked', 'orderedToPerform', 'varied'];

export const mediationResults = codeTable(
  [
    { code: 'notTried', label: '未开展' },
    { code: 'succeeded', label: '调解成功' },
    { code: 'failed', label: '调解不成' },
  ],
  '诉前调解结果',
);

export const partyKinds = codeTable(
  [
    { code: 'person', label: '自然人' },
    { code: 'organization', label: '法人或其他组织' },
  ],
  '原告类型',
);

export const appellants = codeTable(
  [
    { code: 'plaintiff', label: '原告' },
    { code: 'defendant', label: '被告（本机关）' },
  ],
  '上诉人',
);
