import type { FastifyRequest } from 'fastify';

const underApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** The path as the router saw it: percent-decoded, so `/%61pi/` is `/api/`. */
function decodedPath(url: string): string {
  const path = url.split('?')[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Whether a request is for the API, however its path was spelled: the session check and the response headers must
 * agree with the router, which decodes `/%61pi/…` to `/api/…`.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return underApi(decodedPath(request.url)) || (route !== undefined && underApi(route));
}

/** The API reference (Swagger UI): public like /api/openapi.json, and a page with its own scripts. */
export function isApiDocs(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith('/api/docs') ?? false;
}
