import { z } from 'zod';
import type { RegisterSpec } from '../register/spec.js';
import { dateField, idField, textField } from '../validators/zod.js';
import { campaignStates, cleanupConclusions, commentHandlings, deliberationDecisions, numberYears, publicationChannels, validities } from './codes.js';
import { documentStates } from './workflow.js';

const documentFields = {
  title: textField('文件名称', 200),
  orgUnitId: z.uuid({ message: '请选择制定机关' }),
  numberPrefix: textField('发文字号代字', 20).refine((s) => !/[〔〕\d]/.test(s), { message: '发文字号代字只填机关代字，如“示范高新发”' }),
  proposedOn: dateField('立项日期'),
  proposalReason: textField('立项依据和必要性', 4000).nullable(),
  concernsMarketEntities: z.boolean({ error: '请选择是否涉及市场主体' }),
  provisional: z.boolean({ error: '请选择是否暂行或试行' }),
  draftingUnitName: textField('起草单位', 100).nullable(),
  draftingNotes: textField('起草说明', 4000).nullable(),
  fullText: textField('文件正文', 100_000).nullable(),
  note: textField('备注', 2000).nullable(),
};

export const documentCreateSchema = z.object({
  ...documentFields,
  proposalReason: documentFields.proposalReason.optional(),
  concernsMarketEntities: documentFields.concernsMarketEntities.default(false),
  provisional: documentFields.provisional.default(false),
  draftingUnitName: documentFields.draftingUnitName.optional(),
  draftingNotes: documentFields.draftingNotes.optional(),
  fullText: documentFields.fullText.optional(),
  note: documentFields.note.optional(),
});
export const documentUpdateSchema = z.object(documentFields).partial().extend({ version: z.int().positive() });
export type DocumentCreate = z.infer<typeof documentCreateSchema>;

/** A comment received during public consultation (a child of the document). */
export const commentCreateSchema = z.object({
  version: z.int({ message: '缺少版本号' }).positive(),
  commenter: textField('意见提出人', 100),
  receivedOn: dateField('收到日期'),
  content: textField('意见内容', 4000),
});
export const commentHandlingSchema = z
  .object({
    version: z.int({ message: '缺少版本号' }).positive(),
    handling: commentHandlings.schema,
    handlingReason: textField('采纳情况说明', 2000).optional(),
  })
  .refine((v) => v.handling === 'adopted' || Boolean(v.handlingReason), { path: ['handlingReason'], message: '部分采纳或不采纳的，须说明理由' });
export type CommentCreate = z.infer<typeof commentCreateSchema>;
export type CommentHandlingInput = z.infer<typeof commentHandlingSchema>;

export const documentSpec: RegisterSpec = {
  module: 'normativeDocs',
  entity: 'normativeDocs.document',
  path: 'normative-docs/documents',
  title: '行政规范性文件',
  publicAttachments: true,
  defaultSort: { field: 'proposedOn', order: 'desc' },
  createSchema: documentCreateSchema,
  updateSchema: documentUpdateSchema,
  fields: [
    { name: 'docNumber', label: '文号', kind: 'text', list: true, sortable: true, help: '统一编号时自动生成' },
    { name: 'numberYear', label: '印发年度', kind: 'code', codes: numberYears, filter: true },
    { name: 'title', label: '文件名称', kind: 'text', list: true, form: true, sortable: true },
    { name: 'orgUnitId', label: '制定机关', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'numberPrefix', label: '发文字号代字', kind: 'text', form: true, help: '如“示范高新发”；统一编号时按制定机关和年度顺序编号' },
    { name: 'state', label: '办理环节', kind: 'code', codes: documentStates, list: true, filter: true, sortable: true },
    { name: 'validity', label: '效力状态', kind: 'code', codes: validities, list: true, filter: true },
    { name: 'proposedOn', label: '立项日期', kind: 'date', list: true, filter: true, sortable: true, form: true },
    { name: 'proposalReason', label: '立项依据和必要性', kind: 'longText', form: true },
    { name: 'concernsMarketEntities', label: '涉及市场主体', kind: 'boolean', form: true, help: '与市场主体生产经营活动密切相关的，征求意见不少于30日' },
    { name: 'provisional', label: '暂行或试行', kind: 'boolean', form: true, help: '暂行、试行文件有效期不超过2年（标题含“暂行”“试行”的自动按此计算）' },
    { name: 'draftingUnitName', label: '起草单位', kind: 'text', form: true },
    { name: 'draftingNotes', label: '起草说明', kind: 'longText', form: true },
    { name: 'publicCommentStartsOn', label: '征求意见开始', kind: 'date' },
    { name: 'publicCommentEndsOn', label: '征求意见截止', kind: 'date' },
    { name: 'meetingName', label: '集体讨论会议', kind: 'text' },
    { name: 'meetingOn', label: '会议日期', kind: 'date' },
    { name: 'deliberationDecision', label: '集体讨论决定', kind: 'code', codes: deliberationDecisions },
    { name: 'signedOn', label: '签发日期', kind: 'date' },
    { name: 'signerName', label: '签发人', kind: 'text' },
    { name: 'registrationNumber', label: '登记号', kind: 'text' },
    { name: 'registeredOn', label: '登记日期', kind: 'date' },
    { name: 'issuedOn', label: '印发日期', kind: 'date' },
    { name: 'publishedOn', label: '公布日期', kind: 'date', list: true, filter: true, sortable: true },
    { name: 'publicationChannel', label: '公布载体', kind: 'code', codes: publicationChannels },
    { name: 'filingDueOn', label: '备案期限', kind: 'date', help: '公布之日起30日内报送备案' },
    { name: 'filedOn', label: '报送备案日期', kind: 'date' },
    { name: 'filedWith', label: '备案机关', kind: 'text' },
    { name: 'filedLate', label: '逾期备案', kind: 'boolean', filter: true },
    { name: 'effectiveOn', label: '施行日期', kind: 'date', sortable: true },
    { name: 'expiresOn', label: '有效期至', kind: 'date', list: true, filter: true, sortable: true, help: '施行之日起5年（暂行、试行2年）' },
    { name: 'evaluatedOn', label: '最近评估日期', kind: 'date' },
    { name: 'republishedOn', label: '重新公布日期', kind: 'date', help: '评估或清理结论为继续有效的，有效期自重新公布之日起重新计算' },
    { name: 'evaluationNote', label: '评估结论', kind: 'longText' },
    { name: 'endedOn', label: '修改/废止/失效日期', kind: 'date' },
    { name: 'endReason', label: '修改/废止/失效理由', kind: 'longText' },
    { name: 'fullText', label: '文件正文', kind: 'longText', form: true },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};

// ---------------------------------------------------------------- 清理 campaigns

const campaignFields = {
  name: textField('清理名称', 100),
  orgUnitId: z.uuid({ message: '请选择组织清理的单位' }),
  issuingUnitIds: z.array(idField).min(1, { message: '至少选择一个制定机关' }).max(50, { message: '制定机关不能超过50个' }),
  scopeFrom: dateField('清理范围起（公布日期）'),
  scopeTo: dateField('清理范围止（公布日期）'),
  startedOn: dateField('开始日期'),
  endsOn: dateField('计划完成日期'),
  note: textField('备注', 2000).nullable(),
};
const campaignDates = <T extends { scopeFrom?: string; scopeTo?: string; startedOn?: string; endsOn?: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.scopeFrom && v.scopeTo && v.scopeTo < v.scopeFrom) ctx.addIssue({ code: 'custom', path: ['scopeTo'], message: '清理范围止日不能早于起日' });
  if (v.startedOn && v.endsOn && v.endsOn < v.startedOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: '计划完成日期不能早于开始日期' });
};
export const campaignCreateSchema = z.object({ ...campaignFields, note: campaignFields.note.optional() }).superRefine(campaignDates);
export const campaignUpdateSchema = z.object(campaignFields).partial().extend({ version: z.int().positive() }).superRefine(campaignDates);
export type CampaignCreate = z.infer<typeof campaignCreateSchema>;

export const campaignItemSchema = z.object({
  version: z.int({ message: '缺少版本号' }).positive(),
  conclusion: cleanupConclusions.schema,
  reason: textField('清理理由', 1000),
  newVersionId: idField.optional(),
});
export type CampaignItemInput = z.infer<typeof campaignItemSchema>;

export const campaignSpec: RegisterSpec = {
  module: 'normativeDocs',
  entity: 'normativeDocs.campaign',
  path: 'normative-docs/campaigns',
  title: '规范性文件清理',
  defaultSort: { field: 'startedOn', order: 'desc' },
  createSchema: campaignCreateSchema as unknown as z.ZodObject,
  updateSchema: campaignUpdateSchema as unknown as z.ZodObject,
  fields: [
    { name: 'name', label: '清理名称', kind: 'text', list: true, form: true, sortable: true },
    { name: 'orgUnitId', label: '组织单位', kind: 'orgUnit', list: true, filter: true, form: true },
    { name: 'scopeFrom', label: '范围起（公布日期）', kind: 'date', list: true, form: true },
    { name: 'scopeTo', label: '范围止（公布日期）', kind: 'date', list: true, form: true },
    { name: 'startedOn', label: '开始日期', kind: 'date', list: true, filter: true, sortable: true, form: true },
    { name: 'endsOn', label: '计划完成日期', kind: 'date', form: true },
    { name: 'state', label: '状态', kind: 'code', codes: campaignStates, list: true, filter: true },
    { name: 'closedOn', label: '完成日期', kind: 'date', list: true },
    { name: 'publishedOn', label: '结果公布日期', kind: 'date' },
    { name: 'note', label: '备注', kind: 'longText', form: true },
  ],
};
