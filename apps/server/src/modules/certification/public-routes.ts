import { handlingWays, publicCertItemsQuery, publicCertItemsSchema } from '@fazhi/core/certification';
import { and, asc, eq, ilike, isNull, ne, or } from 'drizzle-orm';
import type { App, Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { certItems } from './tables.js';

const likeEscape = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The public portal's 证明事项清单 (保留 and 告知承诺 items with their basis), searchable by name, unit or basis. */
export function certificationPublicRoutes(app: App, { db }: Services) {
  app.get(
    '/api/public/certification-items',
    {
      schema: { tags: ['政务公开（无需登录）'], summary: '证明事项清单（在用事项及其依据、是否适用告知承诺）', querystring: publicCertItemsQuery, response: { 200: publicCertItemsSchema } },
      config: { public: true },
    },
    async (request) => {
      const { q, commitmentOnly } = request.query;
      const rows = await db
        .select({
          id: certItems.id,
          code: certItems.code,
          name: certItems.name,
          unit: orgUnits.name,
          legalBasis: certItems.legalBasis,
          handling: certItems.handling,
          commitmentApplies: certItems.commitmentApplies,
          effectiveOn: certItems.effectiveOn,
        })
        .from(certItems)
        .innerJoin(orgUnits, eq(orgUnits.id, certItems.orgUnitId))
        .where(
          and(
            isNull(certItems.deletedAt),
            ne(certItems.handling, 'cancelled'),
            commitmentOnly === 'true' ? eq(certItems.commitmentApplies, true) : undefined,
            q ? or(ilike(certItems.name, likeEscape(q)), ilike(orgUnits.name, likeEscape(q)), ilike(certItems.legalBasis, likeEscape(q))) : undefined,
          ),
        )
        .orderBy(asc(certItems.code))
        .limit(500);
      return rows.map((r) => ({ ...r, handlingLabel: handlingWays.label(r.handling) }));
    },
  );
}
