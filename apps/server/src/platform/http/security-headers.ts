import type { FastifyReply, FastifyRequest } from 'fastify';
import { isApiDocs, isApiRequest } from './api-path.js';
import type { App } from './types.js';

/**
 * The web app (/ and /m/): its own scripts only, never eval (zod runs jitless in the browser, see
 * `@fazhi/core/zod-browser`); antd and ECharts write inline styles, images may be data:/blob: (charts saved as
 * pictures), and nothing may frame it.
 */
export const appPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Everything else the API answers, HTML it renders included (report preview and versions, whose text staff wrote):
 * no scripts, no fetches, no forms — inline styles and embedded images only.
 */
export const documentPolicy = ["default-src 'none'", "script-src 'none'", "style-src 'unsafe-inline'", 'img-src data:', "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');

/**
 * Headers every response carries. API answers are `no-store` (they carry personal data, and a shared computer's
 * browser cache must not keep them); the web app's hashed assets keep the long cache set where they are served.
 */
export function installSecurityHeaders(app: App) {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    // The API reference (Swagger UI) is a page with its own scripts, like the web app.
    const api = isApiRequest(request) && !isApiDocs(request);
    reply.header('content-security-policy', api ? documentPolicy : appPolicy);
    if (api) reply.header('cache-control', 'no-store');
    return payload;
  });
}
