import { listCountCap } from '@fazhi/core';
import { passingOpinions } from '@fazhi/core/legal-review';
import { normativeDocsIndicators } from '../../apps/server/src/modules/normative-docs/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type ScenarioModule } from './index.js';
import { registerReads, yearFigures } from './register-reads.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): the document's columns (the full text
// included, as the list returns it; not the search text), the owning unit's name, order and page; the session
// lookup; no scope, since fzb sees the whole district.
const documentColumns = `d.id, d.org_unit_id, d.created_at, d.created_by, d.updated_at, d.updated_by, d.version, d.title, d.number_prefix,
  d.proposed_on, d.proposal_reason, d.concerns_market_entities, d.provisional, d.state, d.validity, d.drafting_unit_name,
  d.drafting_notes, d.public_comment_starts_on, d.public_comment_ends_on, d.return_reason, d.returned_on, d.returned_review_id,
  d.meeting_name, d.meeting_on, d.deliberation_decision, d.deliberation_note, d.signed_on, d.signer_name, d.registration_number,
  d.registered_on, d.number_year, d.number_seq, d.doc_number, d.issued_on, d.published_on, d.publication_channel, d.filing_due_on,
  d.filed_on, d.filed_with, d.filed_late, d.effective_on, d.expires_on, d.evaluated_on, d.republished_on, d.evaluation_note,
  d.ended_on, d.end_reason, d.new_version_id, d.full_text, d.note, u.name as org_unit_name, u.path as org_unit_path`;
const live = 'd.deleted_at is null';
const passing = passingOpinions.map((o) => `'${o}'`).join(', ');

async function rawList(sql: SqlClient, actor: BenchActor, condition: string, values: unknown[], order: string, limit: number, offset: number) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from normative_documents d where ${live} and ${condition} limit ${listCountCap + 1}) m`, values);
  await sql.query(
    `select ${documentColumns} from normative_documents d left join org_units u on u.id = d.org_unit_id
     where ${live} and ${condition} order by ${order}, d.id asc limit ${limit} offset ${offset}`,
    values,
  );
}

/** What the detail route reads: the document, its comments, the latest review, the versions it replaced or was replaced by, assignees, attachments. */
async function rawDetail(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  const [row] = await sql.query(`select ${documentColumns} from normative_documents d left join org_units u on u.id = d.org_unit_id where ${live} and d.id = $1`, [id]);
  await sql.query(
    `select id, commenter, received_on, content, handling, handling_reason from normative_doc_comments
     where document_id = $1 and deleted_at is null order by received_on, created_at`,
    [id],
  );
  await sql.query(
    `select id, state, opinion, concluded_on, adviser_took_part from legal_review_requests
     where subject_kind = 'normativeDocument' and subject_id = $1 and deleted_at is null order by received_on desc, created_at desc limit 1`,
    [id],
  );
  if (row?.new_version_id) await sql.query('select id, title, doc_number from normative_documents d where d.id = $1 and d.deleted_at is null', [row.new_version_id]);
  await sql.query('select id, title, doc_number from normative_documents d where d.new_version_id = $1 and d.deleted_at is null', [id]);
  await sql.query(
    `select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id
     where a.entity_type = 'normativeDocs.document' and a.entity_id = $1`,
    [id],
  );
  await sql.query(
    `select id, filename, mime_type, size, created_at, published_at from attachments
     where entity_type = 'normativeDocs.document' and entity_id = $1 and deleted_at is null order by created_at`,
    [id],
  );
}

/**
 * The eleven document indicators by hand: one query per table with a filtered aggregate per figure — the documents
 * (in force at the period's end, registered, published, filed, filing due and on time, amended), the 清理 conclusions,
 * and the 备案审查 intakes with whether a passing review of the document exists.
 */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  await sql.query('select path from org_units where id = $1', [actor.orgUnitId]);
  const scope = 'org_unit_id in (select id from org_units where path like $1)';
  const params = [`${actor.scopePath}%`, from, to];
  const due = 'filing_due_on between $2 and $3';
  await sql.query(
    `select count(*) filter (where registration_number is not null and published_on is not null and effective_on <= $3 and expires_on >= $3 and (ended_on is null or ended_on > $3)),
       count(*) filter (where registered_on between $2 and $3), count(*) filter (where published_on between $2 and $3),
       count(*) filter (where filed_on between $2 and $3), count(*) filter (where ${due}),
       count(*) filter (where ${due} and filed_on is not null), count(*) filter (where ${due} and filed_on is not null and not filed_late),
       count(*) filter (where ended_on between $2 and $3 and state = 'amended')
     from normative_documents where deleted_at is null and ${scope}`,
    params,
  );
  await sql.query(
    `select count(*), count(*) filter (where conclusion in ('repeal', 'expire')), count(*) filter (where conclusion = 'amend')
     from normative_doc_campaign_items where conclusion is not null and applied_on between $2 and $3 and ${scope}`,
    params,
  );
  await sql.query(
    `select count(*), count(*) filter (where k.document_id is not null and exists (select 1 from legal_review_requests r where r.subject_kind = 'normativeDocument'
       and r.subject_id = k.document_id and r.deleted_at is null and r.concluded_on is not null and r.opinion in (${passing})))
     from normative_doc_intakes k where k.deleted_at is null and k.received_on between $2 and $3 and k.${scope}`,
    params,
  );
}

/** 行政规范性文件: the document register's default page, a keyword search (土地), the detail and the district-year indicators. */
export const normativeDocsScenarios: ScenarioModule = {
  module: 'normativeDocs',
  async scenarios({ sql, prepared, actor }) {
    const reads = await registerReads(sql, {
      name: 'normativeDocs',
      path: '/api/normative-docs/documents',
      table: 'normative_documents',
      alias: 'd',
      word: '土地',
      list: 'documents as the page opens: newest 立项日期 first',
      detail: 'document detail with comments, review, versions, assignees, attachments and workflow steps',
      rawList: (s, condition, values) => rawList(s, actor, condition, values, 'd.proposed_on desc', 20, 0),
      rawDetail: (s, id) => rawDetail(s, actor, id),
    });
    return [...reads, yearFigures('normativeDocs', normativeDocsIndicators, prepared.years.at(-1)!, (s, from, to) => rawIndicators(s, actor, from, to))];
  },
};
