import { cleanupConclusions, type CampaignItemInput } from '@fazhi/core/normative-docs';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { getRecord, loadForWrite, readConditions } from '../../platform/register/service.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { campaignRegister, documentRegister } from './registers.js';
import { normativeDocCampaignItems as items, normativeDocCampaigns, normativeDocuments as d } from './tables.js';
import { campaignFlow } from './workflow.js';

export async function getCampaign(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, campaignRegister, id);
  return { ...record, transitions: await stepOptions(services.db, actor, campaignFlow, record) };
}

/** A conclusion for one document of an open campaign; the campaign's version moves. */
export async function concludeItem(services: Services, actor: Actor, campaignId: string, itemId: string, input: CampaignItemInput) {
  const { version, ...fields } = input;
  await services.db.transaction(async (tx) => {
    const campaign = await loadForWrite(tx, actor, campaignRegister, campaignId, 'update', version);
    if (campaign.state !== 'open') throw new AppError('conflict', '清理已完成，不能再修改结论');
    const [before] = await tx
      .select()
      .from(items)
      .where(and(eq(items.id, itemId), eq(items.campaignId, campaignId)));
    if (!before) throw new AppError('notFound');
    if (fields.newVersionId) {
      if (fields.conclusion !== 'amend') throw new AppError('validation', '只有“修改”结论可以关联新文件', [{ path: 'newVersionId', message: '只有“修改”结论可以关联新文件' }]);
      const [next] = await tx
        .select({ id: d.id })
        .from(d)
        .where(readConditions(documentRegister, actor, [eq(d.id, fields.newVersionId)]));
      if (!next || next.id === before.documentId) throw new AppError('validation', '所选新文件不存在', [{ path: 'newVersionId', message: '所选新文件不存在' }]);
    }
    const values = { conclusion: fields.conclusion, reason: fields.reason, newVersionId: fields.newVersionId ?? null };
    await tx.update(items).set(values).where(eq(items.id, itemId));
    await tx
      .update(normativeDocCampaigns)
      .set({ version: campaign.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(normativeDocCampaigns.id, campaignId));
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
