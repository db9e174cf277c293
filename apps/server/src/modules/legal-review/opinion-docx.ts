import { reviewOpinions, reviewSubjectKinds } from '@fazhi/core/legal-review';
import type { Block } from '@fazhi/core/reports';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { renderDocx } from '../../platform/documents/docx.js';
import { chineseDate } from '../../platform/documents/model.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { getRecord } from '../../platform/register/service.js';
import { reviewRegister } from './registers.js';

const paragraph = (key: string, title: string, text: string): Block => ({ key, kind: 'paragraph', title, text });

/** 合法性审核意见书 of a concluded request, as a DOCX laid out per GB/T 9704 (read access as for the detail). */
export async function opinionDocx(services: Services, actor: Actor, id: string): Promise<{ filename: string; body: Buffer }> {
  const r = await getRecord(services, actor, reviewRegister, id);
  if (!r.opinionNumber || !r.opinion) throw new AppError('conflict', '尚未出具审核意见，没有审核意见书');
  const unitName = async (unitId: unknown) => (typeof unitId === 'string' ? ((await services.db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitId)))[0]?.name ?? '') : '');
  const [organ, submitter] = await Promise.all([unitName(r.opinionOrgUnitId), unitName(r.orgUnitId)]);
  const amount = r.contractAmount === null || r.contractAmount === undefined ? null : `${Number(r.contractAmount).toLocaleString('zh-CN', { minimumFractionDigits: 2 })}元`;
  const blocks: Block[] = [
    paragraph('to', '', `${submitter}：`),
    paragraph(
      'intro',
      '',
      `你单位于${chineseDate(String(r.receivedOn))}送审的“${String(r.title)}”（${reviewSubjectKinds.label(String(r.subjectKind))}${r.counterparty ? `，合同相对方${String(r.counterparty)}` : ''}${amount ? `，合同金额${amount}` : ''}）收悉。经审核，现提出审核意见如下：`,
    ),
    paragraph('opinion', `审核结论：${reviewOpinions.label(String(r.opinion))}。`, ''),
    paragraph('text', '', String(r.opinionText ?? '')),
    ...(r.adviserNames ? [paragraph('advisers', '', `参与审核的法律顾问、公职律师：${String(r.adviserNames)}。`)] : []),
    paragraph('note', '', '本意见仅就送审事项的合法性提出，请按照审核意见修改完善后按程序办理，并将采纳情况及时反馈。'),
  ];
  const title = '合法性审核意见书';
  const body = await renderDocx({ title, numberLine: String(r.opinionNumber), orgName: organ, dateText: chineseDate(String(r.concludedOn)), blocks, values: {} });
  return { filename: `${title}${String(r.opinionNumber)}.docx`, body };
}
