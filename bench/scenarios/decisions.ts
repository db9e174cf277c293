import { listCountCap } from '@fazhi/core';
import { adoptingOutcomes, meetingTypes, reviewedMatterCategories } from '@fazhi/core/decisions';
import { passingOpinions } from '@fazhi/core/legal-review';
import { decisionsIndicators } from '../../apps/server/src/modules/decisions/indicators.js';
import type { SqlClient } from '../lib/target.js';
import { rawSession, type BenchActor, type ScenarioModule } from './index.js';
import { registerReads, yearFigures } from './register-reads.js';

// The minimal hand-written SQL for what the API returns (see litigation.ts): the decision's columns (not the search
// text), the owning unit's name, order and page; the session lookup; no scope, since fzb sees the whole district.
const decisionColumns = `d.id, d.org_unit_id, d.created_at, d.created_by, d.updated_at, d.updated_by, d.version, d.title, d.kind, d.started_on,
  d.catalogue_item_id, d.catalogue_item_title, d.summary, d.note, d.state, d.public_comment_status, d.comment_forms, d.comment_start_on,
  d.comment_end_on, d.comment_channel, d.comments_received, d.comment_handling, d.comment_short_reason, d.public_comment_na_reason,
  d.hearing_status, d.hearing_on, d.hearing_materials_sent_on, d.hearing_participants, d.hearing_summary, d.hearing_na_reason,
  d.expert_review_status, d.expert_reviewed_on, d.expert_review_summary, d.expert_review_na_reason, d.risk_assessment_status,
  d.risk_assessed_on, d.risk_assessor, d.risk_level, d.risk_points, d.risk_measures, d.risk_assessment_na_reason, d.decided_on,
  d.meeting_type, d.meeting_name, d.meeting_on, d.head_name, d.outcome, d.departs_from_majority, d.departure_reason,
  d.undeliberated_form, d.undeliberated_note, d.published_on, d.publication_channel, d.document_number, d.adoption_explanation,
  d.post_evaluation_status, d.evaluated_on, d.evaluation_trigger, d.evaluator, d.evaluation_conclusion, d.post_evaluation_na_reason,
  d.archive_status, d.archived_on, d.archive_number, d.closed_on, u.name as org_unit_name, u.path as org_unit_path`;
const live = 'd.deleted_at is null';
const matterColumns = `m.id, m.org_unit_id, m.created_at, m.created_by, m.updated_at, m.updated_by, m.version, m.subject, m.category,
  m.proposed_on, m.summary, m.note, m.state, m.meeting_on, m.meeting_name, m.decision_text, m.judicial_office_head_attended,
  m.unreviewed_note, u.name as org_unit_name, u.path as org_unit_path`;
const list = (codes: readonly string[]) => codes.map((c) => `'${c}'`).join(', ');
const passedReview = (kind: string, subject: string) =>
  `exists (select 1 from legal_review_requests r where r.subject_kind = '${kind}' and r.subject_id = ${subject} and r.deleted_at is null
     and r.concluded_on is not null and r.opinion in (${list(passingOpinions)}))`;

async function rawList(sql: SqlClient, actor: BenchActor, condition: string, values: unknown[], order: string, limit: number, offset: number) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from major_decisions d where ${live} and ${condition} limit ${listCountCap + 1}) m`, values);
  await sql.query(
    `select ${decisionColumns} from major_decisions d left join org_units u on u.id = d.org_unit_id
     where ${live} and ${condition} order by ${order}, d.id asc limit ${limit} offset ${offset}`,
    values,
  );
}

/** The 街道重大事项 register (proposedOn newest first), as rawList does for the decisions. */
async function rawMatterList(sql: SqlClient, actor: BenchActor, condition: string, values: unknown[], limit: number, offset: number) {
  await rawSession(sql, actor);
  await sql.query(`select count(*)::int as n from (select 1 from subdistrict_matters m where m.deleted_at is null and ${condition} limit ${listCountCap + 1}) x`, values);
  await sql.query(
    `select ${matterColumns} from subdistrict_matters m left join org_units u on u.id = m.org_unit_id
     where m.deleted_at is null and ${condition} order by m.proposed_on desc, m.id asc limit ${limit} offset ${offset}`,
    values,
  );
}

/** What the matter's detail route reads: the matter, the latest review, assignees, attachments. */
async function rawMatterDetail(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  await sql.query(`select ${matterColumns} from subdistrict_matters m left join org_units u on u.id = m.org_unit_id where m.deleted_at is null and m.id = $1`, [id]);
  await sql.query(
    `select id, state, opinion, concluded_on, adviser_took_part from legal_review_requests
     where subject_kind = 'subdistrictMatter' and subject_id = $1 and deleted_at is null order by received_on desc, created_at desc limit 1`,
    [id],
  );
  await sql.query(
    `select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id
     where a.entity_type = 'decisions.matter' and a.entity_id = $1`,
    [id],
  );
  await sql.query(
    `select id, filename, mime_type, size, created_at, published_at from attachments
     where entity_type = 'decisions.matter' and entity_id = $1 and deleted_at is null order by created_at`,
    [id],
  );
}

/** What the detail route reads: the decision, its expert and member opinions, execution reports, the latest review, assignees, attachments. */
async function rawDetail(sql: SqlClient, actor: BenchActor, id: string) {
  await rawSession(sql, actor);
  await sql.query(`select ${decisionColumns} from major_decisions d left join org_units u on u.id = d.org_unit_id where ${live} and d.id = $1`, [id]);
  await sql.query('select * from decision_expert_opinions where decision_id = $1 order by ordinal', [id]);
  await sql.query('select * from decision_member_opinions where decision_id = $1 order by ordinal', [id]);
  await sql.query('select * from decision_execution_reports where decision_id = $1 and deleted_at is null order by reported_on', [id]);
  await sql.query(
    `select id, state, opinion, concluded_on, adviser_took_part from legal_review_requests
     where subject_kind = 'majorDecision' and subject_id = $1 and deleted_at is null order by received_on desc, created_at desc limit 1`,
    [id],
  );
  await sql.query(
    `select a.id, a.user_id, a.role, u.display_name from assignments a join users u on u.id = a.user_id
     where a.entity_type = 'decisions.decision' and a.entity_id = $1`,
    [id],
  );
  await sql.query(
    `select id, filename, mime_type, size, created_at, published_at from attachments
     where entity_type = 'decisions.decision' and entity_id = $1 and deleted_at is null order by created_at`,
    [id],
  );
}

/**
 * The ten decision indicators by hand: catalogue items of the year's published catalogues (at their 承办单位), the
 * decisions made with the step each rate measures, expert reviews and risk assessments, and the 街道 matters decided.
 */
async function rawIndicators(sql: SqlClient, actor: BenchActor, from: string, to: string) {
  await sql.query('select path from org_units where id = $1', [actor.orgUnitId]);
  const inScope = (column: string) => `${column} in (select id from org_units where path like $1)`;
  const params = [`${actor.scopePath}%`, from, to];
  await sql.query(
    `select count(*) from decision_catalogue_items i
     where ${inScope('i.lead_unit_id')} and extract(year from i.year_start) between extract(year from $2::date) and extract(year from $3::date)
       and exists (select 1 from decision_catalogues c where c.id = i.catalogue_id and c.deleted_at is null and c.state = 'published')`,
    params,
  );
  const decided = `d.decided_on between $2 and $3 and d.outcome in (${list(adoptingOutcomes)})`;
  await sql.query(
    `select count(*) filter (where ${decided}), count(*) filter (where ${decided} and d.public_comment_status = 'done'),
       count(*) filter (where ${decided} and ${passedReview('majorDecision', 'd.id')}),
       count(*) filter (where ${decided} and d.meeting_type in (${list(meetingTypes.codes)})),
       count(*) filter (where d.expert_reviewed_on between $2 and $3 and d.expert_review_status = 'done'),
       count(*) filter (where d.risk_assessed_on between $2 and $3 and d.risk_assessment_status = 'done')
     from major_decisions d where d.deleted_at is null and ${inScope('d.org_unit_id')}`,
    params,
  );
  const reviewed = `m.category in (${list(reviewedMatterCategories)})`;
  await sql.query(
    `select count(*), count(*) filter (where m.judicial_office_head_attended), count(*) filter (where ${reviewed}),
       count(*) filter (where ${reviewed} and m.unreviewed_note is null and ${passedReview('subdistrictMatter', 'm.id')})
     from subdistrict_matters m
     where m.deleted_at is null and m.state = 'decided' and m.meeting_on between $2 and $3 and ${inScope('m.org_unit_id')}
       and m.org_unit_id in (select id from org_units where kind = 'subdistrict')`,
    params,
  );
}

/** 重大行政决策 and 街道重大事项: each register's default page, a keyword search and the detail; the district-year indicators of both. */
export const decisionsScenarios: ScenarioModule = {
  module: 'decisions',
  async scenarios({ sql, prepared, actor }) {
    const decisions = await registerReads(sql, {
      name: 'decisions',
      path: '/api/decisions/decisions',
      table: 'major_decisions',
      alias: 'd',
      word: '停车',
      list: 'major decisions as the page opens: newest 启动日期 first',
      detail: 'decision detail with expert and member opinions, execution reports, review, assignees, attachments, steps',
      rawList: (s, condition, values) => rawList(s, actor, condition, values, 'd.started_on desc', 20, 0),
      rawDetail: (s, id) => rawDetail(s, actor, id),
    });
    const matters = await registerReads(sql, {
      name: 'decisions.matters',
      path: '/api/decisions/matters',
      table: 'subdistrict_matters',
      alias: 'm',
      word: '采购',
      list: '街道重大事项 as the page opens: newest 提出日期 first',
      detail: '街道重大事项 detail with review, assignees, attachments, steps',
      rawList: (s, condition, values) => rawMatterList(s, actor, condition, values, 20, 0),
      rawDetail: (s, id) => rawMatterDetail(s, actor, id),
    });
    return [...decisions, ...matters, yearFigures('decisions', decisionsIndicators, prepared.years.at(-1)!, (s, from, to) => rawIndicators(s, actor, from, to))];
  },
};
