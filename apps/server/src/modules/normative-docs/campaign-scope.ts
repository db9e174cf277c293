import { and, between, eq, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { inSubtreeOf } from '../../platform/access/policy.js';
import { normativeDocCampaignItems, normativeDocCampaigns, normativeDocuments } from './tables.js';

/**
 * Keeps an open campaign's list equal to its scope: documents in force, issued by one of the chosen organs (or a
 * unit below), published within the date range. Items already concluded stay even if the scope narrows.
 */
export async function syncCampaignItems(tx: Db, campaignId: string) {
  const [c] = await tx.select().from(normativeDocCampaigns).where(eq(normativeDocCampaigns.id, campaignId));
  if (c?.state !== 'open') return;
  const d = normativeDocuments;
  const inScope = await tx
    .select({ id: d.id, orgUnitId: d.orgUnitId })
    .from(d)
    .where(and(isNull(d.deletedAt), eq(d.state, 'inForce'), between(d.publishedOn, c.scopeFrom, c.scopeTo), or(...c.issuingUnitIds.map((u) => inSubtreeOf(d.orgUnitId, u)))));
  const ids = inScope.map((x) => x.id);
  await tx
    .delete(normativeDocCampaignItems)
    .where(and(eq(normativeDocCampaignItems.campaignId, campaignId), isNull(normativeDocCampaignItems.conclusion), ids.length ? notInArray(normativeDocCampaignItems.documentId, ids) : sql`true`));
  if (inScope.length) {
    await tx
      .insert(normativeDocCampaignItems)
      .values(inScope.map((x) => ({ campaignId, documentId: x.id, orgUnitId: x.orgUnitId })))
      .onConflictDoNothing();
  }
}
