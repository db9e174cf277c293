import { listCountCap } from '@fazhi/core';
import { mediationIndicators } from '../../apps/server/src/modules/mediation/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type HttpRequest, type Scenario, type ScenarioModule } from './index.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): the dispute's columns (not the search
// text), the owning unit's name, filters, order and page; the session lookup; no scope, since fzb sees the whole district.
const disputeColumns = `d.id, d.org_unit_id, d.created_at, d.created_by, d.updated_at, d.updated_by, d.version, d.case_number, d.committee_name,
  d.received_on, d.dispute_type, d.source, d.campaign_id, d.campaign_title, d.summary, d.mediator_names, d.party_names,
  d.smart_system_entered, d.smart_system_number, d.state, d.started_on, d.session_count, d.outcome, d.concluded_on, d.agreement_form,
  d.agreement_content, d.agreement_effective_on, d.performance_due_on, d.confirmation_due_on, d.confirmation_applied_on,
  d.confirmation_court, d.confirmation_result, d.confirmation_decided_on, d.failure_advice, d.failure_note, d.follow_up_on,
  d.performance, d.follow_up_note, d.closed_on, d.typical_case, d.typical_title, d.typical_selected_in, d.typical_selected_on,
  d.typical_write_up, d.note, u.name as org_unit_name, u.path as org_unit_path`;
const live = 'd.deleted_at is null';

async function rawList(sql: SqlClient, actor: BenchActor, condition: string, value: string, order: string, limit: number, offset: number) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from mediation_disputes d where ${live} and ${condition} limit ${listCountCap + 1}) m`, [value]);
  await sql.query(
    `select ${disputeColumns} from mediation_disputes d left join org_units u on u.id = d.org_unit_id
     where ${live} and ${condition} order by ${order}, d.id asc limit ${limit} offset ${offset}`,
    [value],
  );
}

async function rawDetail(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  await sql.query(`select ${disputeColumns} from mediation_disputes d left join org_units u on u.id = d.org_unit_id where ${live} and d.id = $1`, [id]);
  await sql.query('select id, name, id_number_masked, phone_masked from mediation_parties where dispute_id = $1 order by ordinal', [id]);
  await sql.query('select id, held_on, content, recorded_by from mediation_sessions where dispute_id = $1 and deleted_at is null order by held_on, created_at', [id]);
  await sql.query(
    `select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id
     where a.entity_type = 'mediation.dispute' and a.entity_id = $1`,
    [id],
  );
}

/** The dispute indicators by hand: one query with a filtered aggregate per figure (honours, campaigns and committees apart). */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  await sql.query('select path from org_units where id = $1', [actor.orgUnitId]);
  const scope = `org_unit_id in (select id from org_units where path like $1)`;
  const params = [`${actor.scopePath}%`, from, to];
  const received = 'received_on between $2 and $3';
  const concluded = 'concluded_on between $2 and $3';
  await sql.query(
    `select count(*) filter (where ${received}), count(*) filter (where ${concluded}), count(*) filter (where ${concluded} and outcome = 'succeeded'),
       count(*) filter (where ${received} and smart_system_entered), count(*) filter (where ${received} and source = 'courtReferral'),
       count(*) filter (where confirmation_applied_on between $2 and $3), count(*) filter (where confirmation_decided_on between $2 and $3 and confirmation_result = 'confirmed'),
       count(*) filter (where typical_selected_on between $2 and $3 and typical_case)
     from mediation_disputes where deleted_at is null and ${scope}`,
    params,
  );
  await sql.query(
    `select count(*), count(*) filter (where kind = 'mediationExpert' and level = 'city'), count(*) filter (where kind = 'advancedWorker' and level = 'city')
     from mediation_honours where deleted_at is null and ${scope} and awarded_on between $2 and $3`,
    params,
  );
  await sql.query(`select count(*) from mediation_campaigns where deleted_at is null and ${scope} and start_on between $2 and $3`, params);
  // Committees exist as of the period's end; the base is every 村(居) committee.
  await sql.query(
    `select count(*), count(*) filter (where m.n between 3 and 9 and m.w > 0), count(*) filter (where m.w > 0)
     from mediation_committees c cross join lateral (select count(*) as n, count(*) filter (where gender = 'female') as w from mediation_mediators
       where org_unit_id = c.org_unit_id and deleted_at is null and position in ('director', 'deputyDirector', 'member') and (left_on is null or left_on > $2)) m
     where c.deleted_at is null and c.level = 'community' and c.established_on <= $2 and c.${scope}`,
    [`${actor.scopePath}%`, to],
  );
}

const get = (path: string): HttpRequest => ({ method: 'GET', path });

export const mediationScenarios: ScenarioModule = {
  module: 'mediation',
  async scenarios({ sql, prepared, actor }) {
    const year = prepared.years.at(-1)!;
    const ids = (await sql.query('select id from mediation_disputes where deleted_at is null order by id limit 2000')).map((r) => String(r.id));
    const indicatorIds = mediationIndicators.map((i) => i.id).join(',');
    let detailIndex = 0;
    const list: Scenario = {
      name: 'mediation.list',
      description: 'dispute register: filter by type + sort + page 2 + total',
      kind: 'read',
      mode: 'load',
      request: get('/api/mediation/disputes?f.disputeType=neighbour&sort=receivedOn&order=desc&page=2&pageSize=20'),
      raw: (s) => rawList(s, actor, 'd.dispute_type = $1', 'neighbour', 'd.received_on desc', 20, 20),
      targets: [{ metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } }],
    };
    const search: Scenario = {
      name: 'mediation.search',
      description: 'keyword search q=宅基地 (bigram index, LIKE recheck on search_text) + total',
      kind: 'read',
      mode: 'load',
      request: get(`/api/mediation/disputes?q=${encodeURIComponent('宅基地')}`),
      raw: (s) => rawList(s, actor, `search_bigrams(d.search_text) @> search_bigrams('宅基地'::text) and d.search_text like $1`, '%宅基地%', 'd.received_on desc', 20, 0),
    };
    const detail: Scenario = {
      name: 'mediation.detail',
      description: `dispute detail with parties, sessions, assignees and workflow steps (rotating over ${ids.length} ids)`,
      kind: 'read',
      mode: 'load',
      request: () => get(`/api/mediation/disputes/${ids[detailIndex++ % ids.length]}`),
      raw: (s, i) => rawDetail(s, actor, ids[i % ids.length]!),
      targets: [{ metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } }],
    };
    const indicatorsYear: Scenario = {
      name: 'mediation.indicators.year',
      description: `all ${mediationIndicators.length} mediation indicator values, ${year}`,
      kind: 'read',
      mode: 'load',
      request: get(`/api/indicators/values?ids=${indicatorIds}&from=${year}-01-01&to=${year}-12-31`),
      raw: (s) => rawIndicators(s, actor, `${year}-01-01`, `${year}-12-31`),
      targets: [{ metric: 'p99', maxMs: 200 }],
    };
    return [list, search, detail, indicatorsYear];
  },
};
