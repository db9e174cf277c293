import { publicOfficesSchema } from '@fazhi/core/judicial-offices';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { App, Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { judicialOffices } from './tables.js';

/** The public portal's 司法所 directory: each office's address, office phone and latest confirmed star level. */
export function judicialOfficesPublicRoutes(app: App, { db }: Services) {
  const parent = alias(orgUnits, 'parent');
  app.get(
    '/api/public/judicial-offices',
    { schema: { tags: ['政务公开（无需登录）'], summary: '司法所名录（地址、办公电话、规范化星级）', response: { 200: publicOfficesSchema } }, config: { public: true } },
    async () => {
      const rows = await db
        .select({
          name: orgUnits.name,
          subdistrict: parent.name,
          address: judicialOffices.address,
          officePhone: judicialOffices.officePhone,
          // The latest confirmed rating: a level still under review is not published.
          rated: sql<
            string | null
          >`(select r.star_level || ':' || r.year from judicial_ratings r where r.org_unit_id = ${orgUnits.id} and r.state = 'confirmed' and r.deleted_at is null order by r.year desc limit 1)`,
        })
        .from(orgUnits)
        .innerJoin(parent, eq(parent.id, orgUnits.parentId))
        .leftJoin(judicialOffices, and(eq(judicialOffices.orgUnitId, orgUnits.id), isNull(judicialOffices.deletedAt)))
        .where(eq(orgUnits.kind, 'judicialOffice'))
        .orderBy(asc(parent.path), asc(orgUnits.sortOrder), asc(orgUnits.name));
      return rows.map(({ rated, ...r }) => {
        const [level, year] = rated ? rated.split(':') : [null, null];
        return { ...r, starLevel: level === null ? null : Number(level), ratedYear: year === null ? null : Number(year) };
      });
    },
  );
}
