import type { assignmentCreateSchema, assignmentReviewSchema, Block } from '@fazhi/core/reports';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { assertCan, inSubtreeOf, inSubtrees, scopePaths } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { loadForWrite } from '../../platform/register/service.js';
import { reportRegister } from './registers.js';
import { annualReports, reportAssignments } from './tables.js';

const entity = 'reports.assignment';

/** The coordinator asks a unit for the text of one block of a report being drafted. */
export async function createAssignment(services: Services, actor: Actor, reportId: string, input: z.infer<typeof assignmentCreateSchema>) {
  return services.db.transaction(async (tx) => {
    const report = await loadForWrite(tx, actor, reportRegister, reportId, 'update');
    // The unit asked must lie within the report's own unit (a district asks its departments and 街道).
    const [inside] = await tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.id, input.orgUnitId), inSubtreeOf(orgUnits.id, report.orgUnitId)));
    if (!inside) throw new AppError('validation', '承办单位不在本报告单位范围内', [{ path: 'orgUnitId', message: '承办单位不在本报告单位范围内' }]);
    const blocks = report.blocks as Block[];
    if (!blocks.some((b) => b.key === input.blockKey)) throw new AppError('validation', '段落不存在', [{ path: 'blockKey', message: '段落不存在' }]);
    const [row] = await tx
      .insert(reportAssignments)
      .values({ reportId, ...input, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entityType: entity, entityId: row!.id, summary: `布置报告材料：${input.blockKey}，期限${input.dueOn}` });
    return row!;
  });
}

/** Assignments addressed to the actor's units (those whose subtree the actor may update reports in). */
export async function myAssignments(services: Services, actor: Actor) {
  const paths = scopePaths(actor, 'reports', 'update');
  return services.db
    .select({
      id: reportAssignments.id,
      reportId: reportAssignments.reportId,
      reportTitle: annualReports.title,
      blockKey: reportAssignments.blockKey,
      orgUnitName: orgUnits.name,
      dueOn: reportAssignments.dueOn,
      note: reportAssignments.note,
      state: reportAssignments.state,
      text: reportAssignments.text,
      comment: reportAssignments.comment,
      version: reportAssignments.version,
    })
    .from(reportAssignments)
    .innerJoin(annualReports, eq(annualReports.id, reportAssignments.reportId))
    .innerJoin(orgUnits, eq(orgUnits.id, reportAssignments.orgUnitId))
    .where(inSubtrees(reportAssignments.orgUnitId, paths))
    .orderBy(asc(reportAssignments.dueOn));
}

async function loadAssignment(services: Services, actor: Actor, id: string) {
  const [a] = await services.db
    .select()
    .from(reportAssignments)
    .where(and(eq(reportAssignments.id, id), inSubtrees(reportAssignments.orgUnitId, scopePaths(actor, 'reports', 'update'))));
  if (!a) throw new AppError('notFound');
  return a;
}

export async function submitAssignment(services: Services, actor: Actor, id: string, text: string) {
  assertCan(actor, 'reports', 'update');
  const a = await loadAssignment(services, actor, id);
  if (!['assigned', 'returned'].includes(a.state)) throw new AppError('conflict', '材料已报送，等待审核');
  await services.db.transaction(async (tx) => {
    await tx
      .update(reportAssignments)
      .set({ text, state: 'submitted', submittedAt: new Date(), submittedBy: actor.userId, version: a.version + 1 })
      .where(eq(reportAssignments.id, id));
    await recordAudit(tx, auditActorOf(actor), { action: 'report.materialSubmitted', entityType: entity, entityId: id, changes: [{ field: 'text', from: a.text, to: text }] });
  });
  return { ok: true };
}

/** Accepting copies the unit's text into the block of the report; returning sends it back with a comment. */
export async function reviewAssignment(services: Services, actor: Actor, id: string, input: z.infer<typeof assignmentReviewSchema>) {
  await services.db.transaction(async (tx) => {
    const [a] = await tx.select().from(reportAssignments).where(eq(reportAssignments.id, id)).for('update');
    if (!a) throw new AppError('notFound');
    const report = await loadForWrite(tx, actor, reportRegister, a.reportId, 'update');
    if (a.state !== 'submitted') throw new AppError('conflict', '只有已报送的材料可以审核');
    if (input.decision === 'accept') {
      if (report.state !== 'drafting') throw new AppError('conflict', '报告已提交审核，不能再采用材料');
      const blocks = (report.blocks as Block[]).map((b) => (b.key === a.blockKey ? { ...b, text: a.text ?? '' } : b));
      await tx
        .update(annualReports)
        .set({ blocks, version: report.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
        .where(eq(annualReports.id, a.reportId));
    }
    const state = input.decision === 'accept' ? 'accepted' : 'returned';
    await tx
      .update(reportAssignments)
      .set({ state, comment: input.comment ?? null, reviewedAt: new Date(), version: a.version + 1 })
      .where(eq(reportAssignments.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: `report.material${input.decision === 'accept' ? 'Accepted' : 'Returned'}`,
      entityType: reportRegister.spec.entity,
      entityId: a.reportId,
      summary: `${a.blockKey}：${input.comment ?? ''}`,
    });
  });
  return { ok: true };
}
