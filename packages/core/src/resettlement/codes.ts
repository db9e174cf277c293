import { codeTable } from '../register/code-table.js';

export const genders = codeTable(
  [
    { code: 'male', label: '男' },
    { code: 'female', label: '女' },
  ],
  '性别',
);

/** How the released person came into the 司法所's care (衔接方式). */
export const handoverModes = codeTable(
  [
    { code: 'escorted', label: '必接必送（监狱门口接回）' },
    { code: 'reported', label: '本人按期报到' },
    { code: 'traced', label: '经查找后落实' },
  ],
  '衔接方式',
);

/** 安置 (resettlement): what the person lives on now; `none` is 未安置. */
export const placementKinds = codeTable(
  [
    { code: 'employed', label: '就业' },
    { code: 'selfEmployed', label: '自主创业' },
    { code: 'farming', label: '务农' },
    { code: 'welfare', label: '纳入社会救助' },
    { code: 'family', label: '家庭赡养扶养' },
    { code: 'schooling', label: '就学' },
    { code: 'none', label: '未安置' },
  ],
  '安置情况',
);

export const riskLevels = codeTable(
  [
    { code: 'high', label: '高风险（重点帮教）' },
    { code: 'medium', label: '中风险' },
    { code: 'low', label: '低风险' },
  ],
  '风险等级',
);

export const activityKinds = codeTable(
  [
    { code: 'visit', label: '走访' },
    { code: 'talk', label: '谈话教育' },
    { code: 'jobHelp', label: '就业帮扶' },
    { code: 'reliefHelp', label: '救助帮扶' },
    { code: 'counselling', label: '心理疏导' },
    { code: 'other', label: '其他' },
  ],
  '帮教形式',
);
