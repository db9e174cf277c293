import type { ReviewSubjectKind } from './codes.js';

/** One 送审材料 of the checklist: `required` ones must be ticked (or attached) before the request is submitted. */
export type ReviewMaterial = { code: string; label: string; required: boolean };

const letter: ReviewMaterial = { code: 'requestLetter', label: '送审函（送审请示）', required: true };
const other: ReviewMaterial = { code: 'otherMaterials', label: '其他有关材料', required: false };

/**
 * The checklist per kind. 规范性文件: 送审稿及起草说明、制定依据、征求意见及采纳情况 (国办发〔2018〕115号 “审核材料”);
 * 重大行政决策: 决策草案及相关材料, and where 公众参与 took place 意见采纳情况 (《重大行政决策程序暂行条例》第二十六条第一款).
 */
export const reviewMaterialsByKind: Record<ReviewSubjectKind, readonly ReviewMaterial[]> = {
  normativeDocument: [
    letter,
    { code: 'draft', label: '文件送审稿', required: true },
    { code: 'draftingNotes', label: '起草说明', required: true },
    { code: 'legalBasis', label: '制定依据（法律、法规、规章和上级文件）', required: true },
    { code: 'commentRecords', label: '征求意见及采纳情况', required: true },
    other,
  ],
  majorDecision: [
    letter,
    { code: 'draft', label: '决策草案', required: true },
    { code: 'draftingNotes', label: '决策草案起草说明', required: true },
    { code: 'legalBasis', label: '决策的法律依据', required: true },
    { code: 'commentRecords', label: '公众参与意见及采纳情况', required: false },
    { code: 'expertReview', label: '专家论证意见', required: false },
    { code: 'riskAssessment', label: '风险评估报告', required: false },
    other,
  ],
  contract: [
    letter,
    { code: 'contractText', label: '合同（协议）文本', required: true },
    { code: 'counterpartyQualification', label: '合同相对方主体资格证明', required: true },
    { code: 'basisDocuments', label: '合同订立依据（立项批复、招标采购文件等）', required: false },
    other,
  ],
  enforcementDecision: [
    letter,
    { code: 'decisionDraft', label: '执法决定代拟稿', required: true },
    { code: 'investigationReport', label: '调查终结报告', required: true },
    { code: 'evidence', label: '证据材料及法律依据', required: true },
    other,
  ],
  subdistrictMatter: [letter, { code: 'draft', label: '事项方案（草案）', required: true }, { code: 'legalBasis', label: '有关依据', required: false }, other],
  other: [letter, { code: 'draft', label: '送审事项文本', required: true }, other],
};

/** Codes ticked that are not on the kind's checklist. */
export function unknownMaterials(kind: ReviewSubjectKind, ticked: readonly string[]): string[] {
  return ticked.filter((c) => !reviewMaterialsByKind[kind].some((m) => m.code === c));
}

/** Labels of the required materials not ticked. */
export function missingMaterials(kind: ReviewSubjectKind, ticked: readonly string[]): string[] {
  return reviewMaterialsByKind[kind].filter((m) => m.required && !ticked.includes(m.code)).map((m) => m.label);
}

/** The reason a checklist cannot be submitted, or null. */
export function materialsProblem(kind: ReviewSubjectKind, ticked: readonly string[]): string | null {
  const unknown = unknownMaterials(kind, ticked);
  if (unknown.length) return `送审材料“${unknown.join('、')}”不属于该类事项的材料清单`;
  const missing = missingMaterials(kind, ticked);
  return missing.length ? `送审材料不齐全，缺少：${missing.join('、')}` : null;
}

/** Codes of the kind's required materials (a complete checklist, for seeds and tests). */
export function requiredMaterials(kind: ReviewSubjectKind): string[] {
  return reviewMaterialsByKind[kind].filter((m) => m.required).map((m) => m.code);
}
