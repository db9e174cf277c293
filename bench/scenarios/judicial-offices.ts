import { listCountCap } from '@fazhi/core';
import { judicialOfficesIndicators } from '../../apps/server/src/modules/judicial-offices/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type HttpRequest, type Scenario, type ScenarioModule } from './index.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): the same columns, filters, order and
// page, the session lookup, no scope (fzb sees the whole district).
const activityColumns = `a.id, a.org_unit_id, a.created_at, a.created_by, a.updated_at, a.updated_by, a.version, a.occurred_on, a.kind,
  a.subject, a.quantity, a.persons, a.place, a.note, u.name as org_unit_name, u.path as org_unit_path`;
const live = (alias: string) => `${alias}.deleted_at is null`;

async function rawList(sql: SqlClient, actor: BenchActor) {
  await rawSession(sql, actor);
  const params = ['legalPublicity'];
  const where = `${live('a')} and a.kind = $1`;
  await sql.query(`select count(*)::int as n from (select 1 from judicial_activities a where ${where} limit ${listCountCap + 1}) m`, params);
  await sql.query(`select ${activityColumns} from judicial_activities a left join org_units u on u.id = a.org_unit_id where ${where} order by a.occurred_on desc, a.id asc limit 20 offset 20`, params);
}

/** A rating with its score sheet: the row, the year's checklist for the office, the scores, the lines, the steps held. */
async function rawRating(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  const [row] = await sql.query(
    `select r.*, u.name as org_unit_name, u.path as org_unit_path from judicial_ratings r left join org_units u on u.id = r.org_unit_id
     where ${live('r')} and r.id = $1`,
    [id],
  );
  if (!row) return;
  const above = `(select path from org_units where id = $1) like (select o.path from org_units o where o.id = t.org_unit_id) || '%'`;
  await sql.query(`select id, category, title, max_points from judicial_checklist_items t where t.year = $2 and t.deleted_at is null and ${above} order by sort_order, title`, [
    row.org_unit_id,
    row.year,
  ]);
  await sql.query('select * from judicial_rating_scores where rating_id = $1', [id]);
  await sql.query(`select one_star, two_star, three_star, four_star, five_star from judicial_rating_standards t where t.year = $2 and t.deleted_at is null and ${above} limit 1`, [
    row.org_unit_id,
    row.year,
  ]);
  await sql.query(`select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id where a.entity_type = 'judicialOffices.rating' and a.entity_id = $1`, [id]);
  await sql.query(`select id from attachments where entity_type = 'judicialOffices.rating' and entity_id = $1 and deleted_at is null`, [id]);
}

/** Every judicialOffices indicator by hand: one aggregate per table with a filtered figure each, as the engine runs them. */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  await sql.query('select path from org_units where id = $1', [actor.orgUnitId]);
  const inScope = `org_unit_id in (select id from org_units where path like $1)`;
  const year = Number(to.slice(0, 4));
  await sql.query(`select count(*) filter (where star_level = '5'), count(*) from judicial_ratings where ${inScope} and deleted_at is null and year = $2 and state = 'confirmed'`, [
    `${actor.scopePath}%`,
    year,
  ]);
  await sql.query(
    `select count(*), count(*) filter (where exists (select 1 from judicial_ratings r where r.org_unit_id = o.id and r.year = $2 and r.state = 'confirmed' and r.deleted_at is null))
     from org_units o where o.path like $1 and o.kind = 'judicialOffice'`,
    [`${actor.scopePath}%`, year],
  );
  await sql.query(`select kind, sum(quantity), sum(persons) from judicial_activities where ${inScope} and deleted_at is null and occurred_on between $2 and $3 group by kind`, [
    `${actor.scopePath}%`,
    from,
    to,
  ]);
  await sql.query(
    `select count(*) filter (where hired_on <= $3 and (exit_on is null or exit_on > $3)),
            count(*) filter (where hired_on between $2 and $3),
            count(*) filter (where hired_on <= $3 and (exit_on is null or exit_on > $3)
              and exists (select 1 from judicial_trainings t where t.assistant_id = s.id and t.deleted_at is null and t.trained_on between $2 and $3))
     from judicial_assistants s where ${inScope} and deleted_at is null`,
    [`${actor.scopePath}%`, from, to],
  );
}

const get = (path: string): HttpRequest => ({ method: 'GET', path });

export const judicialOfficesScenarios: ScenarioModule = {
  module: 'judicialOffices',
  async scenarios({ sql, prepared, actor }) {
    const year = prepared.years.at(-1)!;
    const ratingIds = (await sql.query('select id from judicial_ratings where deleted_at is null order by id limit 2000')).map((r) => String(r.id));
    const offices = (await sql.query(`select id from org_units where kind = 'judicialOffice' order by path limit 50`)).map((r) => String(r.id));
    const indicatorIds = judicialOfficesIndicators.map((i) => i.id).join(',');
    let detailIndex = 0;
    let created = 0;

    const list: Scenario = {
      name: 'judicialOffices.list',
      description: '工作台账 list: filter kind + sort by date + page 2 + total',
      kind: 'read',
      mode: 'load',
      request: get('/api/judicial-offices/activities?f.kind=legalPublicity&sort=occurredOn&order=desc&page=2&pageSize=20'),
      raw: (s) => rawList(s, actor),
      targets: [{ metric: 'p99', maxMs: 100, when: { engine: 'pglite', scale: 1 } }],
    };
    const detail: Scenario = {
      name: 'judicialOffices.detail',
      description: `rating detail with score sheet, lines and steps (rotating over ${ratingIds.length} ids)`,
      kind: 'read',
      mode: 'load',
      request: () => get(`/api/judicial-offices/ratings/${ratingIds[detailIndex++ % ratingIds.length]}`),
      raw: (s, i) => rawRating(s, actor, ratingIds[i % ratingIds.length]!),
    };
    const indicators: Scenario = {
      name: 'judicialOffices.indicators.year',
      description: `all ${judicialOfficesIndicators.length} judicialOffices indicator values, ${year}`,
      kind: 'read',
      mode: 'load',
      request: get(`/api/indicators/values?ids=${indicatorIds}&from=${year}-01-01&to=${year}-12-31`),
      raw: (s) => rawIndicators(s, actor, `${year}-01-01`, `${year}-12-31`),
      targets: [{ metric: 'p99', maxMs: 200 }],
    };
    const create: Scenario = {
      name: 'judicialOffices.create',
      description: 'log a 法律咨询 entry in the 工作台账 (validated, audited)',
      kind: 'write',
      mode: 'load',
      request: () => ({
        method: 'POST',
        path: '/api/judicial-offices/activities',
        body: JSON.stringify({ orgUnitId: offices[created % offices.length], occurredOn: `${year}-12-30`, kind: 'consultation', subject: `基准咨询${created++}`, quantity: 1, persons: 6 }),
      }),
    };
    return [list, detail, indicators, create];
  },
};
