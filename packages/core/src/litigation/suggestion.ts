import { z } from 'zod';
import { dueDate } from '../calendar/deadlines.js';
import { codeTable } from '../register/code-table.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, dateField, orgUnitField, textField } from '../validators/zod.js';

export const suggestionKinds = codeTable(
  [
    { code: 'judicial', label: '司法建议' },
    { code: 'procuratorial', label: '检察建议' },
  ],
  '建议类型',
);

/**
 * Reply deadline of a 司法建议 or 检察建议 — a ceiling counted from receipt: two months, or 15 days when the matter
 * is urgent (《最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》法释〔2018〕6号 第21条 for
 * 检察建议; the district applies the same periods to 司法建议). A period in months ends on the same day of the
 * month (or the month's last day); one ending on a holiday moves to the next working day.
 */
export function suggestionReplyDueOn(receivedOn: string, urgent: boolean): string {
  if (urgent) return dueDate(receivedOn, { value: 15, unit: 'calendarDays' });
  const [y, m, d] = receivedOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + 2, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const end = `${target.getUTCFullYear()}-${String(target.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return dueDate(end, { value: 0, unit: 'calendarDays' });
}

const suggestionFields = {
  kind: suggestionKinds.field('建议类型'),
  issuer: textField('提出机关', 60),
  docNumber: textField('建议书文号', 60),
  orgUnitId: orgUnitField('被建议单位'),
  caseId: z.uuid().nullable(),
  receivedOn: dateField('收到日期'),
  urgent: booleanField('情况紧急'),
  content: textField('建议内容', 2000),
  repliedOn: dateField('回复日期').nullable(),
  replySummary: textField('回复及整改情况', 2000).nullable(),
};

const replyAfterReceipt = (v: { receivedOn?: string; repliedOn?: string | null }, ctx: z.RefinementCtx) => {
  if (v.receivedOn && v.repliedOn && v.repliedOn < v.receivedOn) ctx.addIssue({ code: 'custom', path: ['repliedOn'], message: '回复日期不能早于收到日期' });
};

export const suggestionCreateSchema = z
  .object({
    ...suggestionFields,
    caseId: suggestionFields.caseId.optional(),
    urgent: suggestionFields.urgent.default(false),
    repliedOn: suggestionFields.repliedOn.optional(),
    replySummary: suggestionFields.replySummary.optional(),
  })
  .superRefine(replyAfterReceipt);
export const suggestionUpdateSchema = z.object(suggestionFields).partial().extend({ version: z.int().positive() }).superRefine(replyAfterReceipt);

export const suggestionSpec: RegisterSpec = {
  module: 'litigation',
  entity: 'litigation.suggestion',
  path: 'litigation/suggestions',
  title: '司法建议与检察建议',
  defaultSort: { field: 'receivedOn', order: 'desc' },
  createSchema: suggestionCreateSchema,
  updateSchema: suggestionUpdateSchema,
  fields: [
    { name: 'kind', label: '建议类型', kind: 'code', codes: suggestionKinds, list: true, filter: true, form: true },
    { name: 'docNumber', label: '建议书文号', kind: 'text', list: true, form: true },
    { name: 'issuer', label: '提出机关', kind: 'text', list: true, form: true },
    { name: 'orgUnitId', label: '被建议单位', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'receivedOn', label: '收到日期', kind: 'date', list: true, filter: true, sortable: true, form: true },
    { name: 'urgent', label: '情况紧急', kind: 'boolean', filter: true, form: true, help: '紧急的15日内回复，其他2个月内回复' },
    { name: 'replyDueOn', label: '回复期限', kind: 'date', list: true, sortable: true, help: '收到之日起2个月，情况紧急的15日（法释〔2018〕6号第二十一条）' },
    { name: 'repliedOn', label: '回复日期', kind: 'date', list: true, form: true },
    { name: 'replyLate', label: '逾期回复', kind: 'boolean', filter: true },
    { name: 'content', label: '建议内容', kind: 'longText', form: true },
    { name: 'replySummary', label: '回复及整改情况', kind: 'longText', form: true },
  ],
};
