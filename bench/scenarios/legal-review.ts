import { listCountCap } from '@fazhi/core';
import { legalReviewIndicators } from '../../apps/server/src/modules/legal-review/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type ScenarioModule } from './index.js';
import { registerReads, yearFigures } from './register-reads.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): the request's columns (not the search
// text), the owning unit's name, filters, order and page; the session lookup; no scope, since fzb sees the whole district.
const requestColumns = `r.id, r.org_unit_id, r.created_at, r.created_by, r.updated_at, r.updated_by, r.version, r.subject_kind, r.subject_id,
  r.title, r.received_on, r.due_on, r.paused_working_days, r.state, r.opinion, r.opinion_text, r.concluded_on, r.concluded_late,
  r.adviser_took_part, r.adviser_names, r.adopted, r.adoption_note, r.note, r.counterparty, r.contract_amount, r.handler_name,
  r.adviser_id, r.adviser_requested, r.materials, r.determined_on, r.determination_note, r.opinion_org_unit_id, r.opinion_year,
  r.opinion_seq, r.opinion_number, r.supplement_requested_on, r.supplement_note, r.extension_reason, r.return_kind, r.returned_on,
  r.return_reason, r.withdrawn_on, r.withdrawal_reason, u.name as org_unit_name, u.path as org_unit_path`;
const live = 'r.deleted_at is null';

async function rawList(sql: SqlClient, actor: BenchActor, condition: string, values: unknown[], order: string, limit: number, offset: number) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from legal_review_requests r where ${live} and ${condition} limit ${listCountCap + 1}) m`, values);
  await sql.query(
    `select ${requestColumns} from legal_review_requests r left join org_units u on u.id = r.org_unit_id
     where ${live} and ${condition} order by ${order}, r.id asc limit ${limit} offset ${offset}`,
    values,
  );
}

// The linked subject's title and unit, as each module's lookup reads it (subjects.ts, the modules' manifests).
const subjectQueries: Record<string, string> = {
  normativeDocument: 'select title, org_unit_id from normative_documents where id = $1 and deleted_at is null',
  majorDecision: 'select title, org_unit_id from major_decisions where id = $1 and deleted_at is null',
  subdistrictMatter: 'select subject, org_unit_id from subdistrict_matters where id = $1 and deleted_at is null',
  enforcementDecision: 'select case_number, party_name, item_name, org_unit_id from enforcement_cases where id = $1 and deleted_at is null',
};

/** What the detail route reads: the request with its unit, the linked subject (if any), assignees and attachments. */
async function rawDetail(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  const [row] = await sql.query(`select ${requestColumns} from legal_review_requests r left join org_units u on u.id = r.org_unit_id where ${live} and r.id = $1`, [id]);
  const subject = row?.subject_id ? subjectQueries[String(row.subject_kind)] : undefined;
  if (subject) await sql.query(subject, [row!.subject_id]);
  await sql.query(
    `select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id
     where a.entity_type = 'legalReview.request' and a.entity_id = $1`,
    [id],
  );
  await sql.query(
    `select id, filename, mime_type, size, created_at, published_at from attachments
     where entity_type = 'legalReview.request' and entity_id = $1 and deleted_at is null order by created_at`,
    [id],
  );
}

/** The five review indicators by hand: one query with a filtered aggregate per figure (received by 受理日期, the rest by 出具意见日期). */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  await sql.query('select path from org_units where id = $1', [actor.orgUnitId]);
  const received = 'received_on between $2 and $3';
  const concluded = 'concluded_on between $2 and $3 and opinion is not null';
  await sql.query(
    `select count(*) filter (where ${received}), count(*) filter (where ${concluded}), count(*) filter (where ${concluded} and not concluded_late),
       count(*) filter (where ${concluded} and adopted), count(*) filter (where ${concluded} and adopted is not null),
       count(*) filter (where ${concluded} and adviser_took_part)
     from legal_review_requests
     where deleted_at is null and org_unit_id in (select id from org_units where path like $1) and (${received} or concluded_on between $2 and $3)`,
    [`${actor.scopePath}%`, from, to],
  );
}

/** 合法性审核: the request register's default page, a keyword search (物业), the detail and the district-year indicators. */
export const legalReviewScenarios: ScenarioModule = {
  module: 'legalReview',
  async scenarios({ sql, prepared, actor }) {
    const reads = await registerReads(sql, {
      name: 'legalReview',
      path: '/api/legal-review/requests',
      table: 'legal_review_requests',
      alias: 'r',
      word: '物业',
      list: 'review requests as the page opens: newest 受理日期 first',
      detail: 'request detail with linked subject, assignees, attachments and workflow steps',
      rawList: (s, condition, values) => rawList(s, actor, condition, values, 'r.received_on desc', 20, 0),
      rawDetail: (s, id) => rawDetail(s, actor, id),
    });
    return [...reads, yearFigures('legalReview', legalReviewIndicators, prepared.years.at(-1)!, (s, from, to) => rawIndicators(s, actor, from, to))];
  },
};
