import { codeTable } from '../register/code-table.js';

/**
 * 工作台账 kinds. 社区矫正 is logged here only as counts of the office's work; the correction records themselves
 * belong to the community-correction module (issue #15), which will link to these entries, not duplicate them.
 */
export const activityKinds = codeTable(
  [
    { code: 'legalPublicity', label: '法治宣传' },
    { code: 'consultation', label: '法律咨询' },
    { code: 'mediation', label: '矛盾调处' },
    { code: 'correction', label: '社区矫正' },
  ],
  '工作类型',
);
export type ActivityKind = (typeof activityKinds.codes)[number];

/** What `quantity` counts for each kind (the form's label follows the kind). */
export const quantityUnits: Record<ActivityKind, string> = { legalPublicity: '场次', consultation: '次', mediation: '件', correction: '次' };

/** Checklist categories of the 规范化 rating (see checklist.ts for the source of the shape). */
export const checklistCategories = codeTable(
  [
    { code: 'premises', label: '办公场所' },
    { code: 'serviceHall', label: '服务大厅' },
    { code: 'rules', label: '规章制度' },
    { code: 'staffing', label: '人员配备' },
    { code: 'business', label: '业务工作' },
    { code: 'informatization', label: '信息化建设' },
  ],
  '评定类别',
);

export const starLevels = codeTable(
  [
    { code: '0', label: '未评星' },
    { code: '1', label: '一星级' },
    { code: '2', label: '二星级' },
    { code: '3', label: '三星级' },
    { code: '4', label: '四星级' },
    { code: '5', label: '五星级' },
  ],
  '星级',
);

/** 自评 → 区级评定 → 已评定 → 已确定 */
export const ratingStates = codeTable(
  [
    { code: 'selfAssessment', label: '自评' },
    { code: 'districtReview', label: '区级评定' },
    { code: 'assessed', label: '已评定' },
    { code: 'confirmed', label: '已确定' },
  ],
  '评定状态',
);
export type RatingState = (typeof ratingStates.codes)[number];

export const trainingKinds = codeTable(
  [
    { code: 'preService', label: '岗前培训' },
    { code: 'rotation', label: '业务轮训' },
  ],
  '培训类型',
);

export const genders = codeTable(
  [
    { code: 'male', label: '男' },
    { code: 'female', label: '女' },
  ],
  '性别',
);

/** Derived from hiring and exit dates and today. */
export const assistantStates = codeTable(
  [
    { code: 'inPost', label: '在岗' },
    { code: 'left', label: '已解聘' },
    { code: 'pending', label: '待上岗' },
  ],
  '在岗状态',
);
