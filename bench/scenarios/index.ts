import { bigramsOf, commonBigramShare } from '../../apps/server/src/platform/register/search.js';
import { demoPassword } from '../../apps/server/src/seed/demo-district.js';
import type { Prepared } from '../lib/prepare.js';
import type { EngineName, SqlClient } from '../lib/target.js';
import { certificationScenarios } from './certification.js';
import { legalAdvisersScenarios } from './legal-advisers.js';
import { judicialOfficesScenarios } from './judicial-offices.js';
import { enforcementScenarios } from './enforcement.js';
import { litigationScenarios } from './litigation.js';
import { correctionScenarios } from './correction.js';
import { decisionsScenarios } from './decisions.js';
import { legalReviewScenarios } from './legal-review.js';
import { mediationScenarios } from './mediation.js';
import { normativeDocsScenarios } from './normative-docs.js';
import { platformScenarios } from './platform.js';
import { publicityScenarios } from './publicity.js';
import { resettlementScenarios } from './resettlement.js';
import { inspectionScenarios } from './inspection.js';
import { studyScenarios } from './study.js';

/** The account every scenario runs as (`fzb`: 法治办, whole-district scope) and what its scope is in SQL terms. */
export type BenchActor = { username: string; password: string; userId: string; orgUnitId: string; scopePath: string };

/** Looks up `fzb` and the root of its scope in the prepared data. */
export async function benchActor(sql: SqlClient): Promise<BenchActor> {
  const [row] = await sql.query(
    `select u.id, u.org_unit_id, o.path from users u join role_grants g on g.user_id = u.id join org_units o on o.id = g.org_unit_id
     where u.username = 'fzb' order by length(o.path) limit 1`,
  );
  if (!row) throw new Error('user fzb missing from the prepared data');
  return { username: 'fzb', password: demoPassword, userId: String(row.id), orgUnitId: String(row.org_unit_id), scopePath: String(row.path) };
}

/**
 * What every API request pays before its own query: the user and their grants with their units' paths (the server
 * reads them by session token; here by user id, the same join). Minimal baselines include it so that API ÷ SQL is fair.
 */
export async function rawSession(sql: SqlClient, actor: BenchActor): Promise<void> {
  await sql.query(
    `select u.*, coalesce((select json_agg(json_build_object('role', g.role, 'orgUnitId', g.org_unit_id, 'orgUnitName', o.name, 'path', o.path))
       from role_grants g join org_units o on o.id = g.org_unit_id where g.user_id = u.id), '[]'::json) as grants
     from users u where u.id = $1`,
    [actor.userId],
  );
}

/**
 * The raw WHERE for a keyword search, as the register kit builds it (filters.ts `searchCondition`): through the bigram
 * index unless the statistics say a twentieth of the rows or more have the word's bigrams, then a plain LIKE. Read
 * once from the same statistics the server reads, so the baseline takes the path the API takes. `$1` is the pattern.
 */
export async function rawSearchCondition(sql: SqlClient, table: string, alias: string, word: string): Promise<{ condition: string; value: string }> {
  const needle = word.toLowerCase();
  const rows = await sql.query(
    `select u.e, u.f from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as u(e, f)
     where s.schemaname = current_schema() and s.tablename = $1 and s.attname = 'search_bigrams'`,
    [`${table}_search_idx`],
  );
  const frequency = new Map(rows.map((r) => [String(r.e), Number(r.f)]));
  const share = bigramsOf(needle).reduce((s, b) => s * (frequency.get(b) ?? 0), 1);
  const like = `${alias}.search_text like $1`;
  const viaIndex = bigramsOf(needle).length > 0 && share < commonBigramShare;
  return { condition: viaIndex ? `search_bigrams(${alias}.search_text) @> search_bigrams('${needle}'::text) and ${like}` : like, value: `%${needle}%` };
}

/** What a module's scenario factory may use: raw SQL for fixtures (ids to rotate over), the data set, the actor. */
export type BenchEnv = { sql: SqlClient; prepared: Prepared; actor: BenchActor };

export type HttpRequest = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: string };

/** Conditions under which a target is judged; elsewhere it is printed but marked "—". */
export type TargetWhen = { engine?: EngineName; scale?: number; connections?: number };

export type LatencyTarget = { metric: 'p50' | 'p99'; maxMs: number; when?: TargetWhen };

export type Scenario = {
  /** `<module>.<what>`, stable: results are compared across runs by this name. */
  name: string;
  description: string;
  kind: 'read' | 'write';
  /**
   * `load`: autocannon for the run's duration at the run's connection count. `sequential`: `count` requests one
   * after another (for rate-limited routes such as login).
   */
  mode: 'load' | 'sequential';
  count?: number;
  /** A fixed request, or a source of requests (rotating ids, cases made by an earlier scenario). */
  request: HttpRequest | (() => HttpRequest);
  /** Session cookie on the request (default true). */
  authenticated?: boolean;
  /** Another account to sign in as for this scenario (a 社区矫正对象's phone), instead of the bench actor. */
  signInAs?: { username: string; password: string };
  /** When requests come from a finite pool: how many are left; the scenario sends at most that many. */
  available?: () => number;
  onResponse?: (status: number, body: string) => void;
  /** A warm-up second before measuring (default true; off for scenarios that consume a pool). */
  warmup?: boolean;
  /**
   * The same data fetched with raw SQL through the driver (no HTTP, no session check, no Drizzle, no JSON):
   * the baseline for API ÷ raw. `i` counts calls, for rotating ids.
   */
  raw?: (sql: SqlClient, i: number) => Promise<void>;
  targets?: LatencyTarget[];
  /** A load profile of its own (300 candidates answering every 10 s): this many connections instead of the run's… */
  connections?: number;
  /** …sending this many requests per second in all (autocannon's overallRate) rather than as fast as they can. */
  overallRate?: number;
};

export type ScenarioModule = { module: string; scenarios: (env: BenchEnv) => Promise<Scenario[]> };

/**
 * Every module's scenarios, run in this order. Reads come before writes in each module, so reads see exactly the
 * prepared data (which the raw-SQL baseline also reads); the platform's login comes last.
 */
export const scenarioModules: ScenarioModule[] = [
  litigationScenarios,
  legalAdvisersScenarios,
  judicialOfficesScenarios,
  mediationScenarios,
  publicityScenarios,
  studyScenarios,
  enforcementScenarios,
  certificationScenarios,
  inspectionScenarios,
  correctionScenarios,
  legalReviewScenarios,
  normativeDocsScenarios,
  decisionsScenarios,
  resettlementScenarios,
  platformScenarios,
];

/** Targets judged on the whole run or on every read scenario. */
export const runTargets = { apiRawRatioP50: 1.5, serverRssMb: 300 };
