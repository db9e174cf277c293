import { cleanupConclusions, documentStates, intakeSources, validities } from '@fazhi/core/normative-docs';
import { and, between, eq, gt, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Indicator, IndicatorScope, RecordSet } from '../../platform/indicators/define.js';
import { passedReviewExists } from '../legal-review/subjects.js';
import { normativeDocCampaignItems as i, normativeDocIntakes as k, normativeDocuments as d } from './tables.js';

const columns = [
  { name: 'docNumber', label: '文号', column: d.docNumber },
  { name: 'title', label: '文件名称', column: d.title },
  { name: 'state', label: '办理环节', column: d.state, codes: documentStates },
  { name: 'validity', label: '效力状态', column: d.validity, codes: validities },
  { name: 'registeredOn', label: '登记日期', column: d.registeredOn, kind: 'date' as const },
  { name: 'publishedOn', label: '公布日期', column: d.publishedOn, kind: 'date' as const },
  { name: 'filingDueOn', label: '备案期限', column: d.filingDueOn, kind: 'date' as const },
  { name: 'filedOn', label: '报送备案日期', column: d.filedOn, kind: 'date' as const },
  { name: 'filedLate', label: '逾期备案', column: d.filedLate, kind: 'boolean' as const },
  { name: 'effectiveOn', label: '施行日期', column: d.effectiveOn, kind: 'date' as const },
  { name: 'expiresOn', label: '有效期至', column: d.expiresOn, kind: 'date' as const },
];

const documentSet = (dateColumn: AnyPgColumn, where: (s: IndicatorScope) => SQL | undefined): RecordSet => ({
  module: 'normativeDocs',
  table: d,
  idColumn: d.id,
  orgUnitColumn: d.orgUnitId,
  dateColumn,
  where: (s) => and(isNull(d.deletedAt), where(s))!,
  columns,
  recordPath: '/normative-docs/documents/:id',
});

const inPeriod = (column: AnyPgColumn, extra?: SQL) => documentSet(column, (s) => and(between(column, s.from, s.to), extra));

/**
 * In force on the last day of the period: registered and published, in effect by then, not expired, and not
 * amended, repealed or declared expired before it (so a past period is answered as it stood).
 */
const inForceAtEnd = documentSet(d.effectiveOn, (s) =>
  and(isNotNull(d.registrationNumber), isNotNull(d.publishedOn), lte(d.effectiveOn, s.to), gte(d.expiresOn, s.to), or(isNull(d.endedOn), gt(d.endedOn, s.to))),
);

const cleanupSet = (extra?: SQL): RecordSet => ({
  module: 'normativeDocs',
  table: i,
  idColumn: i.documentId,
  orgUnitColumn: i.orgUnitId,
  dateColumn: i.appliedOn,
  where: (s) => and(isNotNull(i.conclusion), between(i.appliedOn, s.from, s.to), extra)!,
  columns: [
    { name: 'docNumber', label: '文号', column: sql<string>`(select doc_number from normative_documents where id = ${i.documentId})` },
    { name: 'title', label: '文件名称', column: sql<string>`(select title from normative_documents where id = ${i.documentId})` },
    { name: 'conclusion', label: '清理结论', column: i.conclusion, codes: cleanupConclusions },
    { name: 'reason', label: '理由', column: i.reason },
    { name: 'appliedOn', label: '清理完成日期', column: i.appliedOn, kind: 'date' },
  ],
  dimensions: { conclusion: { label: '清理结论', column: i.conclusion, codes: cleanupConclusions } },
  recordPath: '/normative-docs/documents/:id',
});

const published = inPeriod(d.publishedOn);

/** Documents recorded at 备案审查 intake in the period, made on the platform or not. */
const intakeSet = (extra?: SQL): RecordSet => ({
  module: 'normativeDocs',
  table: k,
  idColumn: k.id,
  orgUnitColumn: k.orgUnitId,
  dateColumn: k.receivedOn,
  where: (s) => and(isNull(k.deletedAt), between(k.receivedOn, s.from, s.to), extra)!,
  columns: [
    { name: 'docNumber', label: '文号', column: k.docNumber },
    { name: 'title', label: '文件名称', column: k.title },
    { name: 'publishedOn', label: '公布日期', column: k.publishedOn, kind: 'date' },
    { name: 'receivedOn', label: '登记日期', column: k.receivedOn, kind: 'date' },
    { name: 'source', label: '登记来源', column: k.source, codes: intakeSources },
    { name: 'reviewed', label: '经合法性审核', column: sql<boolean>`${k.documentId} is not null and ${passedReviewExists('normativeDocument', k.documentId)}`, kind: 'boolean' },
  ],
  recordPath: '/normative-docs/intakes/:id',
});

/** 年度报告 section 二: documents made, registered, published, filed on time, cleaned up and revised. */
export const normativeDocsIndicators: Indicator[] = [
  {
    id: 'normativeDocs.inForce',
    module: 'normativeDocs',
    label: '现行有效规范性文件',
    unit: '件',
    kind: 'count',
    definition: '期末有效的行政规范性文件数：已统一登记并公布、已施行、未过有效期且未被修改、废止或宣布失效',
    set: inForceAtEnd,
  },
  {
    id: 'normativeDocs.registered',
    module: 'normativeDocs',
    label: '统一登记规范性文件',
    unit: '件',
    kind: 'count',
    definition: '期间内统一登记的行政规范性文件数（以登记日期计）',
    set: inPeriod(d.registeredOn),
  },
  { id: 'normativeDocs.published', module: 'normativeDocs', label: '公布规范性文件', unit: '件', kind: 'count', definition: '期间内公布的行政规范性文件数（以公布日期计）', set: published },
  {
    id: 'normativeDocs.filed',
    module: 'normativeDocs',
    label: '报送备案规范性文件',
    unit: '件',
    kind: 'count',
    definition: '期间内报送上级备案的行政规范性文件数（以报送日期计）',
    set: inPeriod(d.filedOn),
  },
  {
    id: 'normativeDocs.filingTimelyRate',
    module: 'normativeDocs',
    label: '规范性文件报备及时率',
    unit: '%',
    kind: 'rate',
    // The base is the documents that had to be filed (备案期限 in the period), filed or not: an unfiled document is a gap.
    definition: '备案期限在期间内的文件中，在期限内（公布之日起30日内）报送备案的文件数 ÷ 备案期限在期间内的文件数（应报备文件，无论是否已报送）',
    numerator: inPeriod(d.filingDueOn, and(isNotNull(d.filedOn), eq(d.filedLate, false))),
    denominator: inPeriod(d.filingDueOn),
  },
  {
    id: 'normativeDocs.filingRate',
    module: 'normativeDocs',
    label: '规范性文件报备率',
    unit: '%',
    kind: 'rate',
    definition: '备案期限在期间内的文件中已报送备案的文件数（含逾期报送） ÷ 备案期限在期间内的文件数',
    numerator: inPeriod(d.filingDueOn, isNotNull(d.filedOn)),
    denominator: inPeriod(d.filingDueOn),
  },
  {
    id: 'normativeDocs.cleanedUp',
    module: 'normativeDocs',
    label: '清理规范性文件（废止、宣布失效）',
    unit: '件',
    kind: 'count',
    // The report says "清理3件、修订1件": 清理 is what the cleanup ended; a 修改 conclusion is counted as 修订.
    definition: '期间内完成的清理中结论为废止或宣布失效的文件数（结论为修改的计入“清理中修改”，继续有效的不计）',
    set: cleanupSet(inArray(i.conclusion, ['repeal', 'expire'])),
  },
  {
    id: 'normativeDocs.cleanupAmended',
    module: 'normativeDocs',
    label: '清理中修改规范性文件',
    unit: '件',
    kind: 'count',
    definition: '期间内完成的清理中结论为修改的文件数',
    set: cleanupSet(eq(i.conclusion, 'amend')),
  },
  {
    id: 'normativeDocs.cleanupReviewed',
    module: 'normativeDocs',
    label: '清理中审查规范性文件',
    unit: '件',
    kind: 'count',
    definition: '期间内完成的清理中作出结论的文件数，可按清理结论（继续有效、修改、废止、宣布失效）分列',
    set: cleanupSet(),
  },
  {
    id: 'normativeDocs.amended',
    module: 'normativeDocs',
    label: '修改规范性文件',
    unit: '件',
    kind: 'count',
    definition: '期间内被新文件修改（替代）的规范性文件数（以修改日期计）',
    set: inPeriod(d.endedOn, eq(d.state, 'amended')),
  },
  {
    id: 'normativeDocs.reviewedBeforeIssueRate',
    module: 'normativeDocs',
    label: '规范性文件合法性审核率',
    unit: '%',
    kind: 'rate',
    // The base is every document recorded at 备案审查 intake, not the platform's published ones (which cannot be
    // published unreviewed): a document issued without review elsewhere is a gap, listed by the drill-down.
    definition: '期间内备案审查登记的文件中，在本平台经合法性审核（合法或修改后合法）的文件数 ÷ 期间内备案审查登记的文件数（无论是否经审核）',
    numerator: intakeSet(and(isNotNull(k.documentId), passedReviewExists('normativeDocument', k.documentId))),
    denominator: intakeSet(),
  },
];
