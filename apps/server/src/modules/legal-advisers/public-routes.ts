import { toIsoDate } from '@fazhi/core';
import { publicVillageAdvisersSchema } from '@fazhi/core/legal-advisers';
import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { App, Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { legalAdvisers, legalAdviserUnits } from './tables.js';

/** The public portal's 一村一法律顾问 directory: advisers under contract today per 村(社区); names and firms only. */
export function legalAdvisersPublicRoutes(app: App, { db }: Services) {
  const parent = alias(orgUnits, 'parent');
  app.get(
    '/api/public/village-advisers',
    { schema: { tags: ['政务公开（无需登录）'], summary: '村(社区)法律顾问名录（在聘顾问的姓名或律所，不含联系方式）', response: { 200: publicVillageAdvisersSchema } }, config: { public: true } },
    async () => {
      const today = toIsoDate(new Date());
      const rows = await db
        .select({ subdistrict: parent.name, community: orgUnits.name, communityPath: orgUnits.path, adviser: legalAdvisers.name, kind: legalAdvisers.kind, lawFirm: legalAdvisers.lawFirm })
        .from(orgUnits)
        .innerJoin(parent, eq(parent.id, orgUnits.parentId))
        .leftJoin(legalAdviserUnits, eq(legalAdviserUnits.orgUnitId, orgUnits.id))
        .leftJoin(
          legalAdvisers,
          and(eq(legalAdvisers.id, legalAdviserUnits.adviserId), isNull(legalAdvisers.deletedAt), lte(legalAdvisers.contractStartOn, today), gte(legalAdvisers.contractEndOn, today)),
        )
        .where(eq(orgUnits.kind, 'community'))
        .orderBy(asc(parent.path), asc(orgUnits.sortOrder), asc(orgUnits.path), asc(legalAdvisers.name));
      const bySubdistrict = new Map<string, Map<string, { name: string; lawFirm: string | null }[]>>();
      for (const r of rows) {
        const communities = bySubdistrict.get(r.subdistrict) ?? new Map<string, { name: string; lawFirm: string | null }[]>();
        bySubdistrict.set(r.subdistrict, communities);
        const advisers = communities.get(r.community) ?? [];
        communities.set(r.community, advisers);
        // A law firm is its own name; a lawyer shows with their firm.
        if (r.adviser) advisers.push({ name: r.adviser, lawFirm: r.kind === 'lawFirm' ? null : r.lawFirm });
      }
      return [...bySubdistrict].map(([subdistrict, communities]) => ({ subdistrict, communities: [...communities].map(([name, advisers]) => ({ name, advisers })) }));
    },
  );
}
