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
    source: '《行政诉讼法》第八十五条',
  },
  'litigation.appealRuling': {
    key: 'litigation.appealRuling',
    label: '不服裁定上诉',
    value: 10,
    unit: 'calendarDays',
    status: 'law',
    source: '《行政诉讼法》第八十五条',
  },
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineRuleKey = keyof typeof deadlineRules;

/** Days before a deadline at which it counts as near (to-do lists and reminders). */
export const nearDueDays = 3;
