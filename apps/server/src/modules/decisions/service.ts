import {
  availableDecisionTransitions,
  catalogueTransitionInputs,
  catalogueTransitionProblems,
  catalogueTransitions,
  decisionTargetState,
  decisionTransitionInputs,
  decisionTransitionProblems,
  decisionTransitions,
  departsFromMajority,
  matterTransitionInputs,
  matterTransitionProblems,
  matterTransitions,
  stepInputs,
  stepProblems,
  stepsRecordableIn,
  type CatalogueState,
  type CatalogueTransition,
  type DecisionOutcome,
  type DecisionState,
  type DecisionTransition,
  type ExecutionReportCreate,
  type ExpertOpinion,
  type MatterState,
  type MatterTransition,
  type MemberOpinion,
  type RecordedStep,
  recordedSteps,
} from '@fazhi/core/decisions';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopePaths } from '../../platform/access/policy.js';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import type { RegisterDef } from '../../platform/register/define.js';
import { getRecord, loadForWrite } from '../../platform/register/service.js';
import { reviewConclusion, reviewPassed } from '../legal-review/subjects.js';
import { catalogueRegister, decisionRegister, matterRegister } from './registers.js';
import { decisionFacts, stepValues } from './steps.js';
import { decisionCatalogueItems, decisionCatalogues, decisionExecutionReports, decisionExpertOpinions, decisionMemberOpinions, majorDecisions, subdistrictMatters } from './tables.js';

/** A guard's refusal: 409, "not from this state" or "a step is missing". */
function refuse(problems: string[], allowedFromHere: boolean): never {
  throw new AppError(allowedFromHere ? 'guardFailed' : 'transitionNotAllowed', problems.join('；'));
}

/** Writes the new state and values of a record, bumping its version, and audits it, all in the caller's transaction. */
async function writeAudited(tx: Db, actor: Actor, def: RegisterDef, before: Record<string, unknown> & { id: string; version: number }, values: Record<string, unknown>, action: string, summary: string) {
  await tx
    .update(def.table)
    .set({ ...values, version: before.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
    .where(eq(def.table.id, before.id));
  await recordAudit(tx, auditActorOf(actor), { action, entityType: def.spec.entity, entityId: before.id, summary, changes: diffFields(before, values) });
}

/* ----------------------------------------------------------------- decisions */

export async function getDecision(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, decisionRegister, id);
  const state = record.state as DecisionState;
  // A closed decision is a closed file: nothing on it changes any more.
  const permissions = { ...record.permissions, update: record.permissions.update && state !== 'closed' };
  return {
    ...record,
    permissions,
    transitions: record.permissions.transition ? availableDecisionTransitions(state) : [],
    recordableSteps: permissions.update ? stepsRecordableIn(state) : [],
  };
}

async function executionReportCount(tx: Db, id: string) {
  const [row] = await tx.select({ n: count() }).from(decisionExecutionReports).where(and(eq(decisionExecutionReports.decisionId, id), isNull(decisionExecutionReports.deletedAt)));
  return row?.n ?? 0;
}

export async function fireDecisionTransition(services: Services, actor: Actor, id: string, name: DecisionTransition, body: Record<string, unknown> & { version: number }) {
  const def = decisionTransitions[name];
  const { version, ...rest } = body;
  const input = decisionTransitionInputs[name].parse(rest) as Record<string, unknown>;
  await services.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, decisionRegister, id, 'transition', version);
    const review = await reviewConclusion(tx, 'majorDecision', id);
    const facts = decisionFacts(before, review, await executionReportCount(tx, id));
    const problems = decisionTransitionProblems(name, facts, input);
    if (problems.length) refuse(problems, def.from.includes(facts.state));
    const { members, ...fields } = input as Record<string, unknown> & { members?: MemberOpinion[] };
    const values: Record<string, unknown> = { ...fields, state: decisionTargetState(name, input) };
    if (name === 'publish') {
      values.publicationChannel = values.channel;
      delete values.channel;
    }
    if (members) {
      values.departsFromMajority = departsFromMajority(members.map((m) => m.stance), input.outcome as DecisionOutcome);
      values.departureReason = fields.departureReason ?? null;
      await tx.delete(decisionMemberOpinions).where(eq(decisionMemberOpinions.decisionId, id));
      await tx.insert(decisionMemberOpinions).values(members.map((m, ordinal) => ({ ...m, decisionId: id, ordinal })));
    }
    await writeAudited(tx, actor, decisionRegister, before, values, `transition.${name}`, def.label);
  });
  return getDecision(services, actor, id);
}

export async function recordStep(services: Services, actor: Actor, id: string, step: RecordedStep, body: Record<string, unknown> & { version: number }) {
  const { version, ...rest } = body;
  const input = stepInputs[step].parse(rest);
  await services.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, decisionRegister, id, 'update', version);
    const problems = stepProblems(step, before.state as DecisionState);
    if (problems.length) refuse(problems, false);
    const values = stepValues(step, input);
    if (step === 'expertReview') {
      await tx.delete(decisionExpertOpinions).where(eq(decisionExpertOpinions.decisionId, id));
      const experts = input.status === 'done' ? ((input as { experts: ExpertOpinion[] }).experts ?? []) : [];
      if (experts.length) await tx.insert(decisionExpertOpinions).values(experts.map((e, ordinal) => ({ ...e, decisionId: id, ordinal })));
    }
    const label = recordedSteps.label(step);
    await writeAudited(tx, actor, decisionRegister, before, values, `step.${step}`, input.status === 'done' ? `登记${label}` : `${label}标明不适用`);
  });
  return getDecision(services, actor, id);
}

/** 执行情况报告: part of the decision's file, so adding one is an update of the decision. */
export async function addExecutionReport(services: Services, actor: Actor, id: string, input: ExecutionReportCreate) {
  return services.db.transaction(async (tx) => {
    const decision = await loadForWrite(tx, actor, decisionRegister, id, 'update');
    if (decision.state !== 'published') throw new AppError('conflict', '决策公布实施后方可登记执行情况报告');
    if (decision.publishedOn && input.reportedOn < String(decision.publishedOn)) {
      throw new AppError('validation', '报告日期早于决策公布日期', [{ path: 'reportedOn', message: '报告日期早于决策公布日期' }]);
    }
    const [row] = await tx.insert(decisionExecutionReports).values({ ...input, decisionId: id, createdBy: actor.userId }).returning();
    await recordAudit(tx, auditActorOf(actor), { action: 'execution.add', entityType: decisionRegister.spec.entity, entityId: id, summary: `登记执行情况报告 ${input.reportedOn}`, changes: diffFields({}, input) });
    return row!;
  });
}

/** Removes a report entered by mistake (kept in the table, out of the file), while the decision is being carried out. */
export async function removeExecutionReport(services: Services, actor: Actor, id: string, reportId: string) {
  await services.db.transaction(async (tx) => {
    const decision = await loadForWrite(tx, actor, decisionRegister, id, 'update');
    if (decision.state !== 'published') throw new AppError('conflict', '只有公布实施中的决策可以删除执行情况报告');
    const [row] = await tx
      .update(decisionExecutionReports)
      .set({ deletedAt: new Date() })
      .where(and(eq(decisionExecutionReports.id, reportId), eq(decisionExecutionReports.decisionId, id), isNull(decisionExecutionReports.deletedAt)))
      .returning();
    if (!row) throw new AppError('notFound');
    await recordAudit(tx, auditActorOf(actor), { action: 'execution.remove', entityType: decisionRegister.spec.entity, entityId: id, summary: `删除执行情况报告 ${row.reportedOn}` });
  });
}

/** Items of approved catalogues, not yet started, that the actor's units lead: what a new decision may be started on. */
export async function openCatalogueItems(services: Services, actor: Actor) {
  const paths = scopePaths(actor, 'decisions', 'create');
  if (paths.length === 0) return [];
  const rows = await services.db
    .select({ id: decisionCatalogueItems.id, title: decisionCatalogueItems.title, kind: decisionCatalogueItems.kind, leadUnitId: decisionCatalogueItems.leadUnitId, leadUnitName: orgUnits.name, leadUnitPath: orgUnits.path, plannedQuarter: decisionCatalogueItems.plannedQuarter, year: decisionCatalogues.year })
    .from(decisionCatalogueItems)
    .innerJoin(decisionCatalogues, and(eq(decisionCatalogues.id, decisionCatalogueItems.catalogueId), isNull(decisionCatalogues.deletedAt)))
    .innerJoin(orgUnits, eq(orgUnits.id, decisionCatalogueItems.leadUnitId))
    .leftJoin(majorDecisions, and(eq(majorDecisions.id, decisionCatalogueItems.decisionId), isNull(majorDecisions.deletedAt)))
    .where(isNull(majorDecisions.id))
    .orderBy(asc(decisionCatalogues.year), asc(decisionCatalogueItems.ordinal));
  return rows
    .filter((r) => paths.some((p) => r.leadUnitPath.startsWith(p)))
    .map(({ leadUnitPath: _p, ...r }) => r);
}

/* ----------------------------------------------------------------- catalogues */

export async function getCatalogue(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, catalogueRegister, id);
  const state = record.state as CatalogueState;
  const transitions = record.permissions.transition ? (Object.keys(catalogueTransitions) as CatalogueTransition[]).filter((t) => catalogueTransitions[t].from.includes(state)) : [];
  return { ...record, transitions };
}

export async function fireCatalogueTransition(services: Services, actor: Actor, id: string, name: CatalogueTransition, body: Record<string, unknown> & { version: number }) {
  const def = catalogueTransitions[name];
  const { version, ...rest } = body;
  const input = catalogueTransitionInputs[name].parse(rest) as Record<string, unknown>;
  await services.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, catalogueRegister, id, 'transition', version);
    const state = before.state as CatalogueState;
    const problems = catalogueTransitionProblems(name, { state, itemCount: Number(before.itemCount), approvedOn: (before.approvedOn as string | null) ?? null }, input);
    if (problems.length) refuse(problems, def.from.includes(state));
    await writeAudited(tx, actor, catalogueRegister, before, { ...input, state: def.to }, `transition.${name}`, def.label);
  });
  return getCatalogue(services, actor, id);
}

/* ----------------------------------------------------------------- 街道 matters */

export async function getMatter(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, matterRegister, id);
  const state = record.state as MatterState;
  const transitions = record.permissions.transition ? (Object.keys(matterTransitions) as MatterTransition[]).filter((t) => matterTransitions[t].from.includes(state)) : [];
  return { ...record, transitions };
}

export async function fireMatterTransition(services: Services, actor: Actor, id: string, name: MatterTransition, body: Record<string, unknown> & { version: number }) {
  const def = matterTransitions[name];
  const { version, ...rest } = body;
  const input = matterTransitionInputs[name].parse(rest) as Record<string, unknown>;
  await services.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, matterRegister, id, 'transition', version);
    const review = await reviewConclusion(tx, 'subdistrictMatter', id);
    const state = before.state as MatterState;
    const problems = matterTransitionProblems(name, { state, reviewPassed: reviewPassed(review) && review?.state !== 'withdrawn', reviewConcludedOn: review?.concludedOn ?? null }, input);
    if (problems.length) refuse(problems, def.from.includes(state));
    await writeAudited(tx, actor, matterRegister, before, { ...input, state: def.to }, `transition.${name}`, def.label);
  });
  return getMatter(services, actor, id);
}

/** What legal review shows of a linked decision or matter (title, unit, web page). */
export async function decisionSubject(db: Db, id: string) {
  const [row] = await db.select({ title: majorDecisions.title, orgUnitId: majorDecisions.orgUnitId }).from(majorDecisions).where(and(eq(majorDecisions.id, id), isNull(majorDecisions.deletedAt)));
  return row ? { ...row, path: `/decisions/decisions/${id}` } : null;
}

export async function matterSubject(db: Db, id: string) {
  const [row] = await db.select({ title: subdistrictMatters.subject, orgUnitId: subdistrictMatters.orgUnitId }).from(subdistrictMatters).where(and(eq(subdistrictMatters.id, id), isNull(subdistrictMatters.deletedAt)));
  return row ? { ...row, path: `/decisions/matters/${id}` } : null;
}
