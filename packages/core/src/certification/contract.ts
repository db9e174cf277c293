import { z } from 'zod';
import { described, fieldsOf } from '../register/field-meta.js';
import { versionField as version } from '../register/rules.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, dateField, orgUnitField, refField, textField } from '../validators/zod.js';
import { adjustmentKinds, handlingWays } from './codes.js';
import { verificationStates } from './workflow.js';

const monthField = described(z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' }), { label: '月份', kind: 'text' });
const countField = (label: string) =>
  described(
    z
      .int({ message: `${label}应为整数` })
      .min(0, { message: `${label}不能为负数` })
      .max(10_000_000, { message: `${label}过大` }),
    { label, kind: 'integer' },
  );

// ---------------------------------------------------------------- 证明事项清单

const itemFields = {
  code: textField('事项编码', 40),
  name: textField('证明事项名称', 200),
  orgUnitId: orgUnitField('索要单位'),
  legalBasis: textField('索要依据', 1000),
  settingBasis: textField('设定依据', 1000).nullable(),
  handling: handlingWays.field('办理方式'),
  commitmentApplies: booleanField('适用告知承诺'),
  effectiveOn: dateField('生效日期'),
  lastAdjustment: adjustmentKinds.field('最近调整').nullable(),
  adjustedOn: dateField('调整日期').nullable(),
  adjustmentDocument: textField('调整文号', 100).nullable(),
  note: textField('备注', 1000).nullable(),
};

export const itemCreateSchema = z.object({
  ...itemFields,
  settingBasis: itemFields.settingBasis.optional(),
  commitmentApplies: itemFields.commitmentApplies.default(false),
  lastAdjustment: itemFields.lastAdjustment.optional(),
  adjustedOn: itemFields.adjustedOn.optional(),
  adjustmentDocument: itemFields.adjustmentDocument.optional(),
  note: itemFields.note.optional(),
});
export const itemUpdateSchema = z.object(itemFields).partial().extend({ version });

export const itemSpec: RegisterSpec = {
  module: 'certification',
  entity: 'certification.item',
  path: 'certification/items',
  title: '证明事项清单',
  defaultSort: { field: 'code', order: 'asc' },
  createSchema: itemCreateSchema,
  updateSchema: itemUpdateSchema,
  fields: fieldsOf(z.object(itemFields), [
    ['code', { list: true, form: true, sortable: true }],
    ['name', { list: true, form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['legalBasis', { form: true }],
    ['settingBasis', { form: true }],
    ['handling', { list: true, filter: true, form: true }],
    ['commitmentApplies', { list: true, filter: true, form: true }],
    ['effectiveOn', { list: true, sortable: true, form: true }],
    ['lastAdjustment', { filter: true, form: true }],
    ['adjustedOn', { sortable: true, form: true }],
    ['adjustmentDocument', { form: true }],
    ['note', { form: true }],
  ]),
};

/** Items are refused when 告知承诺 is claimed for a cancelled item, or an adjustment lacks its date and 文号. */
export function itemProblems(item: Record<string, unknown>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (item.handling === 'cancelled' && item.commitmentApplies) issues.push({ path: 'commitmentApplies', message: '已取消的证明事项不适用告知承诺' });
  if (item.lastAdjustment && (!item.adjustedOn || !item.adjustmentDocument)) issues.push({ path: 'adjustmentDocument', message: '调整证明事项须填写调整日期和文号' });
  return issues;
}

// ---------------------------------------------------------------- 协助核查

const verificationFields = {
  orgUnitId: orgUnitField('发起单位'),
  respondingUnitId: orgUnitField('协查单位'),
  itemId: refField('证明事项', 'public/certification-items', 'name'),
  matter: textField('核查事项', 500),
  requestedOn: dateField('发起日期'),
  note: textField('备注', 1000).nullable(),
};

export const verificationCreateSchema = z.object({ ...verificationFields, note: verificationFields.note.optional() });
export const verificationUpdateSchema = z.object({ matter: verificationFields.matter, note: verificationFields.note }).partial().extend({ version });

export const verificationSpec: RegisterSpec = {
  module: 'certification',
  entity: 'certification.verification',
  path: 'certification/verifications',
  title: '行政协助核查',
  defaultSort: { field: 'requestedOn', order: 'desc' },
  createSchema: verificationCreateSchema,
  updateSchema: verificationUpdateSchema,
  fields: [
    ...fieldsOf(z.object(verificationFields), [
      ['orgUnitId', { list: true, filter: true, form: true }],
      ['respondingUnitId', { list: true, form: true }],
      ['itemId', { form: true }],
      ['matter', { list: true, form: true }],
      ['requestedOn', { list: true, sortable: true, filter: true, form: true }],
    ]),
    { name: 'itemName', label: '证明事项', kind: 'text', list: true },
    { name: 'dueOn', label: '答复期限', kind: 'date', list: true, sortable: true, help: '发起之日起5个工作日（区级设定）' },
    { name: 'state', label: '状态', kind: 'code', codes: verificationStates, list: true, filter: true },
    { name: 'answeredOn', label: '答复日期', kind: 'date' },
    { name: 'overdue', label: '逾期', kind: 'boolean', list: true, filter: true },
    ...fieldsOf(z.object(verificationFields), [['note', { form: true }]]),
  ],
};

// ---------------------------------------------------------------- 政务服务 monthly statistics

const statFields = {
  orgUnitId: orgUnitField('填报单位'),
  month: monthField,
  eLicenseServices: countField('电子证照应用事项数'),
  crossProvinceItems: countField('跨省通办事项数'),
  crossProvinceCases: countField('跨省通办办件量'),
  note: textField('备注', 500).nullable(),
};
export const statCreateSchema = z.object({ ...statFields, note: statFields.note.optional() });
export const statUpdateSchema = z.object(statFields).partial().extend({ version });

export const statSpec: RegisterSpec = {
  module: 'certification',
  entity: 'certification.stat',
  path: 'certification/service-stats',
  title: '政务服务月度统计',
  defaultSort: { field: 'month', order: 'desc' },
  createSchema: statCreateSchema,
  updateSchema: statUpdateSchema,
  fields: fieldsOf(z.object(statFields), [
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['month', { list: true, sortable: true, filter: true, form: true }],
    ['eLicenseServices', { list: true, form: true }],
    ['crossProvinceItems', { list: true, form: true }],
    ['crossProvinceCases', { list: true, form: true }],
    ['note', { form: true }],
  ]),
};
