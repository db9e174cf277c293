import { globalSearchQuery, globalSearchResponse, searchPerRegister, type GlobalSearchResult } from '@fazhi/core';
import { desc, eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../access/actor.js';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { orgUnits } from '../org/tables.js';
import { registersByPath, type RegisterDef } from './define.js';
import { recordTitle, titleFields } from './record-title.js';
import { searchCondition } from './filters.js';
import { readConditions } from './service.js';
import { bigramFrequencies } from './search.js';
import { mountedRegisters } from './routes.js';

/** One register's matches, read under the same conditions as its list (scope, assignments, not deleted). */
async function searchRegister(services: Services, actor: Actor, def: RegisterDef, q: string): Promise<GlobalSearchResult['groups'][number] | null> {
  const fields = titleFields(def);
  const table = def.table as unknown as Record<string, AnyPgColumn>;
  const frequency = await bigramFrequencies(services.db, def.table);
  const rows = await services.db
    .select({ id: def.table.id, orgUnitName: orgUnits.name, ...Object.fromEntries(fields.map((f) => [f.name, table[f.name]!])) })
    .from(def.table)
    .leftJoin(orgUnits, eq(orgUnits.id, def.table.orgUnitId))
    .where(readConditions(def, actor, [searchCondition(def.table.searchText, q, frequency)]))
    .orderBy(desc(def.table.updatedAt))
    .limit(searchPerRegister + 1);
  if (rows.length === 0) return null;
  return {
    path: def.spec.path,
    module: def.spec.module,
    title: def.spec.title,
    items: rows.slice(0, searchPerRegister).map((r) => ({
      id: String(r.id),
      label: recordTitle(def, r),
      orgUnitName: r.orgUnitName == null ? null : String(r.orgUnitName),
    })),
    more: rows.length > searchPerRegister,
  };
}

/** 全局搜索: a 案号 or title across every register of the app, each searched with the kit's keyword search and read scope. */
export function globalSearchRoutes(app: App, services: Services) {
  app.get(
    '/api/search',
    { schema: { tags: ['全局搜索'], summary: '按案号或标题搜索有权查看的各类记录', querystring: globalSearchQuery, response: { 200: globalSearchResponse } } },
    async (request) => {
      const actor = actorOf(request);
      const groups: GlobalSearchResult['groups'] = [];
      // One register after another: PGlite has one connection, and each query is an index probe.
      for (const spec of mountedRegisters(app)) {
        const def = registersByPath.get(spec.path);
        if (!def) continue;
        const group = await searchRegister(services, actor, def, request.query.q);
        if (group) groups.push(group);
      }
      return { groups };
    },
  );
}
