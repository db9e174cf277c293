import { stepInputs, stepProblems, stepsRecordableIn, type DecisionState, type ExecutionReportCreate, type ExpertOpinion, type RecordedStep, recordedSteps } from '@fazhi/core/decisions';
import { and, asc, eq, isNull } from 'drizzle-orm';
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
import { stepOptions } from '../../platform/workflow/engine.js';
import { catalogueRegister, decisionRegister, matterRegister } from './registers.js';
import { stepValues } from './steps.js';
import { decisionCatalogueItems, decisionCatalogues, decisionExecutionReports, decisionExpertOpinions, majorDecisions, subdistrictMatters } from './tables.js';
import { catalogueFlow, decisionFlow, matterFlow } from './workflow.js';

/** Writes a recorded step's values, bumping the decision's version, and audits it, all in the caller's transaction. */
async function writeAudited(
  tx: Db,
  actor: Actor,
  def: RegisterDef,
  before: Record<string, unknown> & { id: string; version: number },
  values: Record<string, unknown>,
  action: string,
  summary: string,
) {
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
    transitions: await stepOptions(services.db, actor, decisionFlow, record),
    recordableSteps: permissions.update ? stepsRecordableIn(state) : [],
  };
}

export async function recordStep(services: Services, actor: Actor, id: string, step: RecordedStep, body: Record<string, unknown> & { version: number }) {
  const { version, ...rest } = body;
  const input = stepInputs[step].parse(rest);
  await services.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, decisionRegister, id, 'update', version);
    const problems = stepProblems(step, before.state as DecisionState);
    if (problems.length) throw new AppError('transitionNotAllowed', problems.join('；'));
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
    const [row] = await tx
      .insert(decisionExecutionReports)
      .values({ ...input, decisionId: id, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'execution.add',
      entityType: decisionRegister.spec.entity,
      entityId: id,
      summary: `登记执行情况报告 ${input.reportedOn}`,
      changes: diffFields({}, input),
    });
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
    .select({
      id: decisionCatalogueItems.id,
      title: decisionCatalogueItems.title,
      kind: decisionCatalogueItems.kind,
      leadUnitId: decisionCatalogueItems.leadUnitId,
      leadUnitName: orgUnits.name,
      leadUnitPath: orgUnits.path,
      plannedQuarter: decisionCatalogueItems.plannedQuarter,
      year: decisionCatalogues.year,
    })
    .from(decisionCatalogueItems)
    .innerJoin(decisionCatalogues, and(eq(decisionCatalogues.id, decisionCatalogueItems.catalogueId), isNull(decisionCatalogues.deletedAt)))
    .innerJoin(orgUnits, eq(orgUnits.id, decisionCatalogueItems.leadUnitId))
    .leftJoin(majorDecisions, and(eq(majorDecisions.id, decisionCatalogueItems.decisionId), isNull(majorDecisions.deletedAt)))
    .where(isNull(majorDecisions.id))
    .orderBy(asc(decisionCatalogues.year), asc(decisionCatalogueItems.ordinal));
  return rows.filter((r) => paths.some((p) => r.leadUnitPath.startsWith(p))).map(({ leadUnitPath: _p, ...r }) => r);
}

/* ----------------------------------------------------------------- catalogues */

export async function getCatalogue(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, catalogueRegister, id);
  return { ...record, transitions: await stepOptions(services.db, actor, catalogueFlow, record) };
}

/* ----------------------------------------------------------------- 街道 matters */

export async function getMatter(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, matterRegister, id);
  return { ...record, transitions: await stepOptions(services.db, actor, matterFlow, record) };
}

/** What legal review shows of a linked decision or matter (title, unit, web page). */
export async function decisionSubject(db: Db, id: string) {
  const [row] = await db
    .select({ title: majorDecisions.title, orgUnitId: majorDecisions.orgUnitId })
    .from(majorDecisions)
    .where(and(eq(majorDecisions.id, id), isNull(majorDecisions.deletedAt)));
  return row ? { ...row, path: `/decisions/decisions/${id}` } : null;
}

export async function matterSubject(db: Db, id: string) {
  const [row] = await db
    .select({ title: subdistrictMatters.subject, orgUnitId: subdistrictMatters.orgUnitId })
    .from(subdistrictMatters)
    .where(and(eq(subdistrictMatters.id, id), isNull(subdistrictMatters.deletedAt)));
  return row ? { ...row, path: `/decisions/matters/${id}` } : null;
}
