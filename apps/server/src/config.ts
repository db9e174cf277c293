import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… to use a PostgreSQL server; absent → embedded PGlite in <dataDir>/pgdata. */
  databaseUrl?: string;
  /** 'memory://' keeps PGlite in memory (tests). */
  pgliteDir?: string;
  seedDemo: boolean;
  sm4KeyHex?: string;
  /** 64 hex characters: the HMAC-SM3 key of the audit chain (else keys/audit.key in the data directory). */
  auditKeyHex?: string;
  /** Cookies marked Secure (set when served over HTTPS). */
  secureCookies: boolean;
  logLevel: string;
  /** Login attempts per minute from one address. */
  loginRateLimit: number;
  /** Behind a reverse proxy: take the client address, host and scheme from X-Forwarded-* (FAZHI_TRUST_PROXY=1). */
  trustProxy: boolean;
  webDist?: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Relative to where `npm start` was typed (npm runs the workspace script inside apps/server).
  const dataDir = path.resolve(env.INIT_CWD ?? process.cwd(), env.FAZHI_DATA_DIR ?? 'data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    seedDemo: env.FAZHI_DEMO !== '0',
    sm4KeyHex: env.FAZHI_SM4_KEY || undefined,
    auditKeyHex: env.FAZHI_AUDIT_KEY || undefined,
    secureCookies: env.FAZHI_SECURE_COOKIES === '1',
    logLevel: env.FAZHI_LOG_LEVEL ?? 'info',
    loginRateLimit: Number(env.FAZHI_LOGIN_RATE_LIMIT ?? 20),
    trustProxy: env.FAZHI_TRUST_PROXY === '1',
  };
}
