import { z } from 'zod';
import type { RegisterSpec } from '../register/spec.js';
import { dateField, textField } from '../validators/zod.js';

/** 旁听庭审: staff of an organiser unit attend a hearing as a lesson in law. */
const observationFields = {
  heldOn: dateField('旁听日期'),
  orgUnitId: z.uuid({ message: '请选择组织单位' }),
  caseId: z.uuid().nullable(),
  title: textField('旁听主题', 100),
  participants: z.int({ message: '请填写参加人数' }).min(1, { message: '参加人数至少为1' }).max(10_000),
  note: textField('备注', 1000).nullable(),
};

export const observationCreateSchema = z.object({
  ...observationFields,
  caseId: observationFields.caseId.optional(),
  note: observationFields.note.optional(),
});
export const observationUpdateSchema = z.object(observationFields).partial().extend({ version: z.int().positive() });

export const observationSpec: RegisterSpec = {
  module: 'litigation',
  entity: 'litigation.observation',
  path: 'litigation/observations',
  title: '旁听庭审',
  defaultSort: { field: 'heldOn', order: 'desc' },
  createSchema: observationCreateSchema,
  updateSchema: observationUpdateSchema,
  fields: [
    { name: 'heldOn', label: '旁听日期', kind: 'date', list: true, filter: true, sortable: true, form: true },
    { name: 'title', label: '旁听主题', kind: 'text', list: true, form: true },
    { name: 'orgUnitId', label: '组织单位', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'participants', label: '参加人数', kind: 'integer', list: true, sortable: true, form: true },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};
