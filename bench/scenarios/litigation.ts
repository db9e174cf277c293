import { listCountCap, withIdCheckCharacter } from '@fazhi/core';
import { litigationIndicators } from '../../apps/server/src/modules/litigation/indicators.js';
import { departmentNames } from '../../apps/server/src/seed/demo-district.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type HttpRequest, type Scenario, type ScenarioModule } from './index.js';

// The minimal hand-written SQL for what the API returns (issue #12's baseline): the same columns, filters, order and
// page; no access predicate beyond what the data needs (fzb sees the whole district, so none), a count capped as the
// API's is, and the session lookup every API request pays.
const caseColumns = `c.id, c.org_unit_id, c.created_at, c.created_by, c.updated_at, c.updated_by, c.version, c.case_number, c.court,
  c.instance, c.cause, c.dispute_area, c.complaint_received_on, c.defence_due_on, c.defence_submitted_on, c.defence_late,
  c.pre_suit_mediation, c.state, c.outcome, c.lost, c.closed_on, c.judgment_summary, c.appealed_on, c.appellant,
  c.judicial_suggestion_received, c.judicial_suggestion_answered_on, c.handler_name, c.plaintiff_names, c.note,
  u.name as org_unit_name, u.path as org_unit_path`;
const live = 'c.deleted_at is null';

async function rawList(sql: SqlClient, actor: BenchActor, condition: string, value: string, order: string, limit: number, offset: number) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from litigation_cases c where ${live} and ${condition} limit ${listCountCap + 1}) m`, [value]);
  await sql.query(
    `select ${caseColumns} from litigation_cases c left join org_units u on u.id = c.org_unit_id
     where ${live} and ${condition} order by ${order}, c.id asc limit ${limit} offset ${offset}`,
    [value],
  );
}

async function rawDetail(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  await sql.query(`select ${caseColumns} from litigation_cases c left join org_units u on u.id = c.org_unit_id where ${live} and c.id = $1`, [id]);
  await sql.query('select id, kind, name, id_number_masked, credit_code from litigation_plaintiffs where case_id = $1 order by ordinal', [id]);
  await sql.query('select * from litigation_hearings where case_id = $1 and deleted_at is null order by held_on', [id]);
  await sql.query(
    `select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id
     where a.entity_type = 'litigation.case' and a.entity_id = $1`,
    [id],
  );
}

/** Every litigation indicator value by hand: one query per table with a filtered aggregate per figure, as the engine runs them. */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  await sql.query('select path from org_units where id = $1', [actor.orgUnitId]);
  const scope = `org_unit_id in (select id from org_units where path like $1)`;
  const params = [`${actor.scopePath}%`, from, to];
  const live = 'deleted_at is null';
  const received = `${live} and complaint_received_on between $2 and $3`;
  const closed = `${live} and closed_on between $2 and $3`;
  const held = `${live} and held_on between $2 and $3`;
  await sql.query(
    `select count(*) filter (where ${received}), count(*) filter (where ${closed}), count(*) filter (where ${closed} and lost)
     from litigation_cases where ${scope} and ((${received}) or (${closed}))`,
    params,
  );
  await sql.query(`select count(*) filter (where ${held}), count(*) filter (where ${held} and leader_appeared) from litigation_hearings where ${scope} and ${held}`, params);
  await sql.query(`select count(*) filter (where ${held}), coalesce(sum(participants) filter (where ${held}), 0) from litigation_observations where ${scope} and ${held}`, params);
}

const get = (path: string): HttpRequest => ({ method: 'GET', path });

export const litigationScenarios: ScenarioModule = {
  module: 'litigation',
  async scenarios({ sql, prepared, actor }) {
    const year = prepared.years.at(-1)!;
    // A spread of existing cases for the detail scenario (uuid order is random order).
    const caseIds = (await sql.query('select id from litigation_cases where deleted_at is null order by id limit 2000')).map((r) => String(r.id));
    const departments = await sql.query('select id from org_units where name = any($1::text[]) order by name', [[...departmentNames]]);
    const departmentIds = departments.map((r) => String(r.id));
    const indicatorIds = litigationIndicators.map((i) => i.id).join(',');

    let detailIndex = 0;
    let created = 0;
    // Cases made by the create scenario, in state received at version 1: each can fire startDefence once.
    const fresh: string[] = [];
    const idNumber = withIdCheckCharacter('37089919800101123');

    const createBody = (n: number) =>
      JSON.stringify({
        caseNumber: `（${year + 1}）鲁0800行初${n}号`,
        court: '示范市任城区人民法院',
        instance: 'first',
        orgUnitId: departmentIds[n % departmentIds.length],
        cause: '不服集体土地征收拆迁补偿决定',
        disputeArea: 'landAcquisition',
        complaintReceivedOn: `${year + 1}-01-05`,
        plaintiffs: [{ kind: 'person', name: `基准原告${n}`, idNumber }],
      });

    const list: Scenario = {
      name: 'litigation.list',
      description: 'register list: filter + sort + page 2 + total',
      kind: 'read',
      mode: 'load',
      request: get('/api/litigation/cases?f.disputeArea=landAcquisition&sort=complaintReceivedOn&order=desc&page=2&pageSize=20'),
      raw: (s) => rawList(s, actor, 'c.dispute_area = $1', 'landAcquisition', 'c.complaint_received_on desc', 20, 20),
      targets: [
        { metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } },
        { metric: 'p99', maxMs: 100, when: { engine: 'pglite', scale: 1 } },
      ],
    };
    // Issue #12's reference page: one department's cases, newest first, with total.
    const unitList: Scenario = {
      name: 'litigation.list.unit',
      description: "one department's cases: f.orgUnitId + sort newest first + page 1 + total",
      kind: 'read',
      mode: 'load',
      request: get(`/api/litigation/cases?f.orgUnitId=${departmentIds[0]}&sort=complaintReceivedOn&order=desc&pageSize=20`),
      raw: (s) => rawList(s, actor, 'c.org_unit_id = $1', departmentIds[0]!, 'c.complaint_received_on desc', 20, 0),
      targets: [{ metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } }],
    };
    const search: Scenario = {
      name: 'litigation.search',
      description: 'keyword search q=拆迁 (bigram index, LIKE recheck on search_text) + total',
      kind: 'read',
      mode: 'load',
      request: get(`/api/litigation/cases?q=${encodeURIComponent('拆迁')}`),
      raw: (s) => rawList(s, actor, 'c.search_text like $1', '%拆迁%', 'c.complaint_received_on desc', 20, 0),
      targets: [{ metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } }],
    };
    const detail: Scenario = {
      name: 'litigation.detail',
      description: `case detail with plaintiffs, hearings, assignees (rotating over ${caseIds.length} ids)`,
      kind: 'read',
      mode: 'load',
      request: () => get(`/api/litigation/cases/${caseIds[detailIndex++ % caseIds.length]}`),
      raw: (s, i) => rawDetail(s, actor, caseIds[i % caseIds.length]!),
      targets: [{ metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } }],
    };
    const yearFrom = `${year}-01-01`;
    const yearTo = `${year}-12-31`;
    const indicatorsYear: Scenario = {
      name: 'litigation.indicators.year',
      description: `all ${litigationIndicators.length} litigation indicator values, ${year}`,
      kind: 'read',
      mode: 'load',
      request: get(`/api/indicators/values?ids=${indicatorIds}&from=${yearFrom}&to=${yearTo}`),
      raw: (s) => rawIndicators(s, actor, yearFrom, yearTo),
      targets: [{ metric: 'p99', maxMs: 200 }],
    };
    const allTo = prepared.asOf;
    const indicatorsAll: Scenario = {
      name: 'litigation.indicators.all',
      description: `all ${litigationIndicators.length} litigation indicator values, 2000-01-01 to ${allTo}`,
      kind: 'read',
      mode: 'load',
      request: get(`/api/indicators/values?ids=${indicatorIds}&from=2000-01-01&to=${allTo}`),
      raw: (s) => rawIndicators(s, actor, '2000-01-01', allTo),
    };
    const create: Scenario = {
      name: 'litigation.create',
      description: 'create a case with one plaintiff (SM4-encrypted ID number), audited',
      kind: 'write',
      mode: 'load',
      request: () => ({ method: 'POST', path: '/api/litigation/cases', body: createBody(created++) }),
      onResponse: (status, body) => {
        if (status !== 201) return;
        const row = JSON.parse(body) as { id: string; version: number; state: string };
        if (row.state === 'received' && row.version === 1) fresh.push(row.id);
      },
    };
    const transition: Scenario = {
      name: 'litigation.transition',
      description: 'startDefence on a fresh case (row lock, audit), returns the detail',
      kind: 'write',
      mode: 'load',
      warmup: false,
      available: () => fresh.length,
      // Never reached with an empty pool (the scenario sends at most `available()` requests); a stale case is a 409.
      request: () => {
        const id = fresh.shift() ?? caseIds[0]!;
        return { method: 'POST', path: `/api/litigation/cases/${id}/transitions/startDefence`, body: '{"version":1}' };
      },
    };
    return [list, unitList, search, detail, indicatorsYear, indicatorsAll, create, transition];
  },
};
