import { toIsoDate } from '@fazhi/core';
import { fileScore, gradeOf, reviewerScore, type ReviewerResult } from '@fazhi/core/enforcement';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { assign } from '../../platform/access/policy.js';
import { assignments } from '../../platform/access/tables.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { users } from '../../platform/auth/tables.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, refuse } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { getRecord, loadForWrite } from '../../platform/register/service.js';
import { campaignRegister, reviewFileRegister } from './review-registers.js';
import { enforcementReviewCampaigns, enforcementReviewFiles, enforcementReviewScores, enforcementRubricItems } from './tables.js';

const entity = reviewFileRegister.spec.entity;
const role = 'reviewer';

const rubricOf = (db: Db) =>
  db
    .select({
      id: enforcementRubricItems.id,
      code: enforcementRubricItems.code,
      group: enforcementRubricItems.group,
      title: enforcementRubricItems.title,
      maxDeduction: enforcementRubricItems.maxDeduction,
    })
    .from(enforcementRubricItems)
    .where(isNull(enforcementRubricItems.deletedAt))
    .orderBy(asc(enforcementRubricItems.code));

async function reviewerIds(db: Db, fileId: string) {
  const rows = await db
    .select({ userId: assignments.userId })
    .from(assignments)
    .where(and(eq(assignments.entityType, entity), eq(assignments.entityId, fileId), eq(assignments.role, role)));
  return rows.map((r) => r.userId);
}

/** Recomputes a file's score and grade from the scores of its assigned reviewers, by its campaign's rule. */
export async function refreshFileScore(tx: Db, fileId: string) {
  const [file] = await tx
    .select({ rule: enforcementReviewCampaigns.scoreRule })
    .from(enforcementReviewFiles)
    .innerJoin(enforcementReviewCampaigns, eq(enforcementReviewCampaigns.id, enforcementReviewFiles.campaignId))
    .where(eq(enforcementReviewFiles.id, fileId));
  const assigned = await reviewerIds(tx, fileId);
  const rubric = await rubricOf(tx);
  const rows = assigned.length
    ? await tx
        .select()
        .from(enforcementReviewScores)
        .where(and(eq(enforcementReviewScores.fileId, fileId), inArray(enforcementReviewScores.reviewerId, assigned)))
    : [];
  const results: ReviewerResult[] = assigned
    .map((id) => rows.filter((r) => r.reviewerId === id))
    .filter((scores) => scores.length > 0)
    .map((scores) => ({ ...reviewerScore(rubric, scores), scores }));
  const score = fileScore(file?.rule ?? 'mean', assigned.length, results);
  await tx
    .update(enforcementReviewFiles)
    .set({ score, grade: gradeOf(score) })
    .where(eq(enforcementReviewFiles.id, fileId));
  return score;
}

/** Names the file's 评查人员 (any unit: cross-review), replacing the previous ones; their scores stay kept. */
export async function setReviewers(services: Services, actor: Actor, fileId: string, userIds: string[]) {
  const unique = [...new Set(userIds)];
  await services.db.transaction(async (tx) => {
    await loadForWrite(tx, actor, reviewFileRegister, fileId, 'update');
    const found = await tx
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(and(inArray(users.id, unique), eq(users.disabled, false)));
    const missing = unique.findIndex((id) => !found.some((u) => u.id === id));
    if (missing >= 0) refuse([{ path: `userIds.${userIds.indexOf(unique[missing]!)}`, message: '所选评查人员不存在或已停用' }]);
    await tx.delete(assignments).where(and(eq(assignments.entityType, entity), eq(assignments.entityId, fileId), eq(assignments.role, role)));
    await assign(tx, actor, entity, fileId, unique, role);
    const names = unique.map((id) => found.find((u) => u.id === id)!.name).join('、');
    await tx
      .update(enforcementReviewFiles)
      .set({ reviewerNames: names, version: sql`${enforcementReviewFiles.version} + 1`, updatedBy: actor.userId })
      .where(eq(enforcementReviewFiles.id, fileId));
    await refreshFileScore(tx, fileId);
    await recordAudit(tx, auditActorOf(actor), { action: 'assign', entityType: entity, entityId: fileId, summary: `指定评查人员：${names}` });
  });
  return getRecord(services, actor, reviewFileRegister, fileId);
}

/** The rubric with the actor's own scores of the file, and (for the organiser) every reviewer's total. */
export async function fileScores(services: Services, actor: Actor, fileId: string) {
  const file = await getRecord(services, actor, reviewFileRegister, fileId);
  const { db } = services;
  const rubric = await rubricOf(db);
  const assigned = await reviewerIds(db, fileId);
  const all = await db.select().from(enforcementReviewScores).where(eq(enforcementReviewScores.fileId, fileId));
  const mine = all.filter((s) => s.reviewerId === actor.userId).map(({ itemId, deduction, vetoed, comment }) => ({ itemId, deduction, vetoed, comment }));
  // Other reviewers' scores are the organiser's to see; a reviewer sees only their own.
  const organiser = Boolean((file.permissions as { update?: boolean }).update);
  const names = assigned.length ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, assigned)) : [];
  const reviewers = organiser
    ? assigned.map((id) => {
        const scores = all.filter((s) => s.reviewerId === id);
        const r = reviewerScore(rubric, scores);
        return { name: names.find((n) => n.id === id)?.name ?? '', submitted: scores.length > 0, score: scores.length ? r.score : null, vetoed: r.vetoed };
      })
    : [];
  return { assignedToMe: assigned.includes(actor.userId), rubric, mine, reviewers, score: (file.score as number | null) ?? null, grade: (file.grade as string | null) ?? null };
}

/** A reviewer's scoring of a file: every item's deduction or veto, replacing their earlier scoring. */
export async function submitScores(services: Services, actor: Actor, fileId: string, scores: { itemId: string; deduction: number; vetoed: boolean; comment?: string }[]) {
  await services.db.transaction(async (tx) => {
    await loadForWrite(tx, actor, reviewFileRegister, fileId, 'transition');
    if (scores.length === 0) refuse([{ path: 'scores', message: '请至少评一项（无扣分的项目填0）' }]);
    if (!(await reviewerIds(tx, fileId)).includes(actor.userId)) throw new AppError('forbidden', '您不是本案卷的评查人员');
    const rubric = await rubricOf(tx);
    const seen = new Set<string>();
    scores.forEach((s, i) => {
      const item = rubric.find((r) => r.id === s.itemId);
      if (!item) refuse([{ path: `scores.${i}.itemId`, message: '所选评查项目不存在' }]);
      if (seen.has(s.itemId)) refuse([{ path: `scores.${i}.itemId`, message: '同一评查项目只能评一次' }]);
      seen.add(s.itemId);
      if (item!.group === 'veto' && s.deduction > 0) refuse([{ path: `scores.${i}.deduction`, message: '否决项不扣分，请选择是否否决' }]);
      if (item!.group !== 'veto' && s.vetoed) refuse([{ path: `scores.${i}.vetoed`, message: '只有否决项可以否决' }]);
      if (s.deduction > item!.maxDeduction) refuse([{ path: `scores.${i}.deduction`, message: `该项最多扣${item!.maxDeduction}分` }]);
    });
    await tx.delete(enforcementReviewScores).where(and(eq(enforcementReviewScores.fileId, fileId), eq(enforcementReviewScores.reviewerId, actor.userId)));
    const today = toIsoDate(new Date());
    await tx
      .insert(enforcementReviewScores)
      .values(scores.map((s) => ({ fileId, reviewerId: actor.userId, itemId: s.itemId, deduction: s.deduction, vetoed: s.vetoed, comment: s.comment || null, scoredOn: today })));
    const own = reviewerScore(rubric, scores);
    const score = await refreshFileScore(tx, fileId);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'score',
      entityType: entity,
      entityId: fileId,
      summary: `评查评分${own.vetoed ? '（否决）' : ''}：${own.score}分；案卷得分${score ?? '待定'}`,
    });
  });
  return fileScores(services, actor, fileId);
}

/** Results of a campaign per 执法主体: files, mean score of the scored ones, grades. */
export async function campaignResults(services: Services, actor: Actor, campaignId: string) {
  await getRecord(services, actor, campaignRegister, campaignId);
  const f = enforcementReviewFiles;
  const rows = await services.db
    .select({
      bodyName: f.bodyName,
      files: sql<number>`count(*)::int`,
      scored: sql<number>`count(${f.score})::int`,
      meanScore: sql<number | null>`round(avg(${f.score})::numeric, 1)::float`,
      excellent: sql<number>`count(*) filter (where ${f.grade} = 'excellent')::int`,
      passed: sql<number>`count(*) filter (where ${f.grade} = 'passed')::int`,
      failed: sql<number>`count(*) filter (where ${f.grade} = 'failed')::int`,
      nominated: sql<number>`count(*) filter (where ${f.nominated})::int`,
    })
    .from(f)
    .where(and(eq(f.campaignId, campaignId), isNull(f.deletedAt)))
    .groupBy(f.bodyName)
    .orderBy(f.bodyName);
  return rows;
}
