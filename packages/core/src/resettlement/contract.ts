import { z } from 'zod';
import { fieldsOf } from '../register/field-meta.js';
import { refineWith, versionField as version } from '../register/rules.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, dateField, idNumberInput, orgUnitField, phoneInput, refField, textField } from '../validators/zod.js';
import { activityKinds, genders, handoverModes, placementKinds, riskLevels } from './codes.js';
import { personProblems } from './rules.js';

// ---------------------------------------------------------------- 刑满释放人员 (安置帮教对象)

const personFields = {
  name: textField('姓名', 30),
  gender: genders.schema,
  orgUnitId: orgUnitField('负责司法所'),
  householdAddress: textField('户籍地', 200),
  residenceAddress: textField('居住地', 200),
  crime: textField('罪名', 100),
  sentence: textField('原判刑期', 50),
  prison: textField('释放单位（监狱、看守所）', 100),
  releasedOn: dateField('释放日期'),
  keyPerson: booleanField('重点帮教对象'),
  noticeReceivedOn: dateField('收到释放通知书日期').nullable(),
  handoverOn: dateField('衔接日期').nullable(),
  handoverMode: handoverModes.schema.nullable(),
  placementKind: placementKinds.schema.nullable(),
  placedOn: dateField('安置日期').nullable(),
  helpTeam: textField('帮教小组成员', 200).nullable(),
  riskLevel: riskLevels.schema,
  lostContact: booleanField('失联'),
  note: textField('备注', 1000).nullable(),
};
/** Write-only: stored SM4-encrypted, read back masked. */
const personSecretFields = { idNumber: idNumberInput(), phone: phoneInput() };

const optionalOf = <K extends keyof typeof personFields>(keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, personFields[k].optional()])) as { [P in K]: ReturnType<(typeof personFields)[P]['optional']> };

export const personCreateSchema = z
  .object({
    ...personFields,
    ...optionalOf(['noticeReceivedOn', 'handoverOn', 'handoverMode', 'placementKind', 'placedOn', 'helpTeam', 'note', 'lostContact', 'keyPerson']),
    idNumber: personSecretFields.idNumber,
    phone: personSecretFields.phone.optional(),
  })
  .superRefine(refineWith(personProblems));
export const personUpdateSchema = z
  .object({ ...personFields, ...personSecretFields })
  .partial()
  .extend({ version });

export const personSpec: RegisterSpec = {
  module: 'resettlement',
  entity: 'resettlement.person',
  path: 'resettlement/persons',
  title: '安置帮教对象',
  defaultSort: { field: 'releasedOn', order: 'desc' },
  createSchema: personCreateSchema,
  updateSchema: personUpdateSchema,
  fields: [
    ...fieldsOf(z.object(personFields), [
      ['name', { list: true, form: true }],
      ['gender', { form: true }],
    ]),
    { name: 'idNumberMasked', label: '公民身份号码', kind: 'text', list: true },
    ...fieldsOf(z.object(personFields), [
      ['orgUnitId', { list: true, filter: true, form: true }],
      ['householdAddress', { form: true }],
      ['residenceAddress', { form: true }],
      ['crime', { list: true, form: true }],
      ['sentence', { form: true }],
      ['prison', { form: true }],
      ['releasedOn', { list: true, filter: true, sortable: true, form: true }],
      ['keyPerson', { list: true, filter: true, form: true }],
      ['noticeReceivedOn', { form: true, help: '监狱应在释放前一个月寄送《刑满释放人员通知书》（司法部1999年通知）' }],
      ['handoverOn', { list: true, sortable: true, form: true }],
      ['handoverMode', { filter: true, form: true }],
      ['placementKind', { list: true, filter: true, form: true }],
      ['placedOn', { form: true }],
      ['helpTeam', { form: true }],
      ['riskLevel', { list: true, filter: true, form: true }],
      ['lostContact', { filter: true, form: true }],
    ]),
    { name: 'helpEndOn', label: '帮教期满日期', kind: 'date', list: true, sortable: true, help: '释放之日起五年' },
    { name: 'phoneMasked', label: '联系电话', kind: 'text' },
    ...fieldsOf(z.object(personFields), [['note', { form: true }]]),
  ],
};
/** The person form's write-only inputs (the list and detail show the masked columns instead). */
export const personSecretSpecFields = fieldsOf(z.object(personSecretFields), [
  ['idNumber', { form: true, help: '加密保存，列表中只显示部分号码' }],
  ['phone', { form: true, help: '加密保存' }],
]);

// ---------------------------------------------------------------- 帮教记录

const activityFields = {
  orgUnitId: orgUnitField('负责司法所'),
  personId: refField('帮教对象', 'resettlement/persons', 'name'),
  occurredOn: dateField('帮教日期'),
  kind: activityKinds.schema,
  content: textField('帮教内容', 1000),
  participants: textField('参加人员', 200).nullable(),
};
export const activityCreateSchema = z.object({ ...activityFields, participants: activityFields.participants.optional() });
export const activityUpdateSchema = z.object(activityFields).omit({ personId: true, orgUnitId: true }).partial().extend({ version });

export const activitySpec: RegisterSpec = {
  module: 'resettlement',
  entity: 'resettlement.activity',
  path: 'resettlement/activities',
  title: '帮教记录',
  defaultSort: { field: 'occurredOn', order: 'desc' },
  createSchema: activityCreateSchema,
  updateSchema: activityUpdateSchema,
  fields: [
    ...fieldsOf(z.object(activityFields), [
      ['occurredOn', { list: true, filter: true, sortable: true, form: true }],
      ['orgUnitId', { list: true, filter: true, form: true }],
      ['personId', { form: true, filter: true }],
    ]),
    { name: 'personName', label: '帮教对象', kind: 'text', list: true },
    ...fieldsOf(z.object(activityFields), [
      ['kind', { list: true, filter: true, form: true }],
      ['content', { list: true, form: true }],
      ['participants', { form: true }],
    ]),
  ],
};
