import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import type { RegisterSpec } from '../register/spec.js';
import { dateField, orgUnitField, refField, textField } from '../validators/zod.js';

/** How a document reached the 备案审查 desk. */
export const intakeSources = codeTable(
  [
    { code: 'filing', label: '报送备案' },
    { code: 'cleanup', label: '清理中发现' },
    { code: 'inspection', label: '督察、检查中发现' },
    { code: 'other', label: '其他途径' },
  ],
  '登记来源',
);

const intakeFields = {
  title: textField('文件名称', 200),
  docNumber: textField('文号', 60),
  orgUnitId: orgUnitField('制定机关'),
  publishedOn: dateField('公布日期'),
  receivedOn: dateField('登记日期'),
  source: intakeSources.schema,
  /** The document's record on the platform, when it was made here: its review is what counts. */
  documentId: refField('平台内的文件记录', 'normative-docs/documents', 'title'),
  note: textField('备注', 1000),
};

const notBeforePublished = (v: { publishedOn?: string; receivedOn?: string }, ctx: z.RefinementCtx) => {
  if (v.publishedOn && v.receivedOn && v.receivedOn < v.publishedOn) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: '登记日期不能早于公布日期' });
};

export const intakeCreateSchema = z.object({ ...intakeFields, documentId: intakeFields.documentId.optional(), note: intakeFields.note.optional() }).superRefine(notBeforePublished);
export const intakeUpdateSchema = z
  .object({ ...intakeFields, documentId: intakeFields.documentId.nullable(), note: intakeFields.note.nullable() })
  .partial()
  .extend({ version: z.int({ message: '缺少版本号' }).positive({ message: '缺少版本号' }) })
  .superRefine(notBeforePublished);

/**
 * 备案审查登记: every document recorded at intake, whether or not it went through this platform — the base of the
 * 合法性审核率, independent of the review step it measures.
 */
export const intakeSpec: RegisterSpec = {
  module: 'normativeDocs',
  entity: 'normativeDocs.intake',
  path: 'normative-docs/intakes',
  title: '备案审查登记',
  defaultSort: { field: 'receivedOn', order: 'desc' },
  createSchema: intakeCreateSchema as unknown as z.ZodObject,
  updateSchema: intakeUpdateSchema as unknown as z.ZodObject,
  fields: [
    { name: 'title', label: '文件名称', kind: 'text', list: true, form: true, sortable: true },
    { name: 'docNumber', label: '文号', kind: 'text', list: true, form: true },
    { name: 'orgUnitId', label: '制定机关', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'publishedOn', label: '公布日期', kind: 'date', list: true, sortable: true, form: true },
    { name: 'receivedOn', label: '登记日期', kind: 'date', list: true, filter: true, sortable: true, form: true },
    { name: 'source', label: '登记来源', kind: 'code', codes: intakeSources, list: true, filter: true, form: true },
    { name: 'documentId', label: '平台内的文件记录', kind: 'ref', ref: { path: 'normative-docs/documents', label: 'title' }, form: true, help: '文件在本平台制定的，选择其记录；平台外印发的留空' },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};
