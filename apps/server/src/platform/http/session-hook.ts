import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../auth/service.js';
import { sessionPolicy } from '../auth/session-policy.js';
import { AppError } from './errors.js';
import type { App, Services } from './types.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request protection for every mutation: the session cookie is SameSite=Strict; a request whose
 * Origin is another site, or which the browser marks Sec-Fetch-Site: cross-site, is refused; and bodies are
 * JSON only, which a cross-site form cannot send without a CORS preflight that this server never grants.
 */
function assertSameSite(request: FastifyRequest) {
  if (safeMethods.has(request.method)) return;
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('crossSite');
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    const host = request.headers['x-forwarded-host'] ?? request.headers.host;
    if (new URL(origin).host !== host) throw new AppError('crossSite');
  } else if (origin === 'null') throw new AppError('crossSite');
}

export function installSessionHook(app: App, services: Services) {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    assertSameSite(request);
    const token = request.cookies[sessionPolicy.cookieName];
    if (token) {
      try {
        request.actor = await resolveSession(services.db, token, request.ip);
      } catch (e) {
        reply.clearCookie(sessionPolicy.cookieName, { path: '/' });
        if (!request.routeOptions.config?.public) throw e;
      }
    }
    // No API route matched (or only the static files' catch-all): let the 404 handler answer.
    if (request.routeOptions.config?.public || !request.routeOptions.url || request.routeOptions.url === '/*') return;
    // The API reference (Swagger UI) is as public as /api/openapi.json.
    if (request.url.startsWith('/api/docs')) return;
    if (!request.actor) throw new AppError('unauthenticated');
    if (request.actor.mustChangePassword && !request.routeOptions.config?.duringPasswordChange) {
      throw new AppError('passwordChangeRequired');
    }
  });
}
