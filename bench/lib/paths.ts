import path from 'node:path';

export const benchDir = path.resolve(import.meta.dirname, '..');
export const repoRoot = path.resolve(benchDir, '..');
/** Prepared databases (templates), their per-run copies and server logs; git-ignored. */
export const workDir = path.join(benchDir, '.work');
export const resultsDir = path.join(benchDir, 'results');

/** The PostgreSQL server the bench uses when no URL is given (the CI's local server, trust auth). */
export const defaultPostgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Benchmark data is fictional, so a fixed SM4 key is fine; passing it to the server as FAZHI_SM4_KEY means the
 * generator and the server agree on it without a key file.
 */
export const benchSm4Key = '62656e63686d61726b2d6b6579303031';
/** The audit chain key of bench data sets, given to the server as FAZHI_AUDIT_KEY for the same reason. */
export const benchAuditKey = '62656e63686d61726b2d61756469742d6b65792d303030303030303030303031';
