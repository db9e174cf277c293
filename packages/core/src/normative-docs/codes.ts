import { codeTable, type CodeItem } from '../register/code-table.js';

/** How a comment received during public consultation was handled (征求意见采纳情况). */
export const commentHandlings = codeTable(
  [
    { code: 'adopted', label: '采纳' },
    { code: 'partlyAdopted', label: '部分采纳' },
    { code: 'notAdopted', label: '不采纳' },
  ],
  '采纳情况',
);
export type CommentHandling = (typeof commentHandlings.codes)[number];

export const deliberationDecisions = codeTable(
  [
    { code: 'approved', label: '审议通过' },
    { code: 'approvedWithChanges', label: '原则通过，修改后印发' },
    { code: 'rejected', label: '未通过' },
  ],
  '集体讨论决定',
);

export const publicationChannels = codeTable(
  [
    { code: 'gazette', label: '政府公报' },
    { code: 'website', label: '政府门户网站' },
    { code: 'newspaper', label: '本地报纸' },
    { code: 'other', label: '其他公开渠道' },
  ],
  '公布载体',
);

/** 清理/评估结论 (glossary: cleanup valid/amend/repeal/expire). */
export const cleanupConclusions = codeTable(
  [
    { code: 'valid', label: '继续有效' },
    { code: 'amend', label: '修改' },
    { code: 'repeal', label: '废止' },
    { code: 'expire', label: '宣布失效' },
  ],
  '清理结论',
);
export type CleanupConclusion = (typeof cleanupConclusions.codes)[number];

/**
 * What a reader may rely on. Only `valid` documents may be a basis for administration; a document past signing
 * that was never registered is invalid (未经统一登记、统一编号、统一公布的规范性文件无效).
 */
export const validities = codeTable(
  [
    { code: 'inProgress', label: '制定中（未生效）' },
    { code: 'unregistered', label: '未经统一登记 — 无效' },
    { code: 'notInForce', label: '尚未施行' },
    { code: 'valid', label: '有效' },
    { code: 'superseded', label: '已修改（以新文件为准）' },
    { code: 'repealed', label: '已废止' },
    { code: 'expired', label: '已失效' },
    { code: 'notNormative', label: '不属于规范性文件' },
  ],
  '效力状态',
);
export type Validity = (typeof validities.codes)[number];

export const campaignStates = codeTable(
  [
    { code: 'open', label: '清理中' },
    { code: 'closed', label: '已完成' },
    { code: 'published', label: '结果已公布' },
  ],
  '清理状态',
);
export type CampaignState = (typeof campaignStates.codes)[number];

/** Years a document number may carry, for the list's 年度 filter (the number's year is the year of issue). */
export const numberYears = codeTable(
  Array.from({ length: 41 }, (_, i): CodeItem => ({ code: String(2000 + i), label: `${2000 + i}年` })),
  '年度',
);
