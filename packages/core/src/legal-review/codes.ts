import { codeTable } from '../register/code-table.js';

/** What a review request is about. Documents and decisions link their own record; the rest are registered here. */
export const reviewSubjectKinds = codeTable(
  [
    { code: 'normativeDocument', label: '行政规范性文件' },
    { code: 'majorDecision', label: '重大行政决策' },
    { code: 'contract', label: '合同协议（含行政协议）' },
    { code: 'enforcementDecision', label: '重大执法决定' },
    { code: 'subdistrictMatter', label: '街道“三重一大”及重大事项' },
    { code: 'other', label: '其他涉法事项' },
  ],
  '审核事项类别',
);
export type ReviewSubjectKind = (typeof reviewSubjectKinds.codes)[number];

/** 审核意见. Only 合法 and 修改后合法 let the subject go on to deliberation or signature. */
export const reviewOpinions = codeTable(
  [
    { code: 'lawful', label: '合法' },
    { code: 'lawfulAfterChanges', label: '修改后合法' },
    { code: 'unlawful', label: '不合法' },
  ],
  '审核意见',
);
export type ReviewOpinion = (typeof reviewOpinions.codes)[number];
export const passingOpinions: readonly ReviewOpinion[] = ['lawful', 'lawfulAfterChanges'];
