import type { SqlClient } from '../lib/target.js';
import { rawSearchCondition, type HttpRequest, type LatencyTarget, type Scenario } from './index.js';

/** A register read's target where issue #12 sets it: p99 < 50 ms on PostgreSQL at scale 100 with 32 connections. */
export const readTarget: LatencyTarget[] = [{ metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } }];

const get = (path: string): HttpRequest => ({ method: 'GET', path });

export type RegisterReads = {
  /** `<module>` or `<module>.<register>`: the scenarios are `<name>.list`, `.search` and `.detail`. */
  name: string;
  /** The register's list route; the detail is `<path>/:id`. */
  path: string;
  table: string;
  /** The table's alias in `rawList`'s SQL, for the search condition. */
  alias: string;
  /** A word the generated rows hold, searched as staff would. */
  word: string;
  list: string;
  detail: string;
  /** The page's minimal SQL with a condition of its own (`true` for the page as it opens). */
  rawList: (sql: SqlClient, condition: string, values: unknown[]) => Promise<void>;
  rawDetail: (sql: SqlClient, id: string) => Promise<void>;
};

/**
 * What every register page does: open at page 1 of 20 with its total, search a word (the baseline takes the kit's own
 * index-or-LIKE path), and open a record (rotating over up to 2,000 ids).
 */
export async function registerReads(sql: SqlClient, r: RegisterReads): Promise<Scenario[]> {
  const ids = (await sql.query(`select id from ${r.table} where deleted_at is null order by id limit 2000`)).map((row) => String(row.id));
  const search = await rawSearchCondition(sql, r.table, r.alias, r.word);
  let next = 0;
  const read = { kind: 'read', mode: 'load', targets: readTarget } as const;
  return [
    { ...read, name: `${r.name}.list`, description: `${r.list}, page 1 + total`, request: get(`${r.path}?page=1&pageSize=20`), raw: (s) => r.rawList(s, 'true', []) },
    {
      ...read,
      name: `${r.name}.search`,
      description: `keyword search q=${r.word} (bigram index unless the word is common, LIKE on search_text) + total`,
      request: get(`${r.path}?q=${encodeURIComponent(r.word)}&page=1&pageSize=20`),
      raw: (s) => r.rawList(s, search.condition, [search.value]),
    },
    {
      ...read,
      name: `${r.name}.detail`,
      description: `${r.detail} (rotating over ${ids.length} ids)`,
      request: () => get(`${r.path}/${ids[next++ % ids.length]}`),
      raw: (s, i) => r.rawDetail(s, ids[i % ids.length]!),
    },
  ];
}

/** `<module>.indicators.year`: every figure of the module for the data's last year. */
export function yearFigures(module: string, indicators: readonly { id: string }[], year: number, raw: (sql: SqlClient, from: string, to: string) => Promise<void>): Scenario {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  return {
    name: `${module}.indicators.year`,
    description: `all ${indicators.length} ${module} indicator values, ${year}`,
    kind: 'read',
    mode: 'load',
    request: get(`/api/indicators/values?ids=${indicators.map((i) => i.id).join(',')}&from=${from}&to=${to}`),
    raw: (s) => raw(s, from, to),
    targets: [{ metric: 'p99', maxMs: 200 }],
  };
}
