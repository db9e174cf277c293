import { idField, orgUnitCreateSchema, orgUnitListResponse, orgUnitRowSchema, orgUnitUpdateSchema } from '@fazhi/core';
import { z } from 'zod';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { createOrgUnit, listOrgUnits, updateOrgUnit } from './service.js';

export async function orgRoutes(app: App, { db }: Services) {
  const tags = ['组织机构'];
  app.get('/api/org/units', { schema: { tags, summary: '组织机构树（扁平列表，按层级排序）', response: { 200: orgUnitListResponse } } }, async (request) => listOrgUnits(db, actorOf(request)));
  app.post('/api/org/units', { schema: { tags, summary: '新增单位', body: orgUnitCreateSchema, response: { 201: orgUnitRowSchema } } }, async (request, reply) =>
    reply.code(201).send(await createOrgUnit(db, actorOf(request), request.body)),
  );
  app.patch('/api/org/units/:id', { schema: { tags, summary: '修改单位', params: z.object({ id: idField }), body: orgUnitUpdateSchema, response: { 200: orgUnitRowSchema } } }, async (request) =>
    updateOrgUnit(db, actorOf(request), request.params.id, request.body),
  );
}
