import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import type { Actor } from '../access/actor.js';
import type { PersonalDataCipher } from '../crypto/sm.js';
import type { Db, Engine } from '../db/client.js';
import type { FileStore } from '../files/store.js';
import { AppError } from './errors.js';

/** What every route and service receives: the database, the personal-data cipher and the settings. */
export type Services = { db: Db; engine: Engine; cipher: PersonalDataCipher; files: FileStore; config: Config };

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
    /** Reachable while the user still has to change the initial password. */
    duringPasswordChange?: boolean;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
