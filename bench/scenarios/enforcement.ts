import { listCountCap } from '@fazhi/core';
import { caseIndicators } from '../../apps/server/src/modules/enforcement/case-indicators.js';
import { enforcementIndicators } from '../../apps/server/src/modules/enforcement/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type HttpRequest, type Scenario, type ScenarioModule } from './index.js';

// The officer list's minimal hand-written SQL (see litigation.ts): same columns, filter, order and page, the session
// lookup, no scope (fzb sees the whole district), a capped count.

async function rawList(sql: SqlClient, actor: BenchActor) {
  await rawSession(sql, actor);
  const params = ['civilServant'];
  const where = 'o.deleted_at is null and o.post = $1';
  await sql.query(`select count(*)::int as n from (select 1 from enforcement_officers o where ${where} limit ${listCountCap + 1}) m`, params);
  await sql.query(
    `select o.id, o.org_unit_id, o.created_at, o.version, o.name, o.gender, o.id_number_masked, o.body_name, o.post, u.name as org_unit_name
     from enforcement_officers o left join org_units u on u.id = o.org_unit_id where ${where} order by o.name asc, o.id asc limit 20 offset 20`,
    params,
  );
}

/** The case list's minimal SQL: the list columns, one filter, newest 立案 first, a page and a capped count. */
async function rawCases(sql: SqlClient, actor: BenchActor, where: string, param: string, offset: number) {
  await rawSession(sql, actor);
  const w = `c.deleted_at is null and ${where}`;
  await sql.query(`select count(*)::int as n from (select 1 from enforcement_cases c where ${w} limit ${listCountCap + 1}) m`, [param]);
  await sql.query(
    `select c.id, c.org_unit_id, c.created_at, c.version, c.case_number, c.item_name, c.item_kind, c.body_name, c.party_name, c.officer_names,
            c.filed_on, c.major, c.decision_due_on, c.decided_on, c.outcome, c.disclosed_on, c.stage, c.online, u.name as org_unit_name
     from enforcement_cases c left join org_units u on u.id = c.org_unit_id where ${w} order by c.filed_on desc, c.id desc limit 20 offset ${offset}`,
    [param],
  );
}

async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  const p = `${actor.scopePath}%`;
  const inScope = `org_unit_id in (select id from org_units where path like $1)`;
  await sql.query(
    `select count(*) filter (where kind = 'enforcement' and issued_on between $2 and $3), count(*) filter (where kind = 'hearing' and issued_on between $2 and $3),
            count(*) filter (where revoked_on between $2 and $3) from enforcement_certificates where ${inScope} and deleted_at is null`,
    [p, from, to],
  );
  await sql.query(`select count(*) from enforcement_reviews where ${inScope} and deleted_at is null and reviewed_on between $2 and $3`, [p, from, to]);
  // Each officer's 执法证 and year's hours grouped once, joined to the officers of the scope.
  await sql.query(
    `select count(*) filter (where c.holds), count(*) filter (where c.held), count(*) filter (where c.held and coalesce(t.hours, 0) >= 60),
            coalesce(sum(t.hours) filter (where c.held), 0)
     from enforcement_officers o
     join (select officer_id, bool_or(revoked_on is null or revoked_on >= $2) held, bool_or(revoked_on is null or revoked_on > $3) holds
           from enforcement_certificates where deleted_at is null and kind = 'enforcement' and issued_on <= $3 group by officer_id) c on c.officer_id = o.id
     left join (select officer_id, sum(hours) hours from enforcement_trainings where deleted_at is null and trained_on between $2 and $3 group by officer_id) t on t.officer_id = o.id
     where o.${inScope} and o.deleted_at is null`,
    [p, from, to],
  );
  await sql.query(
    `select count(*), count(*) filter (where kind = 'penalty'), count(*) filter (where kind = 'penalty' and exists (select 1 from enforcement_standards s where s.item_id = i.id and s.deleted_at is null))
     from enforcement_items i where i.${inScope} and i.deleted_at is null`,
    [p],
  );
  await sql.query(`select count(distinct credit_code) from enforcement_leniency_decisions where ${inScope} and deleted_at is null and decided_on between $2 and $3`, [p, from, to]);
}

const get = (path: string): HttpRequest => ({ method: 'GET', path });

export const enforcementScenarios: ScenarioModule = {
  module: 'enforcement',
  async scenarios({ sql, prepared, actor }) {
    const year = prepared.years.at(-1)!;
    const indicatorIds = enforcementIndicators.map((i) => i.id).join(',');
    const list: Scenario = {
      name: 'enforcement.list',
      description: '执法人员 list: filter post + sort by name + page 2 + total',
      kind: 'read',
      mode: 'load',
      request: get('/api/enforcement/officers?f.post=civilServant&sort=name&order=asc&page=2&pageSize=20'),
      raw: (s) => rawList(s, actor),
    };
    const indicators: Scenario = {
      name: 'enforcement.indicators.year',
      description: `all ${enforcementIndicators.length} enforcement indicator values, ${year}`,
      kind: 'read',
      mode: 'load',
      request: get(`/api/indicators/values?ids=${indicatorIds}&from=${year}-01-01&to=${year}-12-31`),
      raw: (s) => rawIndicators(s, actor, `${year}-01-01`, `${year}-12-31`),
    };
    // 执法案件: the register list (filter, sort, page, total), a rotating detail (with its 法制审核 lookup) and the four rates.
    const caseIds = (await sql.query('select id from enforcement_cases where deleted_at is null order by id limit 2000')).map((r) => String(r.id));
    let detailIndex = 0;
    const caseList: Scenario = {
      name: 'enforcement.cases.list',
      description: '执法案件 list: filter 事项类别 + sort by 立案日期 + page 2 + total',
      kind: 'read',
      mode: 'load',
      request: get('/api/enforcement/cases?f.itemKind=penalty&sort=filedOn&order=desc&page=2&pageSize=20'),
      raw: (s) => rawCases(s, actor, 'c.item_kind = $1', 'penalty', 20),
    };
    const caseSearch: Scenario = {
      name: 'enforcement.cases.search',
      description: '执法案件 keyword search q=建筑 (当事人、事项、案号) + sort by 立案日期 + total',
      kind: 'read',
      mode: 'load',
      request: get(`/api/enforcement/cases?q=${encodeURIComponent('建筑')}&sort=filedOn&order=desc&pageSize=20`),
      raw: (s) => rawCases(s, actor, 'c.search_text like $1', '%建筑%', 0),
    };
    // A rare query (one case's number): before the bigram index every such search read all the cases.
    const caseNumberSearch: Scenario = {
      name: 'enforcement.cases.search.number',
      description: '执法案件 keyword search q=0081712 (one case number) + sort by 立案日期 + total',
      kind: 'read',
      mode: 'load',
      request: get('/api/enforcement/cases?q=0081712&sort=filedOn&order=desc&pageSize=20'),
      raw: (s) => rawCases(s, actor, `search_bigrams(c.search_text) @> search_bigrams('0081712'::text) and c.search_text like $1`, '%0081712%', 0),
      targets: [{ metric: 'p99', maxMs: 50, when: { engine: 'postgres', scale: 100, connections: 32 } }],
    };
    const caseDetail: Scenario = {
      name: 'enforcement.cases.detail',
      description: `执法案件 detail with its 法制审核 (rotating over ${caseIds.length} ids)`,
      kind: 'read',
      mode: 'load',
      request: () => get(`/api/enforcement/cases/${caseIds[detailIndex++ % Math.max(1, caseIds.length)]}`),
    };
    const caseRates: Scenario = {
      name: 'enforcement.cases.indicators',
      description: `all ${caseIndicators.length} case indicator values (网上运行率, 公示及时率, 法制审核率, 办理及时率), ${year}`,
      kind: 'read',
      mode: 'load',
      request: get(`/api/indicators/values?ids=${caseIndicators.map((i) => i.id).join(',')}&from=${year}-01-01&to=${year}-12-31`),
    };
    // The portal certificate check is not load-tested: its per-address limit (the login limit, 20 a minute) answers 429 by design.
    return [list, indicators, caseList, caseSearch, caseNumberSearch, caseDetail, caseRates];
  },
};
