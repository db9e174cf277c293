import type { DeadlineRule } from './deadlines.js';

/** Statutory steps and time limits as data (domain-research §5). Modules look rules up by key. */
export const deadlineRules = {
  'litigation.defenceDue': {
    key: 'litigation.defenceDue',
    label: '提交答辩状及证据',
    value: 15,
    unit: 'calendarDays',
    status: 'law',
    source: '《行政诉讼法》第六十七条：收到起诉状副本之日起十五日内',
  },
  'litigation.appealJudgment': {
    key: 'litigation.appealJudgment',
    label: '不服判决上诉',
    value: 15,
    unit: 'calendarDays',
    status: 'law',
    source: '《行政诉讼法》第八十五条：判决书送达之日起十五日内（上诉期间，届满日为最后一日）',
  },
  'litigation.appealRuling': {
    key: 'litigation.appealRuling',
    label: '不服裁定上诉',
    value: 10,
    unit: 'calendarDays',
    status: 'law',
    source: '《行政诉讼法》第八十五条：裁定书送达之日起十日内（上诉期间，届满日为最后一日）',
  },
  'litigation.appealAnswerDue': {
    key: 'litigation.appealAnswerDue',
    label: '被上诉人提交二审答辩状',
    value: 15,
    unit: 'calendarDays',
    status: 'law',
    source: '法释〔2018〕1号第一百零八条：对方当事人应当在收到上诉状副本之日起十五日内提出答辩状（上限；不提出答辩状的，不影响人民法院审理）',
  },
  'legalReview.normativeDocumentMin': {
    key: 'legalReview.normativeDocumentMin',
    label: '规范性文件合法性审核（最短审核时间）',
    value: 5,
    unit: 'workingDays',
    status: 'setting',
    source: '国办发〔2018〕115号：审核时间一般不少于5个工作日（下限：起草单位应当保证的审核时间，不是审核期限）',
  },
  'legalReview.normativeDocument': {
    key: 'legalReview.normativeDocument',
    label: '规范性文件合法性审核期限（区设定）',
    value: 10,
    unit: 'workingDays',
    status: 'setting',
    source: '国办发〔2018〕115号：审核时间一般不少于5个工作日，最长不超过15个工作日；区在此区间内设定默认审核期限（默认10个工作日）',
  },
  'legalReview.normativeDocumentMax': {
    key: 'legalReview.normativeDocumentMax',
    label: '规范性文件合法性审核（最长）',
    value: 15,
    unit: 'workingDays',
    status: 'setting',
    source: '国办发〔2018〕115号：最长不超过15个工作日（上限）',
  },
  'legalReview.majorDecision': {
    key: 'legalReview.majorDecision',
    label: '重大行政决策合法性审查（送审应保证的最短审查时间）',
    value: 7,
    unit: 'workingDays',
    status: 'law',
    source: '《重大行政决策程序暂行条例》第二十六条第二款：送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日（下限，由决策承办单位保证，不是审查期限）',
  },
  'legalReview.majorDecisionDefault': {
    key: 'legalReview.majorDecisionDefault',
    label: '重大行政决策合法性审查期限（区设定）',
    value: 10,
    unit: 'workingDays',
    status: 'setting',
    source: '区设定，默认10个工作日；决策承办单位可另定更长的审查时间，但不得少于7个工作日（《重大行政决策程序暂行条例》第二十六条第二款）',
  },
  'legalReview.contract': {
    key: 'legalReview.contract',
    label: '合同合法性审查',
    value: 5,
    unit: 'workingDays',
    status: 'setting',
    source: '区设定，默认5个工作日',
  },
  'legalReview.other': {
    key: 'legalReview.other',
    label: '其他涉法事项合法性审查',
    value: 5,
    unit: 'workingDays',
    status: 'setting',
    source: '区设定，默认5个工作日',
  },
  'normativeDocs.publicComment': {
    key: 'normativeDocs.publicComment',
    label: '规范性文件公开征求意见（最短）',
    value: 7,
    unit: 'workingDays',
    status: 'law',
    source: '法治政府建设示范指标第24项：对权利义务有重大影响的，征求意见期一般不少于7个工作日',
  },
  'normativeDocs.publicCommentMarket': {
    key: 'normativeDocs.publicCommentMarket',
    label: '涉及市场主体的规范性文件公开征求意见（最短）',
    value: 30,
    unit: 'calendarDays',
    status: 'law',
    source: '法治政府建设示范指标第24项：与市场主体生产经营活动密切相关的，一般不少于30日',
  },
  'normativeDocs.filing': {
    key: 'normativeDocs.filing',
    label: '规范性文件报送备案',
    value: 30,
    unit: 'calendarDays',
    status: 'setting',
    source: '区设定：公布之日起30日内报送备案',
  },
  'decisions.publicComment': {
    key: 'decisions.publicComment',
    label: '重大行政决策向社会公开征求意见（最短）',
    value: 30,
    unit: 'calendarDays',
    status: 'law',
    source: '《重大行政决策程序暂行条例》第十五条：公开征求意见的期限一般不少于30日',
  },
  'decisions.hearingMaterials': {
    key: 'decisions.hearingMaterials',
    label: '听证材料送达（听证前至少）',
    value: 7,
    unit: 'calendarDays',
    status: 'law',
    source: '《重大行政决策程序暂行条例》第十六条：听证会材料应当于召开听证会7日前送达听证参加人',
  },
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineRuleKey = keyof typeof deadlineRules;

/** 行政规范性文件有效期（年）: 一般不超过5年，暂行、试行的不超过2年 (district settings); evaluated 6 months before expiry. */
export const documentValidity = { years: 5, provisionalYears: 2, evaluateMonthsBefore: 6 } as const;

/** Days before a deadline at which it counts as near (to-do lists and reminders). */
export const nearDueDays = 3;
