import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, FastifyTypeProvider, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { z } from 'zod';
import type { Config } from '../../config.js';
import type { Actor } from '../access/actor.js';
import type { PersonalDataCipher } from '../crypto/sm.js';
import type { Db, Engine } from '../db/client.js';
import type { FileStore } from '../files/store.js';
import { AppError } from './errors.js';

/** What every route and service receives: the database, the personal-data cipher and the settings. */
export type Services = { db: Db; engine: Engine; cipher: PersonalDataCipher; files: FileStore; config: Config };

/** What a handler may send for a response contract written in wire form: a Date where the wire has its ISO string. */
type Sendable<T> = T extends string ? T | Date : T extends readonly (infer U)[] ? Sendable<U>[] : T extends object ? { [K in keyof T]: Sendable<T[K]> } : T;

/** Requests typed by their zod contracts; replies checked against the response contracts (wire form, see Sendable). */
export interface FazhiTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? Sendable<z.input<this['schema']>> : unknown;
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, FazhiTypeProvider>;

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
