import { noticeListResponse } from '@fazhi/core';
import { z } from 'zod';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { markRead, noticesFor } from './service.js';

const tags = ['提醒'];
const readResponse = z.object({ read: z.int() });

export async function notifyRoutes(app: App, { db }: Services) {
  app.get('/api/notifications', { schema: { tags, summary: '本人数据范围内的期限提醒与逾期预警，及发给本人的消息（已读/未读）', response: { 200: noticeListResponse } } }, async (request) =>
    noticesFor(db, actorOf(request)),
  );
  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: '将发给本人的一条消息标记为已读', params: z.object({ id: z.string().regex(/^[1-9]\d{0,14}$/, { message: '消息编号不正确' }) }), response: { 200: readResponse } } },
    async (request) => markRead(db, actorOf(request), Number(request.params.id)),
  );
  app.post('/api/notifications/read-all', { schema: { tags, summary: '将发给本人的消息全部标记为已读', response: { 200: readResponse } } }, async (request) => markRead(db, actorOf(request)));
}
