import { codeTable } from '../register/code-table.js';

// 普法活动 kinds. The national term is 法律“六进” (进机关、进乡村、进社区、进学校、进企业、进单位: 中宣部、司法部、全国普法办,
// 2006); the “十进” of the model report adds 进网络、进军营、进宗教场所、进家庭 as districts list them. No national text
// fixing a 十进 list was found, so the four extras are a local choice the district may edit here.
export const eventKinds = codeTable(
  [
    { code: 'constitutionWeek', label: '宪法宣传周' },
    { code: 'constitutionDay', label: '国家宪法日' },
    { code: 'civilCodeMonth', label: '民法典宣传月' },
    { code: 'securityDay', label: '全民国家安全教育日' },
    { code: 'intoOrgans', label: '进机关' },
    { code: 'intoVillages', label: '进乡村' },
    { code: 'intoCommunities', label: '进社区' },
    { code: 'intoSchools', label: '进学校' },
    { code: 'intoEnterprises', label: '进企业' },
    { code: 'intoUnits', label: '进单位' },
    { code: 'intoNetwork', label: '进网络' },
    { code: 'intoBarracks', label: '进军营' },
    { code: 'intoReligiousSites', label: '进宗教场所' },
    { code: 'intoFamilies', label: '进家庭' },
  ],
  '活动类型',
);

export const siteKinds = codeTable(
  [
    { code: 'park', label: '法治文化公园' },
    { code: 'square', label: '法治文化广场' },
    { code: 'corridor', label: '法治文化长廊' },
    { code: 'civilCode', label: '民法典主题阵地' },
    { code: 'hall', label: '法治文化展厅' },
    { code: 'other', label: '其他' },
  ],
  '阵地类型',
);

export const levels = codeTable(
  [
    { code: 'national', label: '国家级' },
    { code: 'provincial', label: '省级' },
    { code: 'municipal', label: '市级' },
    { code: 'district', label: '区级' },
  ],
  '级别',
);

export const ratingKinds = codeTable(
  [
    { code: 'ruleOfLawVillage', label: '法治示范村(社区)' },
    { code: 'lawAbidingTown', label: '守法普法示范镇街' },
    { code: 'democracyVillage', label: '民主法治示范村(社区)' },
  ],
  '示范类型',
);

export const taskStates = codeTable(
  [
    { code: 'planned', label: '未开始' },
    { code: 'inProgress', label: '推进中' },
    { code: 'done', label: '已完成' },
  ],
  '任务状态',
);

export const midtermConclusions = codeTable(
  [
    { code: 'excellent', label: '优秀' },
    { code: 'passed', label: '合格' },
    { code: 'failed', label: '不合格' },
  ],
  '中期评估结论',
);

export const liaisonRoles = codeTable(
  [
    { code: 'liaison', label: '法律明白人' },
    { code: 'leader', label: '法治带头人' },
  ],
  '队伍类别',
);

export const trainingModes = codeTable(
  [
    { code: 'online', label: '线上' },
    { code: 'offline', label: '线下' },
    { code: 'both', label: '线上+线下' },
  ],
  '培训方式',
);

export const genders = codeTable(
  [
    { code: 'male', label: '男' },
    { code: 'female', label: '女' },
  ],
  '性别',
);
