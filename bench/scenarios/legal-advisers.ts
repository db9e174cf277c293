import { listCountCap } from '@fazhi/core';
import { legalAdvisersIndicators } from '../../apps/server/src/modules/legal-advisers/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type Scenario, type ScenarioModule } from './index.js';

// Raw SQL written by hand to return what the API returns for the 村(社区) service log and section 四's figures.
const serviceColumns = `s.id, s.org_unit_id, s.created_at, s.created_by, s.updated_at, s.updated_by, s.version, s.kind, s.served_on,
  s.adviser_id, s.public_lawyer_id, s.provider_name, s.review_request_id, s.review_request_title, s.subject, s.hours, s.outcome,
  s.served_group, s.persons, s.enterprise_id, s.enterprise_name, s.theme_id, s.theme_title, u.name as org_unit_name, u.path as org_unit_path`;
// The log's minimal SQL (see litigation.ts): the session lookup, no scope (fzb sees the whole district), a capped count.
const live = 's.deleted_at is null';

async function rawVillageLog(sql: SqlClient, actor: BenchActor) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from legal_services s where ${live} and s.served_group = $1 limit ${listCountCap + 1}) m`, ['community']);
  await sql.query(
    `select ${serviceColumns} from legal_services s left join org_units u on u.id = s.org_unit_id
     where ${live} and s.served_group = $1 order by s.served_on desc, s.id asc limit 20`,
    ['community'],
  );
}

/** Section 四's adviser figures by hand: one filtered aggregate over the log, the enterprises served, and village coverage. */
async function rawSectionFour(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  const params = [`${actor.scopePath}%`, from, to];
  const scope = 'org_unit_id in (select id from org_units where path like $1)';
  const live = 'deleted_at is null and served_on between $2 and $3';
  const kinds = ['publicService', 'lecture', 'governanceOpinion', 'contractReview', 'disputeResolution', 'villageDecision'];
  await sql.query(
    `select ${kinds.map((k) => `count(*) filter (where kind = '${k}' and served_group = 'community')`).join(', ')},
       coalesce(sum(persons) filter (where kind = 'consultation' and served_group = 'community'), 0),
       count(*) filter (where theme_id is not null and served_group = 'community'),
       count(*) filter (where served_group = 'park' and kind in ('projectNegotiation', 'legalOpinion', 'petitionResolution'))
     from legal_services where ${scope} and ${live}`,
    params,
  );
  await sql.query(
    `select count(*) from legal_park_enterprises e where e.deleted_at is null and e.${scope}
       and exists (select 1 from legal_services s where s.enterprise_id = e.id and s.deleted_at is null and s.served_on between $2 and $3 and s.kind in ('enterpriseRulesReview', 'contractReview'))`,
    params,
  );
  await sql.query(
    `select count(*), count(*) filter (where exists (select 1 from legal_adviser_units lau join legal_advisers a on a.id = lau.adviser_id
       where lau.org_unit_id = o.id and a.deleted_at is null and a.contract_start_on <= $3 and a.contract_end_on >= $3))
     from org_units o where o.kind = 'community' and o.path like $1 and $2::date <= $3::date`,
    params,
  );
}

const sectionFour = legalAdvisersIndicators.filter((i) => /village|park|theme|communit/i.test(i.id)).map((i) => i.id);

export const legalAdvisersScenarios: ScenarioModule = {
  module: 'legalAdvisers',
  async scenarios({ prepared, actor }) {
    const year = prepared.years.at(-1)!;
    const [from, to] = [`${year}-01-01`, `${year}-12-31`];
    const villageLog: Scenario = {
      name: 'legalAdvisers.villageLog',
      description: '服务台账 of the 村(社区) group, newest first, page of 20 with total',
      kind: 'read',
      mode: 'load',
      request: { method: 'GET', path: '/api/legal-advisers/services?f.servedGroup=community&pageSize=20' },
      raw: (s) => rawVillageLog(s, actor),
    };
    const indicators: Scenario = {
      name: 'legalAdvisers.indicators.sectionFour',
      description: `${sectionFour.length} section 四 adviser figures (村(社区), 园区, coverage), ${year}`,
      kind: 'read',
      mode: 'load',
      request: { method: 'GET', path: `/api/indicators/values?ids=${sectionFour.join(',')}&from=${from}&to=${to}` },
      raw: (s) => rawSectionFour(s, actor, from, to),
    };
    return [villageLog, indicators];
  },
};
