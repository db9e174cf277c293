import { changePasswordSchema, loginSchema, meResponse, okResponse } from '@fazhi/core';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { changePassword, describeMe, login, logout, resolveSession } from './service.js';
import { sessionPolicy } from './session-policy.js';

export async function authRoutes(app: App, { db, config }: Services) {
  const cookie = (maxAgeSeconds?: number) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.secureCookies,
    ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
  });

  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['认证'], summary: '登录', body: loginSchema, response: { 200: meResponse } },
      config: { public: true, rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token } = await login(db, { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] });
      reply.setCookie(sessionPolicy.cookieName, token, cookie(sessionPolicy.absoluteLifetimeMs / 1000));
      const actor = await resolveSession(db, token, request.ip);
      return describeMe(db, actor);
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['认证'], summary: '退出登录', response: { 200: okResponse } }, config: { duringPasswordChange: true } }, async (request, reply) => {
    await logout(db, actorOf(request));
    reply.clearCookie(sessionPolicy.cookieName, cookie());
    return { ok: true };
  });

  app.get('/api/auth/me', { schema: { tags: ['认证'], summary: '当前用户、角色与权限', response: { 200: meResponse } }, config: { duringPasswordChange: true } }, async (request) =>
    describeMe(db, actorOf(request)),
  );

  app.post(
    '/api/auth/password',
    { schema: { tags: ['认证'], summary: '修改密码', body: changePasswordSchema, response: { 200: okResponse } }, config: { duringPasswordChange: true } },
    async (request) => {
      await changePassword(db, actorOf(request), request.body.oldPassword, request.body.newPassword);
      return { ok: true };
    },
  );
}
