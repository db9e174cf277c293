import { changePasswordSchema, loginSchema, meResponse, okResponse } from '@fazhi/core';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import { changePassword, describeMe, login, logout, resolveSession } from './service.js';
import { sessionPolicy } from './session-policy.js';

/**
 * Password guesses per address per minute, counted across login and password change together (the rate-limit
 * plugin keeps one counter per route, which would double the guesses).
 */
export function passwordGuessLimit(max: number, windowMs = 60_000) {
  const counts = new Map<string, { n: number; since: number }>();
  return async (request: FastifyRequest) => {
    const now = Date.now();
    if (counts.size > 10_000) for (const [ip, c] of counts) if (now - c.since >= windowMs) counts.delete(ip);
    let c = counts.get(request.ip);
    if (!c || now - c.since >= windowMs) counts.set(request.ip, (c = { n: 0, since: now }));
    if (++c.n > max) throw new AppError('rateLimited');
  };
}

// Credentials are a few hundred bytes; a larger body is refused before it is read whole.
const credentialsBodyLimit = 16 * 1024;

export async function authRoutes(app: App, { db, config }: Services) {
  const guessLimit = passwordGuessLimit(config.loginRateLimit);
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
      config: { public: true },
      bodyLimit: credentialsBodyLimit,
      onRequest: guessLimit,
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
    {
      schema: { tags: ['认证'], summary: '修改密码', body: changePasswordSchema, response: { 200: okResponse } },
      config: { duringPasswordChange: true },
      bodyLimit: credentialsBodyLimit,
      onRequest: guessLimit,
    },
    async (request) => {
      await changePassword(db, actorOf(request), request.body.oldPassword, request.body.newPassword);
      return { ok: true };
    },
  );
}
