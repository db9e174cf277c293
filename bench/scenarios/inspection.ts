import { listCountCap } from '@fazhi/core';
import { inspectionIndicators } from '../../apps/server/src/modules/inspection/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type HttpRequest, type Scenario, type ScenarioModule } from './index.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): filter, order and page, the session
// lookup, no scope (fzb sees the whole district).
const live = 't.deleted_at is null';

async function rawList(sql: SqlClient, actor: BenchActor, year: number) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from inspection_tasks t where ${live} and t.year = $1 limit ${listCountCap + 1}) m`, [year]);
  await sql.query(
    `select t.*, u.name as org_unit_name, u.path as org_unit_path from inspection_tasks t left join org_units u on u.id = t.org_unit_id
     where ${live} and t.year = $1 order by t.due_on asc, t.id asc limit 20 offset 20`,
    [year],
  );
}

const get = (path: string): HttpRequest => ({ method: 'GET', path });

export const inspectionScenarios: ScenarioModule = {
  module: 'inspection',
  async scenarios({ prepared, actor }) {
    const year = prepared.years.at(-1)!;
    const list: Scenario = {
      name: 'inspection.list',
      description: '工作要点 register: filter by year + sort by deadline + page 2 + total',
      kind: 'read',
      mode: 'load',
      request: get(`/api/inspection/tasks?f.year=${year}&sort=dueOn&order=asc&page=2&pageSize=20`),
      raw: (s) => rawList(s, actor, year),
      targets: [{ metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } }],
    };
    const indicatorsYear: Scenario = {
      name: 'inspection.indicators.year',
      description: `all ${inspectionIndicators.length} inspection indicator values, ${year}`,
      kind: 'read',
      mode: 'load',
      request: get(`/api/indicators/values?ids=${inspectionIndicators.map((i) => i.id).join(',')}&from=${year}-01-01&to=${year}-12-31`),
      targets: [{ metric: 'p99', maxMs: 200 }],
    };
    return [list, indicatorsYear];
  },
};
