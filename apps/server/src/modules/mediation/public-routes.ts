import { publicCommitteesSchema } from '@fazhi/core/mediation';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { App, Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { mediationCommittees } from './tables.js';

/** The portal's 人民调解委员会 directory by 街道: name, address and the office phone; no person's phone. */
export function mediationPublicRoutes(app: App, { db }: Services) {
  const parent = alias(orgUnits, 'parent');
  app.get(
    '/api/public/mediation-committees',
    { schema: { tags: ['政务公开（无需登录）'], summary: '人民调解委员会名录（名称、地址、办公电话）', response: { 200: publicCommitteesSchema } }, config: { public: true } },
    async () => {
      const rows = await db
        .select({
          subdistrict: parent.name,
          parentKind: parent.kind,
          unitName: orgUnits.name,
          name: mediationCommittees.name,
          level: mediationCommittees.level,
          address: mediationCommittees.address,
          officePhone: mediationCommittees.officePhone,
        })
        .from(mediationCommittees)
        .innerJoin(orgUnits, eq(orgUnits.id, mediationCommittees.orgUnitId))
        .innerJoin(parent, eq(parent.id, orgUnits.parentId))
        .where(and(isNull(mediationCommittees.deletedAt)))
        .orderBy(asc(parent.path), asc(mediationCommittees.level), asc(orgUnits.sortOrder), asc(orgUnits.path));
      const bySubdistrict = new Map<string, { name: string; level: string; unitName: string; address: string; officePhone: string }[]>();
      for (const { subdistrict, parentKind: _kind, ...c } of rows) {
        const list = bySubdistrict.get(subdistrict) ?? [];
        bySubdistrict.set(subdistrict, list);
        list.push(c);
      }
      return [...bySubdistrict].map(([subdistrict, committees]) => ({ subdistrict, committees }));
    },
  );
}
