import { listCountCap } from '@fazhi/core';
import { publicityIndicators } from '../../apps/server/src/modules/publicity/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type HttpRequest, type Scenario, type ScenarioModule } from './index.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): the same columns, filters, order and
// page, the session lookup, no scope (fzb sees the whole district).
const live = (alias: string) => `${alias}.deleted_at is null`;

async function rawList(sql: SqlClient, actor: BenchActor) {
  await rawSession(sql, actor);
  const params = ['intoCommunities'];
  const where = `${live('e')} and e.kind = $1`;
  await sql.query(`select count(*)::int as n from (select 1 from publicity_events e where ${where} limit ${listCountCap + 1}) m`, params);
  await sql.query(
    `select e.*, u.name as org_unit_name, u.path as org_unit_path from publicity_events e left join org_units u on u.id = e.org_unit_id where ${where} order by e.held_on desc, e.id asc limit 20 offset 20`,
    params,
  );
}

async function rawDetail(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  await sql.query(`select l.*, u.name as org_unit_name from publicity_liaisons l left join org_units u on u.id = l.org_unit_id where ${live('l')} and l.id = $1`, [id]);
  await sql.query(`select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id where a.entity_type = 'publicity.liaison' and a.entity_id = $1`, [id]);
  await sql.query(`select id from attachments where entity_type = 'publicity.liaison' and entity_id = $1 and deleted_at is null`, [id]);
}

/** The section's figures by hand: one aggregate per table. */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  const p = `${actor.scopePath}%`;
  const inScope = `org_unit_id in (select id from org_units where path like $1)`;
  const year = Number(to.slice(0, 4));
  await sql.query(`select count(*), sum(participants) from publicity_events where ${inScope} and deleted_at is null and held_on between $2 and $3`, [p, from, to]);
  await sql.query(`select sum(participants) from publicity_trainings where ${inScope} and deleted_at is null and held_on between $2 and $3`, [p, from, to]);
  await sql.query(
    `select count(*), count(*) filter (where training_hours > 0) from publicity_liaisons where ${inScope} and deleted_at is null and appointed_on <= $2 and (left_on is null or left_on > $2)`,
    [p, to],
  );
  await sql.query(
    `select count(*), count(*) filter (where exists (select 1 from publicity_sites s where s.org_unit_id = o.id and s.deleted_at is null and s.built_year <= $2)) from org_units o where o.path like $1 and o.kind = 'community'`,
    [p, year],
  );
  await sql.query(`select kind, level, count(*) from publicity_ratings where ${inScope} and deleted_at is null and year = $2 group by kind, level`, [p, year]);
  await sql.query(`select count(*), count(*) filter (where state = 'done') from publicity_tasks where ${inScope} and deleted_at is null and due_on between $2 and $3`, [p, from, to]);
  await sql.query(
    `select count(*), count(*) filter (where exists (select 1 from publicity_duties d where d.org_unit_id = o.id and d.deleted_at is null and d.year = $2)) from org_units o where o.path like $1 and o.kind = 'department'`,
    [p, year],
  );
}

const get = (path: string): HttpRequest => ({ method: 'GET', path });

export const publicityScenarios: ScenarioModule = {
  module: 'publicity',
  async scenarios({ sql, prepared, actor }) {
    const year = prepared.years.at(-1)!;
    const ids = (await sql.query('select id from publicity_liaisons where deleted_at is null order by id limit 2000')).map((r) => String(r.id));
    const indicatorIds = publicityIndicators.map((i) => i.id).join(',');
    let i = 0;
    const list: Scenario = {
      name: 'publicity.list',
      description: '普法活动 list: filter kind + sort by date + page 2 + total',
      kind: 'read',
      mode: 'load',
      request: get('/api/publicity/events?f.kind=intoCommunities&sort=heldOn&order=desc&page=2&pageSize=20'),
      raw: (s) => rawList(s, actor),
    };
    const detail: Scenario = {
      name: 'publicity.detail',
      description: `法律明白人 detail (rotating over ${ids.length} ids)`,
      kind: 'read',
      mode: 'load',
      request: () => get(`/api/publicity/liaisons/${ids[i++ % ids.length]}`),
      raw: (s, k) => rawDetail(s, actor, ids[k % ids.length]!),
    };
    const indicators: Scenario = {
      name: 'publicity.indicators.year',
      description: `all ${publicityIndicators.length} publicity indicator values, ${year}`,
      kind: 'read',
      mode: 'load',
      request: get(`/api/indicators/values?ids=${indicatorIds}&from=${year}-01-01&to=${year}-12-31`),
      raw: (s) => rawIndicators(s, actor, `${year}-01-01`, `${year}-12-31`),
    };
    const portal: Scenario = {
      name: 'publicity.portal',
      description: '政务公开 普法活动 list (no login)',
      kind: 'read',
      mode: 'load',
      authenticated: false,
      request: get('/api/public/publicity-events'),
    };
    return [list, detail, indicators, portal];
  },
};
