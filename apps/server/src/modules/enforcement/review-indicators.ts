import { checkKinds, enforcementFields, fileGrades, rectificationSources } from '@fazhi/core/enforcement';
import { and, between, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { enforcementRectifications as x, enforcementReviewFiles as f, enforcementSupervisionChecks as ck } from './tables.js';

// A file belongs to the period of its campaign's start.
const campaignIn = (scope: IndicatorScope) =>
  sql`exists (select 1 from enforcement_review_campaigns c where c.id = "enforcement_review_files"."campaign_id" and c.deleted_at is null and c.started_on between ${scope.from} and ${scope.to})`;
const fileSet = (where: (scope: IndicatorScope) => SQL): RecordSet => ({
  module: 'enforcement',
  table: f,
  idColumn: f.id,
  orgUnitColumn: f.caseOrgUnitId,
  dateColumn: f.createdAt,
  where: (scope) => and(isNull(f.deletedAt), campaignIn(scope), where(scope))!,
  columns: [
    { name: 'campaignName', label: '评查活动', column: f.campaignName },
    { name: 'caseNumber', label: '案号', column: f.caseNumber },
    { name: 'field', label: '执法领域', column: f.field, codes: enforcementFields },
    { name: 'bodyName', label: '执法主体', column: f.bodyName },
    { name: 'score', label: '得分', column: f.score },
    { name: 'grade', label: '等次', column: f.grade, codes: fileGrades },
    { name: 'nominated', label: '推荐十佳', column: f.nominated, kind: 'boolean' },
  ],
  dimensions: { field: { label: '执法领域', column: f.field, codes: enforcementFields } },
  recordPath: '/enforcement/review-files/:id',
});
/** One file per field: the first by id of the period, so a count of the set is the number of fields reviewed. */
const firstOfField = (scope: IndicatorScope) =>
  sql`not exists (select 1 from enforcement_review_files g join enforcement_review_campaigns c on c.id = g.campaign_id where g.field = "enforcement_review_files"."field" and g.deleted_at is null and c.deleted_at is null and c.started_on between ${scope.from} and ${scope.to} and g.id < "enforcement_review_files"."id")`;

const checkSet: RecordSet = {
  module: 'enforcement',
  table: ck,
  idColumn: ck.id,
  orgUnitColumn: ck.orgUnitId,
  dateColumn: ck.doneOn,
  where: (scope) => and(isNull(ck.deletedAt), between(ck.doneOn, scope.from, scope.to))!,
  columns: [
    { name: 'planTitle', label: '监督计划', column: ck.planTitle },
    { name: 'kind', label: '监督方式', column: ck.kind, codes: checkKinds },
    { name: 'title', label: '检查事项', column: ck.title },
    { name: 'targetName', label: '被检查单位', column: ck.targetName },
    { name: 'doneOn', label: '实施日期', column: ck.doneOn, kind: 'date' },
  ],
  dimensions: { kind: { label: '监督方式', column: ck.kind, codes: checkKinds } },
  recordPath: '/enforcement/supervision-checks/:id',
};

const rectificationSet = (where?: (scope: IndicatorScope) => SQL): RecordSet => ({
  module: 'enforcement',
  table: x,
  idColumn: x.id,
  orgUnitColumn: x.orgUnitId,
  dateColumn: x.issuedOn,
  where: (scope) => and(isNull(x.deletedAt), between(x.issuedOn, scope.from, scope.to), where?.(scope))!,
  columns: [
    { name: 'noticeNumber', label: '通知书编号', column: x.noticeNumber },
    { name: 'source', label: '问题来源', column: x.source, codes: rectificationSources },
    { name: 'sourceTitle', label: '问题出处', column: x.sourceTitle },
    { name: 'issuedOn', label: '下发日期', column: x.issuedOn, kind: 'date' },
    { name: 'dueOn', label: '整改期限', column: x.dueOn, kind: 'date' },
    { name: 'completedOn', label: '完成日期', column: x.completedOn, kind: 'date' },
  ],
  dimensions: { source: { label: '问题来源', column: x.source, codes: rectificationSources } },
  recordPath: '/enforcement/rectifications/:id',
});

export const reviewIndicators: Indicator[] = [
  { id: 'enforcement.supervisionChecks', module: 'enforcement', label: '执法监督检查', unit: '次', kind: 'count', definition: '期间内实施的日常监督、专项监督和综合检查次数', set: checkSet },
  { id: 'enforcement.reviewedFiles', module: 'enforcement', label: '评查案卷', unit: '份', kind: 'count', definition: '期间内开始的案卷评查活动抽取评查的案卷数', set: fileSet(() => sql`true`) },
  {
    id: 'enforcement.reviewedFields',
    module: 'enforcement',
    label: '评查执法领域',
    unit: '个',
    kind: 'count',
    definition: '期间内评查案卷涉及的执法领域数（每个领域计一次）',
    set: fileSet(firstOfField),
  },
  {
    id: 'enforcement.nominatedFiles',
    module: 'enforcement',
    label: '推荐“十佳”案卷',
    unit: '件',
    kind: 'count',
    definition: '期间内评查案卷中被推荐评选“十佳”优秀案卷的件数',
    set: fileSet(() => eq(f.nominated, true)),
  },
  {
    id: 'enforcement.reviewPassRate',
    module: 'enforcement',
    label: '案卷评查合格率',
    unit: '%',
    kind: 'rate',
    definition: '期间内评查案卷中评为优秀或合格的 ÷ 期间内全部评查案卷（未定分的计入基数）',
    numerator: fileSet(() => sql`${f.grade} in ('excellent', 'passed')`),
    denominator: fileSet(() => sql`true`),
  },
  {
    id: 'enforcement.rectifications',
    module: 'enforcement',
    label: '整改通知',
    unit: '件',
    kind: 'count',
    definition: '期间内下发的整改通知数（监督检查和案卷评查发现的问题）',
    set: rectificationSet(),
  },
  {
    id: 'enforcement.openRectifications',
    module: 'enforcement',
    label: '未完成整改',
    unit: '件',
    kind: 'count',
    definition: '期间内下发、至期末尚未完成整改的整改通知数',
    set: rectificationSet((scope) => or(isNull(x.completedOn), sql`${x.completedOn} > ${scope.to}`)!),
  },
  {
    id: 'enforcement.rectificationOnTimeRate',
    module: 'enforcement',
    label: '按期整改率',
    unit: '%',
    kind: 'rate',
    definition: '期间内下发的整改通知中在整改期限内完成的 ÷ 期间内下发的全部整改通知',
    numerator: rectificationSet(() => sql`${x.completedOn} <= ${x.dueOn}`),
    denominator: rectificationSet(),
  },
];
