import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { healthResponse } from '@fazhi/core';
import type { ReviewSubjectKind } from '@fazhi/core/legal-review';
import type { Config } from './config.js';
import { loadAuditKey, useAuditKey } from './platform/audit/keys.js';
import { auditRoutes } from './platform/audit/routes.js';
import { authRoutes } from './platform/auth/routes.js';
import { PersonalDataCipher } from './platform/crypto/sm.js';
import { FileStore } from './platform/files/store.js';
import { maxAttachmentBytes } from './platform/files/service.js';
import multipart from '@fastify/multipart';
import type { Database } from './platform/db/client.js';
import { installErrorHandling } from './platform/http/errors.js';
import { installInputGuard } from './platform/http/input-guard.js';
import { installSecurityHeaders } from './platform/http/security-headers.js';
import { installSessionHook } from './platform/http/session-hook.js';
import { responseSerializer } from './platform/http/serializer.js';
import type { App, FazhiTypeProvider, Services } from './platform/http/types.js';
import { indicatorRoutes } from './platform/indicators/routes.js';
import { notifyRoutes } from './platform/notify/routes.js';
import { myWorkRoutes, myWorkRulesOf } from './platform/my-work/routes.js';
import { orgRoutes } from './platform/org/routes.js';
import { globalSearchRoutes } from './platform/register/global-search.js';
import { userRoutes } from './platform/users/routes.js';
import { modules } from './modules/index.js';
import { registerReviewSubject } from './modules/legal-review/subjects.js';
import { indicatorRegistry } from './reports/registry.js';
import { publicRoutes } from './reports/public/routes.js';

export const version = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string;
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp(config: Config, database: Database, options: { logger?: boolean } = {}): Promise<App & { services: Services }> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
    // Long path segments reach the contracts (a 400 naming the field) instead of the router's bare 414.
    routerOptions: { maxParamLength: 10_000 },
    // Prototype-poisoning keys are dropped while parsing, so the contract then judges what is left and names the field.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
    // A HEAD twin for every GET route lengthened the router's build at each start, and no client sends HEAD to the
    // API. Static files answer HEAD on their own; the health check keeps it for monitors.
    exposeHeadRoutes: false,
  }).withTypeProvider<FazhiTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer());

  // The chain key and the checkpoint keys live in the data directory (or the environment), never in the database.
  useAuditKey(loadAuditKey(config.dataDir, config.auditKeyHex)!);
  const services: Services = {
    db: database.db,
    engine: database.engine,
    cipher: PersonalDataCipher.fromConfig(config.dataDir, config.sm4KeyHex),
    files: FileStore.inDataDir(config.dataDir),
    config,
  };

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: maxAttachmentBytes, files: 1, fields: 5 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: '法治政府建设综合管理平台 API', version },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'fazhi_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  const hasWeb = fs.existsSync(webDist);
  installErrorHandling(app, { spaIndex: hasWeb });
  installSecurityHeaders(app);
  installSessionHook(app, services);
  installInputGuard(app);

  app.get('/api/health', { exposeHeadRoute: true, schema: { tags: ['系统'], summary: '健康检查', response: { 200: healthResponse } }, config: { public: true } }, async () => ({
    status: 'ok' as const,
    db: services.engine,
    version,
  }));
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  await authRoutes(app, services);
  await orgRoutes(app, services);
  await userRoutes(app, services);
  await auditRoutes(app, services);
  await notifyRoutes(app, services);
  await myWorkRoutes(app, services, await myWorkRulesOf(modules));
  await indicatorRoutes(app, services, indicatorRegistry);
  for (const m of modules) {
    for (const [kind, lookup] of Object.entries(m.reviewSubjects ?? {})) registerReviewSubject(kind as ReviewSubjectKind, lookup);
    await m.routes(app, services);
  }
  await publicRoutes(app, services);
  globalSearchRoutes(app, services);

  // Assets are looked up on each request, so a rebuilt web app needs no restart. The build writes .br/.gz beside
  // each text asset; files under assets/ carry a content hash in their names, so browsers may keep them a year,
  // while index.html (which names them) is revalidated on every visit.
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, file) => {
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return Object.assign(app, { services });
}
