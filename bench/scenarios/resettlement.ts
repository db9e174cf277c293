import { listCountCap } from '@fazhi/core';
import { resettlementIndicators } from '../../apps/server/src/modules/resettlement/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type ScenarioModule } from './index.js';
import { registerReads, yearFigures } from './register-reads.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): the person's columns (not the search text
// nor the encrypted ID number and phone), the 司法所's name, order and page; the session lookup; no scope, since fzb
// sees the whole district.
const personColumns = `p.id, p.org_unit_id, p.created_at, p.created_by, p.updated_at, p.updated_by, p.version, p.name, p.gender,
  p.id_number_masked, p.phone_masked, p.household_address, p.residence_address, p.crime, p.sentence, p.prison, p.released_on,
  p.help_end_on, p.key_person, p.notice_received_on, p.handover_on, p.handover_mode, p.placement_kind, p.placed_on, p.help_team,
  p.risk_level, p.lost_contact, p.note, u.name as org_unit_name, u.path as org_unit_path`;
const live = 'p.deleted_at is null';

async function rawList(sql: SqlClient, actor: BenchActor, condition: string, values: unknown[], order: string, limit: number, offset: number) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from resettlement_persons p where ${live} and ${condition} limit ${listCountCap + 1}) m`, values);
  await sql.query(
    `select ${personColumns} from resettlement_persons p left join org_units u on u.id = p.org_unit_id
     where ${live} and ${condition} order by ${order}, p.id asc limit ${limit} offset ${offset}`,
    values,
  );
}

/** What the detail route reads (the register kit's detail): the person with the 司法所, assignees, attachments. */
async function rawDetail(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  await sql.query(`select ${personColumns} from resettlement_persons p left join org_units u on u.id = p.org_unit_id where ${live} and p.id = $1`, [id]);
  await sql.query(
    `select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id
     where a.entity_type = 'resettlement.person' and a.entity_id = $1`,
    [id],
  );
  await sql.query(
    `select id, filename, mime_type, size, created_at, published_at from attachments
     where entity_type = 'resettlement.person' and entity_id = $1 and deleted_at is null order by created_at`,
    [id],
  );
}

/**
 * The six person indicators by hand, in one query: released in the period (衔接, 必接必送), in the 帮教期 at its end
 * (安置, and 帮教 with a 帮教记录 in the period).
 */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  await sql.query('select path from org_units where id = $1', [actor.orgUnitId]);
  const released = 'p.released_on between $2 and $3';
  const inHelp = 'p.released_on <= $3 and p.help_end_on >= $3';
  await sql.query(
    `select count(*) filter (where ${released}), count(*) filter (where ${inHelp}),
       count(*) filter (where ${released} and p.notice_received_on is not null),
       count(*) filter (where ${released} and p.notice_received_on is not null and p.handover_on is not null),
       count(*) filter (where ${released} and p.key_person), count(*) filter (where ${released} and p.key_person and p.handover_mode = 'escorted'),
       count(*) filter (where ${inHelp} and p.placement_kind is not null and p.placement_kind <> 'none'),
       count(*) filter (where ${inHelp} and p.help_team is not null
         and exists (select 1 from resettlement_activities a where a.person_id = p.id and a.deleted_at is null and a.occurred_on between $2 and $3))
     from resettlement_persons p where p.deleted_at is null and p.org_unit_id in (select id from org_units where path like $1)`,
    [`${actor.scopePath}%`, from, to],
  );
}

/** 安置帮教: the 刑满释放人员 register's default page, a keyword search, the detail and the district-year indicators. */
export const resettlementScenarios: ScenarioModule = {
  module: 'resettlement',
  async scenarios({ sql, prepared, actor }) {
    const reads = await registerReads(sql, {
      name: 'resettlement',
      path: '/api/resettlement/persons',
      table: 'resettlement_persons',
      alias: 'p',
      // A search by 罪名, as the 司法所 looks someone up; common in this register, so the kit reads the rows in list order.
      word: '诈骗',
      list: 'released persons as the page opens: newest 释放日期 first',
      detail: 'person detail with assignees and attachments',
      rawList: (s, condition, values) => rawList(s, actor, condition, values, 'p.released_on desc', 20, 0),
      rawDetail: (s, id) => rawDetail(s, actor, id),
    });
    return [...reads, yearFigures('resettlement', resettlementIndicators, prepared.years.at(-1)!, (s, from, to) => rawIndicators(s, actor, from, to))];
  },
};
