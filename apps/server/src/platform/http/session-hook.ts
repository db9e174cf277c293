import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../auth/service.js';
import { sessionPolicy } from '../auth/session-policy.js';
import { AppError } from './errors.js';
import { isApiDocs, isApiRequest } from './api-path.js';
import type { App, Services } from './types.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request protection for every mutation, whatever its path (the router decodes `/%61pi/…` to `/api/…`,
 * so the check must not depend on how the path was spelled): the session cookie is SameSite=Strict; a request whose
 * Origin is another site, unparseable or "null", or which the browser marks Sec-Fetch-Site: cross-site, is refused.
 * `request.host` is the Host header unless FAZHI_TRUST_PROXY=1, when it is X-Forwarded-Host.
 */
function assertSameSite(request: FastifyRequest) {
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('crossSite');
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('crossSite', '请求来源（Origin）格式不正确');
  }
  if (!host || host !== request.host) throw new AppError('crossSite');
}

const jsonType = /^application\/json\s*(;|$)/i;

/**
 * Bodies of mutations are JSON only, which a cross-site form cannot send without a CORS preflight that this server
 * never grants. Upload routes (documented as consuming multipart/form-data) are left to the multipart parser.
 */
function assertJsonBody(request: FastifyRequest) {
  const type = request.headers['content-type'];
  const hasBody = type !== undefined || Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return;
  const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes;
  if (consumes?.includes('multipart/form-data')) return;
  if (!type || !jsonType.test(type)) throw new AppError('unsupportedMediaType');
}

export function installSessionHook(app: App, services: Services) {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!safeMethods.has(request.method)) {
      assertSameSite(request);
      assertJsonBody(request);
    }
    if (!isApiRequest(request)) return;
    const route = request.routeOptions.url;
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
    if (request.routeOptions.config?.public || !route || route === '/*') return;
    if (isApiDocs(request)) return;
    if (!request.actor) throw new AppError('unauthenticated');
    if (request.actor.mustChangePassword && !request.routeOptions.config?.duringPasswordChange) {
      throw new AppError('passwordChangeRequired');
    }
  });
}
