import { z } from 'zod';
import { fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, creditCodeField, dateField, idNumberField, orgUnitField, textField } from '../validators/zod.js';
import { disputeAreas, instances, mediationResults, outcomes, partyKinds } from './codes.js';
import { caseStates } from './workflow.js';

/** `id` names a plaintiff already on file: an ID number not typed again is then kept, not erased. */
export const plaintiffInputSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.uuid().optional(), kind: z.literal('person'), name: textField('原告姓名', 30), idNumber: idNumberField.optional() }),
  z.object({ id: z.uuid().optional(), kind: z.literal('organization'), name: textField('原告名称', 100), creditCode: creditCodeField.optional() }),
]);
export type PlaintiffInput = z.infer<typeof plaintiffInputSchema>;

const caseFields = {
  caseNumber: textField('案号', 60),
  court: textField('受理法院', 60),
  instance: instances.schema,
  orgUnitId: orgUnitField('被告单位'),
  cause: textField('案由', 200),
  disputeArea: disputeAreas.schema,
  complaintReceivedOn: dateField('收到起诉状副本日期'),
  preSuitMediation: mediationResults.field('诉前调解'),
  judicialSuggestionReceived: booleanField('收到司法建议'),
  judicialSuggestionAnsweredOn: dateField('司法建议回复日期').nullable(),
  handlerName: textField('承办人', 30).nullable(),
  note: textField('备注', 2000).nullable(),
};

export const caseCreateSchema = z.object({
  ...caseFields,
  preSuitMediation: caseFields.preSuitMediation.default('notTried'),
  judicialSuggestionReceived: caseFields.judicialSuggestionReceived.default(false),
  judicialSuggestionAnsweredOn: caseFields.judicialSuggestionAnsweredOn.optional(),
  handlerName: caseFields.handlerName.optional(),
  note: caseFields.note.optional(),
  plaintiffs: z.array(plaintiffInputSchema).min(1, { message: '至少登记一名原告' }).max(50),
});
export const caseUpdateSchema = z
  .object(caseFields)
  .partial()
  .extend({ version: z.int().positive(), plaintiffs: z.array(plaintiffInputSchema).min(1).max(50).optional() });

export type CaseCreate = z.infer<typeof caseCreateSchema>;
export type CaseUpdate = z.infer<typeof caseUpdateSchema>;

export const hearingCreateSchema = z
  .object({
    heldOn: dateField('开庭日期'),
    leaderAppeared: z.boolean(),
    leaderName: textField('出庭负责人姓名', 30).optional(),
    leaderPost: textField('出庭负责人职务', 30).optional(),
    substituteName: textField('出庭人员姓名', 30).optional(),
    substitutePost: textField('出庭人员职务', 30).optional(),
    absenceReason: textField('负责人未出庭原因', 500).optional(),
  })
  .superRefine((h, ctx) => {
    if (h.leaderAppeared) {
      if (!h.leaderName) ctx.addIssue({ code: 'custom', path: ['leaderName'], message: '负责人出庭时须填写姓名' });
      if (!h.leaderPost) ctx.addIssue({ code: 'custom', path: ['leaderPost'], message: '负责人出庭时须填写职务' });
    } else {
      if (!h.substituteName) ctx.addIssue({ code: 'custom', path: ['substituteName'], message: '请填写实际出庭人员' });
      if (!h.absenceReason) ctx.addIssue({ code: 'custom', path: ['absenceReason'], message: '请说明负责人未出庭原因' });
    }
  });
export type HearingCreate = z.infer<typeof hearingCreateSchema>;

export const caseSpec: RegisterSpec = {
  module: 'litigation',
  entity: 'litigation.case',
  path: 'litigation/cases',
  title: '行政诉讼案件',
  defaultSort: { field: 'complaintReceivedOn', order: 'desc' },
  createSchema: caseCreateSchema,
  updateSchema: caseUpdateSchema,
  // Contract fields take label, control and code table from caseFields; computed and workflow-owned columns are spelled out.
  fields: fieldsOf(z.object(caseFields), [
    ['caseNumber', { list: true, form: true, sortable: true }],
    ['court', { list: true, form: true }],
    ['instance', { list: true, filter: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['cause', { list: true, form: true }],
    ['disputeArea', { list: true, filter: true, form: true }],
    ['complaintReceivedOn', { list: true, filter: true, sortable: true, form: true }],
    { name: 'defenceDueOn', label: '答辩期限', kind: 'date', list: true, sortable: true, help: '收到起诉状副本之日起15日' },
    { name: 'defenceSubmittedOn', label: '答辩提交日期', kind: 'date' },
    { name: 'defenceLate', label: '逾期答辩', kind: 'boolean', filter: true },
    ['preSuitMediation', { filter: true, form: true }],
    { name: 'state', label: '状态', kind: 'code', codes: caseStates, list: true, filter: true, sortable: true },
    { name: 'outcome', label: '裁判结果', kind: 'code', codes: outcomes, filter: true },
    { name: 'lost', label: '败诉', kind: 'boolean', list: true, filter: true },
    { name: 'closedOn', label: '结案日期', kind: 'date', filter: true, sortable: true },
    ['judicialSuggestionReceived', { filter: true, form: true }],
    ['judicialSuggestionAnsweredOn', { form: true }],
    ['handlerName', { form: true }],
    ['note', { form: true }],
  ]),
};

export { partyKinds };
