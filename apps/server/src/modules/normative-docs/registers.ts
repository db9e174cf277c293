import { campaignSpec, documentSpec, intakeSpec, validityOf, type DocumentState } from '@fazhi/core/normative-docs';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.js';
import { assertUnitInScope } from '../../platform/access/policy.js';
import { defineRegister } from '../../platform/register/define.js';
import { orgUnits } from '../../platform/org/tables.js';
import { syncCampaignItems } from './campaign-scope.js';
import { normativeDocCampaignItems, normativeDocComments, normativeDocCampaigns, normativeDocIntakes, normativeDocuments } from './tables.js';

// Once a document is issued, its title, text and number belong to the issued document: a change is a new document (修改).
const frozenAfterIssue = ['title', 'numberPrefix', 'fullText', 'orgUnitId', 'provisional', 'concernsMarketEntities'] as const;
const issuedStates: readonly DocumentState[] = ['issued', 'published', 'filed', 'inForce', 'amended', 'repealed', 'expired'];

export const documentRegister = defineRegister({
  spec: documentSpec,
  table: normativeDocuments,
  naturalKey: ['orgUnitId', 'title', 'proposedOn'],
  prepare: (input, { before }) => {
    if (before && issuedStates.includes(before.state as DocumentState)) {
      const touched = frozenAfterIssue.filter((f) => f in input && input[f] !== before[f]);
      if (touched.length) throw new AppError('conflict', '文件已统一编号印发，不能再修改名称、正文、制定机关等内容；需要修改的，请制定新文件并以“修改”关联');
    }
    const state = (before?.state ?? 'proposed') as DocumentState;
    return { ...input, validity: validityOf({ state, registrationNumber: (before?.registrationNumber as string | null) ?? null }) };
  },
  // A document published and in force is law the public relies on: it ends by 废止/宣布失效/修改, not by deletion.
  beforeDelete: (row) => {
    if (['published', 'filed', 'inForce'].includes(String(row.state)))
      throw new AppError('conflict', `文件已公布${row.state === 'published' ? '' : '并施行'}，不能删除；如需终止效力，请办理废止、宣布失效或修改`);
  },
  extraSearchText: (row) => [row.docNumber, row.registrationNumber].filter(Boolean).join(' '),
  expand: async (db, row) => {
    const comments = await db
      .select({
        id: normativeDocComments.id,
        commenter: normativeDocComments.commenter,
        receivedOn: normativeDocComments.receivedOn,
        content: normativeDocComments.content,
        handling: normativeDocComments.handling,
        handlingReason: normativeDocComments.handlingReason,
      })
      .from(normativeDocComments)
      .where(and(eq(normativeDocComments.documentId, row.id), isNull(normativeDocComments.deletedAt)))
      .orderBy(asc(normativeDocComments.receivedOn), asc(normativeDocComments.createdAt));
    return { comments };
  },
});

export const campaignRegister = defineRegister({
  spec: campaignSpec,
  table: normativeDocCampaigns,
  naturalKey: ['orgUnitId', 'name'],
  prepare: async (input, { tx, actor, before }) => {
    if (before && before.state !== 'open') throw new AppError('conflict', '清理已完成，不能再修改');
    // Every issuing organ in scope must be one the actor may organise a cleanup for.
    const ids = input.issuingUnitIds as string[] | undefined;
    if (ids) {
      for (const [i, unitId] of ids.entries()) await assertUnitInScope(tx, actor, 'normativeDocs', before ? 'update' : 'create', unitId, `issuingUnitIds.${i}`);
      input.issuingUnitIds = [...new Set(ids)];
    }
    const merged = { ...before, ...input };
    if (String(merged.scopeTo) < String(merged.scopeFrom)) throw new AppError('validation', '清理范围止日不能早于起日', [{ path: 'scopeTo', message: '清理范围止日不能早于起日' }]);
    return input;
  },
  afterWrite: async (row, _input, { tx }) => {
    await syncCampaignItems(tx, row.id);
    return [];
  },
  expand: async (db, row) => {
    const items = await db
      .select({
        id: normativeDocCampaignItems.id,
        documentId: normativeDocCampaignItems.documentId,
        conclusion: normativeDocCampaignItems.conclusion,
        reason: normativeDocCampaignItems.reason,
        newVersionId: normativeDocCampaignItems.newVersionId,
        appliedOn: normativeDocCampaignItems.appliedOn,
        docNumber: normativeDocuments.docNumber,
        title: normativeDocuments.title,
        orgUnitName: orgUnits.name,
        publishedOn: normativeDocuments.publishedOn,
        expiresOn: normativeDocuments.expiresOn,
        documentState: normativeDocuments.state,
      })
      .from(normativeDocCampaignItems)
      .innerJoin(normativeDocuments, eq(normativeDocuments.id, normativeDocCampaignItems.documentId))
      .innerJoin(orgUnits, eq(orgUnits.id, normativeDocuments.orgUnitId))
      .where(eq(normativeDocCampaignItems.campaignId, row.id))
      .orderBy(asc(normativeDocuments.publishedOn), asc(normativeDocuments.docNumber));
    const issuingUnits = await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits);
    const names = new Map(issuingUnits.map((u) => [u.id, u.name]));
    return { items, issuingUnitNames: (row.issuingUnitIds as string[]).map((id) => names.get(id) ?? id) };
  },
});

/** 备案审查登记: documents recorded at intake, whether or not made on the platform (the 合法性审核率's base). */
export const intakeRegister = defineRegister({
  spec: intakeSpec,
  table: normativeDocIntakes,
  naturalKey: ['orgUnitId', 'docNumber'],
});
