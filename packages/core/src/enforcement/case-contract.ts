import { z } from 'zod';
import { refineWith, type FieldIssue as Issue, versionField as version } from '../register/rules.js';
import { described, fieldsOf } from '../register/field-meta.js';
import type { RegisterSpec } from '../register/spec.js';
import { booleanField, dateField, orgUnitField, refField, textField } from '../validators/zod.js';
import { caseOutcomes, caseStages, itemKinds, partyKinds } from './codes.js';

// ---------------------------------------------------------------- 执法案件 (entered, or imported from the 网上办案平台 export)

const caseFields = {
  caseNumber: textField('案号', 60),
  itemId: refField('执法事项', 'enforcement/items', 'name'),
  bodyId: refField('执法主体', 'enforcement/bodies', 'name'),
  orgUnitId: orgUnitField('办案单位'),
  partyKind: partyKinds.schema,
  partyName: textField('当事人', 100),
  officer1Id: refField('承办执法人员', 'enforcement/officers', 'name'),
  officer2Id: refField('第二名执法人员', 'enforcement/officers', 'name'),
  filedOn: dateField('立案日期'),
  major: booleanField('重大执法决定'),
  extensionDays: described(z.int({ message: '延长天数应为整数' }).min(1, { message: '延长天数至少1天' }).max(365, { message: '延长天数不超过365天' }), {
    label: '延长办案期限（天）',
    kind: 'integer',
  }).nullable(),
  extensionReason: textField('延长理由及批准情况', 500).nullable(),
  decidedOn: dateField('决定日期').nullable(),
  outcome: caseOutcomes.schema.nullable(),
  fine: described(z.int({ message: '罚没金额应为整数（元）' }).min(0, { message: '罚没金额不能为负数' }).max(10_000_000_000, { message: '罚没金额过大' }), {
    label: '罚没金额（元）',
    kind: 'integer',
  }).nullable(),
  disclosedOn: dateField('公示日期').nullable(),
  changedOn: dateField('决定变更或撤销日期').nullable(),
  withdrawnOn: dateField('撤回公示日期').nullable(),
  online: booleanField('网上运行'),
  note: textField('备注', 1000).nullable(),
};

/** The order of the steps and their companions; 行政处罚法 第42条: at least two officers. */
export function caseProblems(c: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const date = (k: string) => (typeof c[k] === 'string' ? (c[k] as string) : null);
  if (c.officer1Id && c.officer1Id === c.officer2Id) issues.push({ path: 'officer2Id', message: '执法人员不得少于两人，请选择另一名执法人员' });
  if (c.extensionDays != null && !c.extensionReason) issues.push({ path: 'extensionReason', message: '延长办案期限须填写理由及批准情况' });
  if (c.extensionDays == null && c.extensionReason) issues.push({ path: 'extensionDays', message: '请填写延长天数' });
  const order: [string, string, string][] = [
    ['decidedOn', 'filedOn', '决定日期不能早于立案日期'],
    ['disclosedOn', 'decidedOn', '公示日期不能早于决定日期'],
    ['changedOn', 'decidedOn', '变更或撤销日期不能早于决定日期'],
    ['withdrawnOn', 'changedOn', '撤回公示日期不能早于决定变更日期'],
  ];
  for (const [later, earlier, message] of order) {
    const l = date(later);
    const e = date(earlier);
    if (l && !e) issues.push({ path: earlier, message: `请先填写${labels[earlier]}` });
    else if (l && e && l < e) issues.push({ path: later, message });
  }
  if (date('withdrawnOn') && !date('disclosedOn')) issues.push({ path: 'withdrawnOn', message: '未公示的决定无需撤回' });
  if (date('decidedOn') && !c.outcome) issues.push({ path: 'outcome', message: '请选择决定结果' });
  if (!date('decidedOn') && c.outcome) issues.push({ path: 'decidedOn', message: '请填写决定日期' });
  if (c.fine != null && c.outcome !== 'penalty') issues.push({ path: 'fine', message: '只有给予处罚的决定填写罚没金额' });
  return issues;
}
const labels: Record<string, string> = { filedOn: '立案日期', decidedOn: '决定日期', changedOn: '决定变更或撤销日期' };

const optional = <K extends keyof typeof caseFields>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, caseFields[k].optional()])) as { [P in K]: z.ZodOptional<(typeof caseFields)[P]> };

export const caseCreateSchema = z
  .object({
    ...caseFields,
    major: caseFields.major.default(false),
    online: caseFields.online.default(true),
    ...optional('extensionDays', 'extensionReason', 'decidedOn', 'outcome', 'fine', 'disclosedOn', 'changedOn', 'withdrawnOn', 'note'),
  })
  .superRefine(refineWith(caseProblems));
export const caseUpdateSchema = z.object(caseFields).partial().extend({ version });

export const caseSpec: RegisterSpec = {
  module: 'enforcement',
  entity: 'enforcement.case',
  path: 'enforcement/cases',
  title: '执法案件',
  defaultSort: { field: 'filedOn', order: 'desc' },
  createSchema: caseCreateSchema,
  updateSchema: caseUpdateSchema,
  fields: fieldsOf(z.object(caseFields), [
    ['caseNumber', { list: true, form: true, sortable: true }],
    { name: 'itemName', label: '执法事项', kind: 'text', list: true },
    { name: 'itemKind', label: '事项类别', kind: 'code', codes: itemKinds, list: true, filter: true },
    ['itemId', { form: true }],
    { name: 'bodyName', label: '执法主体', kind: 'text', list: true },
    ['bodyId', { form: true }],
    ['orgUnitId', { list: true, filter: true, form: true }],
    ['partyKind', { filter: true, form: true }],
    ['partyName', { list: true, form: true }],
    { name: 'officerNames', label: '执法人员', kind: 'text', list: true },
    ['officer1Id', { form: true, help: '须在决定日期（未决定的为立案日期）持有有效执法证' }],
    ['officer2Id', { form: true, help: '行政处罚法第42条：执法人员不得少于两人' }],
    ['filedOn', { list: true, filter: true, sortable: true, form: true }],
    ['major', { list: true, filter: true, form: true, help: '行政处罚法第58条：作出决定前须经法制审核' }],
    ['extensionDays', { form: true, help: '行政处罚法第60条：自立案之日起90日内作出决定；法律、法规、规章另有规定的从其规定' }],
    ['extensionReason', { form: true }],
    { name: 'decisionDueOn', label: '办案期限', kind: 'date', list: true, filter: true, sortable: true },
    ['decidedOn', { list: true, filter: true, sortable: true, form: true }],
    ['outcome', { list: true, filter: true, form: true }],
    ['fine', { form: true }],
    { name: 'disclosureDueOn', label: '公示期限', kind: 'date', filter: true, sortable: true, help: '许可、处罚决定7个工作日，其他决定20个工作日（国办发〔2018〕118号）' },
    ['disclosedOn', { list: true, filter: true, sortable: true, form: true }],
    ['changedOn', { form: true }],
    { name: 'withdrawalDueOn', label: '撤回期限', kind: 'date', filter: true, help: '决定变更或撤销后3个工作日内撤回公示（行政处罚法第48条）' },
    ['withdrawnOn', { form: true }],
    { name: 'stage', label: '案件阶段', kind: 'code', codes: caseStages, list: true, filter: true },
    ['online', { list: true, filter: true, form: true, help: '是否在网上办案平台运行' }],
    ['note', { form: true }],
  ]),
};
