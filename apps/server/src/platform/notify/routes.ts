import { noticeListResponse } from '@fazhi/core';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { noticesFor } from './service.js';

export async function notifyRoutes(app: App, { db }: Services) {
  app.get('/api/notifications', { schema: { tags: ['提醒'], summary: '本人数据范围内的期限提醒与逾期预警', response: { 200: noticeListResponse } } }, async (request) =>
    noticesFor(db, actorOf(request)),
  );
}
