import { reviewOpinions, reviewStates, reviewSubjectKinds } from '@fazhi/core/legal-review';
import { and, between, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Indicator, RecordSet } from '../../platform/indicators/define.js';
import { legalReviewRequests as r } from './tables.js';

const columns = [
  { name: 'title', label: '送审事项', column: r.title },
  { name: 'subjectKind', label: '事项类别', column: r.subjectKind, codes: reviewSubjectKinds },
  { name: 'receivedOn', label: '受理日期', column: r.receivedOn, kind: 'date' as const },
  { name: 'dueOn', label: '审核期限', column: r.dueOn, kind: 'date' as const },
  { name: 'state', label: '状态', column: r.state, codes: reviewStates },
  { name: 'opinion', label: '审核意见', column: r.opinion, codes: reviewOpinions },
  { name: 'concludedOn', label: '出具意见日期', column: r.concludedOn, kind: 'date' as const },
  { name: 'concludedLate', label: '逾期审结', column: r.concludedLate, kind: 'boolean' as const },
  { name: 'adopted', label: '意见被采纳', column: r.adopted, kind: 'boolean' as const },
  { name: 'adviserNames', label: '参与的法律顾问/公职律师', column: r.adviserNames },
];

const requestSet = (dateColumn: AnyPgColumn, extra?: SQL): RecordSet => ({
  module: 'legalReview',
  table: r,
  idColumn: r.id,
  orgUnitColumn: r.orgUnitId,
  dateColumn,
  where: (s) => and(isNull(r.deletedAt), between(dateColumn, s.from, s.to), extra)!,
  columns,
  dimensions: { subjectKind: { label: '事项类别', column: r.subjectKind, codes: reviewSubjectKinds } },
  recordPath: '/legal-review/requests/:id',
});

// Concluded requests are placed in a period by the day the opinion was given.
const concluded = (extra?: SQL) => requestSet(r.concludedOn, and(isNotNull(r.opinion), extra));

/** 年度报告 section 二: how many matters went through legality review, on time, adopted, with advisers. */
export const legalReviewIndicators: Indicator[] = [
  {
    id: 'legalReview.requestsReceived',
    module: 'legalReview',
    label: '受理合法性审核事项',
    unit: '件',
    kind: 'count',
    definition: '期间内受理的合法性审核（审查）事项数，含规范性文件、重大行政决策、合同、重大执法决定等',
    set: requestSet(r.receivedOn),
  },
  {
    id: 'legalReview.requestsConcluded',
    module: 'legalReview',
    label: '出具合法性审核意见',
    unit: '件',
    kind: 'count',
    definition: '期间内出具审核意见的事项数（以出具意见日期计）',
    set: concluded(),
  },
  {
    id: 'legalReview.onTimeRate',
    module: 'legalReview',
    label: '合法性审核按期办结率',
    unit: '%',
    kind: 'rate',
    definition: '在审核期限内出具意见的事项数 ÷ 期间内出具意见的事项数',
    numerator: concluded(eq(r.concludedLate, false)),
    denominator: concluded(),
  },
  {
    id: 'legalReview.adoptionRate',
    module: 'legalReview',
    label: '合法性审核意见采纳率',
    unit: '%',
    kind: 'rate',
    definition: '送审单位采纳审核意见的事项数 ÷ 期间内出具意见且已登记采纳情况的事项数',
    numerator: concluded(eq(r.adopted, true)),
    denominator: concluded(isNotNull(r.adopted)),
  },
  {
    id: 'legalReview.adviserShare',
    module: 'legalReview',
    label: '法律顾问、公职律师参与合法性审核比例',
    unit: '%',
    kind: 'rate',
    definition: '有法律顾问或公职律师参与的事项数 ÷ 期间内出具意见的事项数',
    numerator: concluded(eq(r.adviserTookPart, true)),
    denominator: concluded(),
  },
];
