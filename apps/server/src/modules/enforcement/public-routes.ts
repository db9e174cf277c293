import { toIsoDate } from '@fazhi/core';
import {
  certificateCheckQuerySchema,
  certificateCheckSchema,
  disclosureYears,
  maskPartyName,
  publicBodiesSchema,
  publicDisclosuresQuerySchema,
  publicDisclosuresSchema,
  publicLeniencyListSchema,
} from '@fazhi/core/enforcement';
import { and, asc, count, desc, eq, gt, isNotNull, isNull, lte, ne, or } from 'drizzle-orm';
import type { App, Services } from '../../platform/http/types.js';
import { enforcementBodies, enforcementCases, enforcementCertificates, enforcementItems, enforcementLeniencyItems, enforcementOfficers, enforcementStandards } from './tables.js';

const tags = ['政务公开（无需登录）'];
// 29 February becomes the 28th: the shifted year may have no 29th.
const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4).replace('-02-29', '-02-28')}`;

/** The portal: 执法主体 with their 执法事项 and 裁量基准 (行政处罚法 第34条: 基准 published), the 不罚轻罚 list, and the certificate check. */
export function enforcementPublicRoutes(app: App, { db, config }: Services) {
  app.get('/api/public/enforcement/bodies', { schema: { tags, summary: '执法主体及其执法事项清单、裁量基准', response: { 200: publicBodiesSchema } }, config: { public: true } }, async () => {
    const bodies = await db
      .select({ id: enforcementBodies.id, name: enforcementBodies.name, kind: enforcementBodies.kind, field: enforcementBodies.field })
      .from(enforcementBodies)
      .where(isNull(enforcementBodies.deletedAt))
      .orderBy(asc(enforcementBodies.name));
    const items = await db
      .select({
        id: enforcementItems.id,
        bodyId: enforcementItems.bodyId,
        code: enforcementItems.code,
        name: enforcementItems.name,
        kind: enforcementItems.kind,
        legalBasis: enforcementItems.legalBasis,
      })
      .from(enforcementItems)
      .where(isNull(enforcementItems.deletedAt))
      .orderBy(asc(enforcementItems.code));
    const standards = await db
      .select({
        itemId: enforcementStandards.itemId,
        circumstance: enforcementStandards.circumstance,
        fineMin: enforcementStandards.fineMin,
        fineMax: enforcementStandards.fineMax,
        measure: enforcementStandards.measure,
      })
      .from(enforcementStandards)
      .where(isNull(enforcementStandards.deletedAt))
      .orderBy(asc(enforcementStandards.createdAt));
    const byItem = new Map<string, typeof standards>();
    for (const s of standards) byItem.set(s.itemId, [...(byItem.get(s.itemId) ?? []), s]);
    return bodies.map((b) => ({
      ...b,
      items: items.filter((i) => i.bodyId === b.id).map(({ id, bodyId: _b, ...i }) => ({ ...i, standards: (byItem.get(id) ?? []).map(({ itemId: _i, ...s }) => s) })),
    }));
  });

  app.get('/api/public/enforcement/leniency-items', { schema: { tags, summary: '不罚轻罚、首违不罚清单', response: { 200: publicLeniencyListSchema } }, config: { public: true } }, async () =>
    db
      .select({
        code: enforcementLeniencyItems.code,
        behaviour: enforcementLeniencyItems.behaviour,
        legalBasis: enforcementLeniencyItems.legalBasis,
        outcome: enforcementLeniencyItems.outcome,
        conditions: enforcementLeniencyItems.conditions,
        field: enforcementLeniencyItems.field,
      })
      .from(enforcementLeniencyItems)
      .where(isNull(enforcementLeniencyItems.deletedAt))
      .orderBy(asc(enforcementLeniencyItems.code)),
  );

  // One exact number in, one answer out: no listing, no partial match, and the login's per-address rate limit.
  app.get(
    '/api/public/enforcement/certificate-check',
    {
      schema: { tags, summary: '执法证件查验（输入证号，显示持证人姓名、执法主体、证件类别及是否有效）', querystring: certificateCheckQuerySchema, response: { 200: certificateCheckSchema } },
      config: { public: true, rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (request) => {
      const [row] = await db
        .select({ name: enforcementOfficers.name, bodyName: enforcementOfficers.bodyName, kind: enforcementCertificates.kind, status: enforcementCertificates.status })
        .from(enforcementCertificates)
        .innerJoin(enforcementOfficers, eq(enforcementOfficers.id, enforcementCertificates.officerId))
        .where(and(eq(enforcementCertificates.number, request.query.number), isNull(enforcementCertificates.deletedAt), isNull(enforcementOfficers.deletedAt)));
      if (!row) return { found: false, name: null, bodyName: null, kind: null, valid: false };
      // 待年审 still lets the officer act (the review is late, not failed); 暂扣 and 注销 do not.
      return { found: true, name: row.name, bodyName: row.bodyName, kind: row.kind, valid: row.status === 'valid' || row.status === 'reviewDue' };
    },
  );

  // 三项制度 事后公开: disclosed, not withdrawn, within its display period (disclosureYears).
  app.get(
    '/api/public/enforcement/disclosures',
    { schema: { tags, summary: '行政执法决定公示（三项制度）', querystring: publicDisclosuresQuerySchema, response: { 200: publicDisclosuresSchema } }, config: { public: true } },
    async (request) => {
      const k = enforcementCases;
      const today = toIsoDate(new Date());
      const shown = and(
        isNull(k.deletedAt),
        isNotNull(k.disclosedOn),
        isNull(k.withdrawnOn),
        lte(k.disclosedOn, today),
        or(
          and(eq(k.partyKind, 'person'), gt(k.disclosedOn, yearsBefore(today, disclosureYears.person))),
          and(ne(k.partyKind, 'person'), gt(k.disclosedOn, yearsBefore(today, disclosureYears.organisation))),
        ),
      );
      const { page, pageSize } = request.query;
      const [total] = await db.select({ n: count() }).from(k).where(shown);
      const rows = await db
        .select({
          caseNumber: k.caseNumber,
          bodyName: k.bodyName,
          itemName: k.itemName,
          itemKind: k.itemKind,
          partyKind: k.partyKind,
          partyName: k.partyName,
          outcome: k.outcome,
          decidedOn: k.decidedOn,
          disclosedOn: k.disclosedOn,
        })
        .from(k)
        .where(shown)
        .orderBy(desc(k.disclosedOn), asc(k.caseNumber))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return { total: total?.n ?? 0, items: rows.map(({ partyKind, partyName, disclosedOn, ...r }) => ({ ...r, partyName: maskPartyName(partyKind, partyName), disclosedOn: disclosedOn! })) };
    },
  );
}
