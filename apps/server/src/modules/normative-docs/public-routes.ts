import { idField } from '@fazhi/core';
import { cleanupConclusions, documentSpec, publicationChannels } from '@fazhi/core/normative-docs';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { sendDownload } from '../../platform/http/download.js';
import { AppError } from '../../platform/http/errors.js';
import type { App, Services } from '../../platform/http/types.js';
import { attachments } from '../../platform/files/tables.js';
import { orgUnits } from '../../platform/org/tables.js';
import { searchCondition } from '../../platform/register/filters.js';
import { normativeDocCampaignItems as items, normativeDocCampaigns as campaigns, normativeDocuments as d } from './tables.js';

/** Only documents in force that went through 三统一 and were published: never drafts, never unregistered ones. */
const publicDocument = (extra?: SQL) =>
  and(isNull(d.deletedAt), eq(d.state, 'inForce'), eq(d.validity, 'valid'), isNotNull(d.registrationNumber), isNotNull(d.docNumber), isNotNull(d.publishedOn), extra)!;

const listColumns = {
  id: d.id,
  docNumber: d.docNumber,
  title: d.title,
  orgUnitName: orgUnits.name,
  publishedOn: d.publishedOn,
  effectiveOn: d.effectiveOn,
  expiresOn: d.expiresOn,
};

/** The public portal's 行政规范性文件 (§6): no login, published data only. */
export function normativeDocsPublicRoutes(app: App, { db, files }: Services) {
  const tags = ['政务公开（无需登录）'];
  const config = { public: true };
  const params = z.object({ id: idField });
  const query = z.object({
    q: z.string().trim().max(100, { message: '关键词不能超过100个字' }).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  });

  app.get('/api/public/normative-documents', { schema: { tags, summary: '现行有效的行政规范性文件（可按关键词检索）', querystring: query }, config }, async (request) => {
    const { q, page, pageSize } = request.query;
    const where = publicDocument(q ? searchCondition(d.searchText, q) : undefined);
    const [total] = await db.select({ n: count() }).from(d).where(where);
    const rows = await db
      .select(listColumns)
      .from(d)
      .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
      .where(where)
      .orderBy(desc(d.publishedOn), asc(d.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { items: rows, total: total?.n ?? 0, page, pageSize };
  });

  app.get('/api/public/normative-documents/cleanups', { schema: { tags, summary: '已公布的规范性文件清理结果（继续有效、修改、废止、失效目录）' }, config }, async () => {
    const published = await db
      .select({
        id: campaigns.id,
        name: campaigns.name,
        orgUnitName: orgUnits.name,
        scopeFrom: campaigns.scopeFrom,
        scopeTo: campaigns.scopeTo,
        closedOn: campaigns.closedOn,
        publishedOn: campaigns.publishedOn,
      })
      .from(campaigns)
      .innerJoin(orgUnits, eq(orgUnits.id, campaigns.orgUnitId))
      .where(and(isNull(campaigns.deletedAt), eq(campaigns.state, 'published')))
      .orderBy(desc(campaigns.publishedOn));
    if (published.length === 0) return [];
    const rows = await db
      .select({ campaignId: items.campaignId, conclusion: items.conclusion, reason: items.reason, docNumber: d.docNumber, title: d.title, orgUnitName: orgUnits.name, publishedOn: d.publishedOn })
      .from(items)
      .innerJoin(d, eq(d.id, items.documentId))
      .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
      .where(
        inArray(
          items.campaignId,
          published.map((c) => c.id),
        ),
      )
      .orderBy(asc(d.publishedOn), asc(d.docNumber));
    return published.map((c) => ({
      ...c,
      lists: cleanupConclusions.items.map((k) => ({
        conclusion: k.code,
        label: `${k.label}的文件目录`,
        documents: rows.filter((r) => r.campaignId === c.id && r.conclusion === k.code).map(({ campaignId: _c, conclusion: _k, ...rest }) => rest),
      })),
    }));
  });

  // Only the attachments someone published (files/service.ts setAttachmentPublished); an upload alone stays internal.
  app.get('/api/public/normative-documents/:id', { schema: { tags, summary: '现行有效规范性文件全文及附件', params }, config }, async (request) => {
    const [doc] = await db
      .select({ ...listColumns, registrationNumber: d.registrationNumber, publicationChannel: d.publicationChannel, fullText: d.fullText })
      .from(d)
      .innerJoin(orgUnits, eq(orgUnits.id, d.orgUnitId))
      .where(publicDocument(eq(d.id, request.params.id)));
    if (!doc) throw new AppError('notFound');
    const files = await db
      .select({ id: attachments.id, filename: attachments.filename, size: attachments.size })
      .from(attachments)
      .where(and(eq(attachments.entityType, documentSpec.entity), eq(attachments.entityId, doc.id), isNull(attachments.deletedAt), isNotNull(attachments.publishedAt)))
      .orderBy(attachments.createdAt);
    return { ...doc, publicationChannelLabel: publicationChannels.label(doc.publicationChannel), attachments: files };
  });

  app.get(
    '/api/public/normative-documents/:id/attachments/:attachmentId',
    { schema: { tags, summary: '下载现行有效规范性文件的附件', params: params.extend({ attachmentId: idField }) }, config },
    async (request, reply) => {
      const [row] = await db
        .select({ sha256: attachments.sha256, filename: attachments.filename })
        .from(attachments)
        .innerJoin(d, eq(d.id, attachments.entityId))
        .where(
          and(
            publicDocument(eq(d.id, request.params.id)),
            eq(attachments.id, request.params.attachmentId),
            eq(attachments.entityType, documentSpec.entity),
            isNull(attachments.deletedAt),
            isNotNull(attachments.publishedAt),
          ),
        );
      if (!row) throw new AppError('notFound');
      return sendDownload(reply, row.filename, files.get(row.sha256));
    },
  );
}
