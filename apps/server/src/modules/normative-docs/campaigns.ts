import { campaignTransitionInputs, campaignTransitions, cleanupConclusions, type CampaignItemInput, type CampaignTransition, type CleanupConclusion } from '@fazhi/core/normative-docs';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { getRecord, loadForWrite, readConditions } from '../../platform/register/service.js';
import { campaignRegister, documentRegister } from './registers.js';
import { normativeDocCampaignItems as items, normativeDocCampaigns, normativeDocuments as d } from './tables.js';

export async function getCampaign(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, campaignRegister, id);
  const transitions = record.permissions.transition ? (Object.keys(campaignTransitions) as CampaignTransition[]).filter((t) => campaignTransitions[t].from.includes(String(record.state))) : [];
  return { ...record, transitions };
}

/** A conclusion for one document of an open campaign; the campaign's version moves. */
export async function concludeItem(services: Services, actor: Actor, campaignId: string, itemId: string, input: CampaignItemInput) {
  const { version, ...fields } = input;
  await services.db.transaction(async (tx) => {
    const campaign = await loadForWrite(tx, actor, campaignRegister, campaignId, 'update', version);
    if (campaign.state !== 'open') throw new AppError('conflict', '清理已完成，不能再修改结论');
    const [before] = await tx.select().from(items).where(and(eq(items.id, itemId), eq(items.campaignId, campaignId)));
    if (!before) throw new AppError('notFound');
    if (fields.newVersionId) {
      if (fields.conclusion !== 'amend') throw new AppError('validation', '只有“修改”结论可以关联新文件', [{ path: 'newVersionId', message: '只有“修改”结论可以关联新文件' }]);
      const [next] = await tx.select({ id: d.id }).from(d).where(readConditions(documentRegister, actor, [eq(d.id, fields.newVersionId)]));
      if (!next || next.id === before.documentId) throw new AppError('validation', '所选新文件不存在', [{ path: 'newVersionId', message: '所选新文件不存在' }]);
    }
    const values = { conclusion: fields.conclusion, reason: fields.reason, newVersionId: fields.newVersionId ?? null };
    await tx.update(items).set(values).where(eq(items.id, itemId));
    await tx.update(normativeDocCampaigns).set({ version: campaign.version + 1, updatedAt: new Date(), updatedBy: actor.userId }).where(eq(normativeDocCampaigns.id, campaignId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'campaign.conclude',
      entityType: campaignRegister.spec.entity,
      entityId: campaignId,
      summary: `清理结论：${cleanupConclusions.label(fields.conclusion)}`,
      changes: [{ field: `item:${before.documentId}`, from: before.conclusion, to: fields.conclusion }, ...diffFields(before, values)],
    });
  });
  return getCampaign(services, actor, campaignId);
}

const applied: Record<CleanupConclusion, { state: string | null; validity: string | null; summary: string }> = {
  valid: { state: null, validity: null, summary: '清理结论：继续有效' },
  amend: { state: 'amended', validity: 'superseded', summary: '清理结论：修改' },
  repeal: { state: 'repealed', validity: 'repealed', summary: '清理结论：废止' },
  expire: { state: 'expired', validity: 'expired', summary: '清理结论：宣布失效' },
};

/** 完成清理 applies every conclusion to its document (audited per document); 公布 exposes the result lists publicly. */
export async function fireCampaignTransition(services: Services, actor: Actor, id: string, name: CampaignTransition, body: Record<string, unknown> & { version: number }) {
  const def = campaignTransitions[name];
  const { version, ...rest } = body;
  const input = campaignTransitionInputs[name].parse(rest) as Record<string, string>;
  await services.db.transaction(async (tx) => {
    const campaign = await loadForWrite(tx, actor, campaignRegister, id, 'transition', version);
    if (!def.from.includes(String(campaign.state))) throw new AppError('transitionNotAllowed', `当前状态下不能${def.label}`);
    if (name === 'close') {
      const [open] = await tx.select({ n: count() }).from(items).where(and(eq(items.campaignId, id), isNull(items.conclusion)));
      if ((open?.n ?? 0) > 0) throw new AppError('guardFailed', `尚有${open!.n}件文件未作出清理结论，不能完成清理`);
      const closedOn = input.closedOn!;
      const list = await tx.select().from(items).where(eq(items.campaignId, id));
      for (const item of list) {
        const [doc] = await tx.select().from(d).where(and(eq(d.id, item.documentId), isNull(d.deletedAt))).for('update');
        if (doc?.state !== 'inForce') throw new AppError('conflict', `《${doc?.title ?? item.documentId}》已不在施行状态，请重新确认其清理结论`);
        const effect = applied[item.conclusion as CleanupConclusion];
        const note = `${String(campaign.name)}：${cleanupConclusions.label(item.conclusion)}。${item.reason ?? ''}`;
        const values: Record<string, unknown> = effect.state
          ? { state: effect.state, validity: effect.validity, endedOn: closedOn, endReason: note, newVersionId: item.newVersionId }
          : { evaluatedOn: closedOn, evaluationNote: note };
        await tx.update(d).set({ ...values, version: doc.version + 1, updatedAt: new Date(), updatedBy: actor.userId }).where(eq(d.id, doc.id));
        await tx.update(items).set({ appliedOn: closedOn }).where(eq(items.id, item.id));
        await recordAudit(tx, auditActorOf(actor), { action: `cleanup.${String(item.conclusion)}`, entityType: documentRegister.spec.entity, entityId: doc.id, summary: effect.summary, changes: diffFields(doc, values) });
      }
    }
    const values = name === 'close' ? { state: def.to, closedOn: input.closedOn } : { state: def.to, publishedOn: input.publishedOn };
    await tx.update(normativeDocCampaigns).set({ ...values, version: campaign.version + 1, updatedAt: new Date(), updatedBy: actor.userId }).where(eq(normativeDocCampaigns.id, id));
    await recordAudit(tx, auditActorOf(actor), { action: `transition.${name}`, entityType: campaignRegister.spec.entity, entityId: id, summary: def.label, changes: diffFields(campaign, values) });
  });
  return getCampaign(services, actor, id);
}
