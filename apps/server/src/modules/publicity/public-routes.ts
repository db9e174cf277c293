import { eventKinds, publicEventsSchema } from '@fazhi/core/publicity';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { App, Services } from '../../platform/http/types.js';
import { publicityEvents } from './tables.js';

/** The portal's 普法活动 list: published events only, newest first (no login). */
export function publicityPublicRoutes(app: App, { db }: Services) {
  app.get(
    '/api/public/publicity-events',
    { schema: { tags: ['政务公开（无需登录）'], summary: '普法活动（已公布的活动：日期、类型、名称、地点）', response: { 200: publicEventsSchema } }, config: { public: true } },
    async () => {
      const e = publicityEvents;
      const rows = await db
        .select({ id: e.id, heldOn: e.heldOn, kind: e.kind, title: e.title, place: e.place })
        .from(e)
        .where(and(isNull(e.deletedAt), eq(e.published, true)))
        .orderBy(desc(e.heldOn), desc(e.id))
        .limit(500);
      return rows.map((r) => ({ ...r, kindLabel: eventKinds.label(r.kind) }));
    },
  );
}
