import { listCountCap } from '@fazhi/core';
import { certificationIndicators } from '../../apps/server/src/modules/certification/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type HttpRequest, type Scenario, type ScenarioModule } from './index.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): each register's columns (not the search
// text), the owning unit's name, filter, order and page; the session lookup; no scope, since fzb sees the whole district.
const itemColumns = `i.id, i.org_unit_id, i.created_at, i.created_by, i.updated_at, i.updated_by, i.version, i.code, i.name, i.legal_basis,
  i.setting_basis, i.handling, i.commitment_applies, i.effective_on, i.last_adjustment, i.adjusted_on, i.adjustment_document, i.note,
  u.name as org_unit_name, u.path as org_unit_path`;
const verificationColumns = `v.id, v.org_unit_id, v.created_at, v.created_by, v.updated_at, v.updated_by, v.version, v.responding_unit_id,
  v.item_id, v.item_name, v.matter, v.requested_on, v.due_on, v.state, v.result, v.answered_on, v.answer_note, v.return_reason,
  v.overdue, v.note, u.name as org_unit_name, u.path as org_unit_path`;
type Register = { table: string; alias: string; columns: string; entity: string };
const items: Register = { table: 'cert_items', alias: 'i', columns: itemColumns, entity: 'certification.item' };
const verifications: Register = { table: 'cert_verifications', alias: 'v', columns: verificationColumns, entity: 'certification.verification' };

async function rawList(sql: SqlClient, actor: BenchActor, r: Register, condition: string, value: string, order: string, limit: number, offset: number) {
  const live = `${r.alias}.deleted_at is null`;
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from ${r.table} ${r.alias} where ${live} and ${condition} limit ${listCountCap + 1}) m`, [value]);
  await sql.query(
    `select ${r.columns} from ${r.table} ${r.alias} left join org_units u on u.id = ${r.alias}.org_unit_id
     where ${live} and ${condition} order by ${order}, ${r.alias}.id asc limit ${limit} offset ${offset}`,
    [value],
  );
}

/** The register kit's detail: the record with its unit, assignees and attachments. */
async function rawDetail(sql: SqlClient, actor: BenchActor, r: Register, id: string) {
  await rawSession(sql, actor);
  await sql.query(`select ${r.columns} from ${r.table} ${r.alias} left join org_units u on u.id = ${r.alias}.org_unit_id where ${r.alias}.deleted_at is null and ${r.alias}.id = $1`, [id]);
  await sql.query(
    `select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id
     where a.entity_type = '${r.entity}' and a.entity_id = $1`,
    [id],
  );
  await sql.query(
    `select id, filename, mime_type, size, created_at, published_at from attachments
     where entity_type = '${r.entity}' and entity_id = $1 and deleted_at is null order by created_at`,
    [id],
  );
}

/**
 * The eight certification indicators by hand: the 证明事项清单 as of the period's end, the 协助核查 requested and due
 * in the period (answered on time), and the monthly 政务服务 figures (each unit's latest month for the stock figures).
 */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  await sql.query('select path from org_units where id = $1', [actor.orgUnitId]);
  const scope = 'org_unit_id in (select id from org_units where path like $1)';
  const params = [`${actor.scopePath}%`, from, to];
  await sql.query(
    `select count(*) filter (where handling <> 'cancelled'), count(*) filter (where handling = 'cancelled'),
       count(*) filter (where handling <> 'cancelled' and commitment_applies)
     from cert_items where deleted_at is null and effective_on <= $2 and ${scope}`,
    [`${actor.scopePath}%`, to],
  );
  await sql.query(
    `select count(*) filter (where requested_on between $2 and $3), count(*) filter (where due_on between $2 and $3),
       count(*) filter (where due_on between $2 and $3 and answered_on is not null and answered_on <= due_on)
     from cert_verifications where deleted_at is null and ${scope} and (requested_on between $2 and $3 or due_on between $2 and $3)`,
    params,
  );
  await sql.query(
    `select coalesce(sum(e_license_services) filter (where latest), 0), coalesce(sum(cross_province_items) filter (where latest), 0), coalesce(sum(cross_province_cases), 0)
     from (select *, month_on = max(month_on) over (partition by org_unit_id) as latest from cert_service_stats
       where deleted_at is null and month_on between $2 and $3 and ${scope}) s`,
    params,
  );
}

const get = (path: string): HttpRequest => ({ method: 'GET', path });

/** 证明事项清单 and 协助核查: each register's list (filter, sort, page, total) and detail, and the district-year indicators. */
export const certificationScenarios: ScenarioModule = {
  module: 'certification',
  async scenarios({ sql, prepared, actor }) {
    const year = prepared.years.at(-1)!;
    const ids = async (table: string) => (await sql.query(`select id from ${table} where deleted_at is null order by id limit 2000`)).map((r) => String(r.id));
    const target = [{ metric: 'p99' as const, maxMs: 50, when: { engine: 'postgres' as const, scale: 100, connections: 32 } }];
    const rotating = (name: string, description: string, path: string, r: Register, pool: string[]): Scenario => {
      let i = 0;
      return {
        name,
        description: `${description} (rotating over ${pool.length} ids)`,
        kind: 'read',
        mode: 'load',
        request: () => get(`${path}/${pool[i++ % Math.max(1, pool.length)]}`),
        raw: (s, n) => rawDetail(s, actor, r, pool[n % pool.length]!),
        targets: target,
      };
    };
    const itemIds = await ids('cert_items');
    const verificationIds = await ids('cert_verifications');
    const indicatorIds = certificationIndicators.map((i) => i.id).join(',');
    return [
      {
        name: 'certification.items.list',
        description: '证明事项 list: filter 办理方式 + sort by code + page 2 + total',
        kind: 'read',
        mode: 'load',
        request: get('/api/certification/items?f.handling=kept&sort=code&order=asc&page=2&pageSize=20'),
        raw: (s) => rawList(s, actor, items, 'i.handling = $1', 'kept', 'i.code asc', 20, 20),
        targets: target,
      },
      rotating('certification.items.detail', '证明事项 detail', '/api/certification/items', items, itemIds),
      {
        name: 'certification.verifications.list',
        description: '协助核查 list: filter 状态 + sort by 发起日期 + page 2 + total',
        kind: 'read',
        mode: 'load',
        request: get('/api/certification/verifications?f.state=answered&sort=requestedOn&order=desc&page=2&pageSize=20'),
        raw: (s) => rawList(s, actor, verifications, 'v.state = $1', 'answered', 'v.requested_on desc', 20, 20),
        targets: target,
      },
      rotating('certification.verifications.detail', '协助核查 detail with workflow steps', '/api/certification/verifications', verifications, verificationIds),
      {
        name: 'certification.indicators.year',
        description: `all ${certificationIndicators.length} certification indicator values, ${year}`,
        kind: 'read',
        mode: 'load',
        request: get(`/api/indicators/values?ids=${indicatorIds}&from=${year}-01-01&to=${year}-12-31`),
        raw: (s) => rawIndicators(s, actor, `${year}-01-01`, `${year}-12-31`),
        targets: [{ metric: 'p99', maxMs: 200 }],
      },
    ];
  },
};
