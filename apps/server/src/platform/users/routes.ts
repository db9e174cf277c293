import {
  grantCreatedResponse,
  idField,
  okResponse,
  resetPasswordSchema,
  roleGrantSchema,
  userCreatedResponse,
  userCreateSchema,
  userListResponse,
  userUpdatedResponse,
  userUpdateSchema,
} from '@fazhi/core';
import { z } from 'zod';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { addGrant, createUser, listUsers, removeGrant, resetPassword, updateUser } from './service.js';

export async function userRoutes(app: App, { db, cipher }: Services) {
  const tags = ['用户与授权'];
  const params = z.object({ id: idField });
  app.get('/api/users', { schema: { tags, summary: '用户列表（本单位及下属）', querystring: z.object({ q: z.string().max(50).optional() }), response: { 200: userListResponse } } }, async (request) =>
    listUsers(db, actorOf(request), request.query.q),
  );
  app.post('/api/users', { schema: { tags, summary: '新增用户（首次登录须改密）', body: userCreateSchema, response: { 201: userCreatedResponse } } }, async (request, reply) =>
    reply.code(201).send(await createUser(db, cipher, actorOf(request), request.body)),
  );
  app.patch('/api/users/:id', { schema: { tags, summary: '修改用户', params, body: userUpdateSchema, response: { 200: userUpdatedResponse } } }, async (request) =>
    updateUser(db, cipher, actorOf(request), request.params.id, request.body),
  );
  app.post('/api/users/:id/password', { schema: { tags, summary: '重置密码', params, body: resetPasswordSchema, response: { 200: okResponse } } }, async (request) => {
    await resetPassword(db, actorOf(request), request.params.id, request.body.password);
    return { ok: true };
  });
  app.post('/api/users/:id/grants', { schema: { tags, summary: '授予角色', params, body: roleGrantSchema, response: { 201: grantCreatedResponse } } }, async (request, reply) =>
    reply.code(201).send(await addGrant(db, actorOf(request), request.params.id, request.body)),
  );
  app.delete('/api/users/:id/grants/:grantId', { schema: { tags, summary: '撤销角色', params: params.extend({ grantId: idField }), response: { 200: okResponse } } }, async (request) => {
    await removeGrant(db, actorOf(request), request.params.id, request.params.grantId);
    return { ok: true };
  });
}
