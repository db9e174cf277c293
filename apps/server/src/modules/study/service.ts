import { toIsoDate } from '@fazhi/core';
import { drawPaper, examSpec, optionsOf, parseDrawRules, scoreSitting, shortfalls, type Keyed, type SittingView } from '@fazhi/core/study';
import { and, asc, count, eq, inArray, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { assertCan, scopeCondition, unitPathInScope } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { users } from '../../platform/auth/tables.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, refuse } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { getRecord } from '../../platform/register/service.js';
import { examRegister } from './registers.js';
import { studyAnswers, studyCandidates, studyExams, studyQuestions, studySittings } from './tables.js';

/** Answers arriving this long after the time is up still count (a save in flight when the clock ran out). */
const graceMs = 30_000;
const sittingEntity = 'study.sitting';
type Sitting = typeof studySittings.$inferSelect;
type Exam = typeof studyExams.$inferSelect;

/** Enrols users as candidates of an exam: the exam must be the actor's to update, each user in the actor's scope. */
export async function enrolCandidates(services: Services, actor: Actor, examId: string, userIds: string[]) {
  assertCan(actor, 'study', 'update');
  await getRecord(services, actor, examRegister, examId);
  const [exam] = await services.db
    .select({ id: studyExams.id })
    .from(studyExams)
    .where(and(eq(studyExams.id, examId), scopeCondition(actor, 'study', 'update', studyExams, examSpec.entity)));
  if (!exam) throw new AppError('forbidden', '无权为该考试报名考生');
  const ids = [...new Set(userIds)];
  const found = await services.db
    .select({ id: users.id, orgUnitId: users.orgUnitId, path: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(inArray(users.id, ids));
  const inScope = found.filter((u) => unitPathInScope(actor, 'study', 'update', u.path));
  // A user outside the scope is answered like one that does not exist.
  if (inScope.length !== ids.length) refuse([{ path: 'userIds', message: '所选考生中有不存在或不在本单位范围内的人员' }]);
  return services.db.transaction(async (tx) => {
    const added = await tx
      .insert(studyCandidates)
      .values(inScope.map((u) => ({ examId, userId: u.id, orgUnitId: u.orgUnitId })))
      .onConflictDoNothing()
      .returning({ id: studyCandidates.id });
    await recordAudit(tx, auditActorOf(actor), { action: 'update', entityType: examSpec.entity, entityId: examId, summary: `报名考生${added.length}人` });
    return { enrolled: added.length };
  });
}

/** The exams the actor is enrolled in, with their attempts. */
export async function myExams(services: Services, actor: Actor, now = new Date()) {
  const exams = await services.db
    .select({ exam: studyExams })
    .from(studyCandidates)
    .innerJoin(studyExams, eq(studyExams.id, studyCandidates.examId))
    .where(and(eq(studyCandidates.userId, actor.userId), isNull(studyExams.deletedAt)))
    .orderBy(asc(studyExams.opensOn));
  const sittings = exams.length
    ? await services.db
        .select()
        .from(studySittings)
        .where(
          and(
            eq(studySittings.userId, actor.userId),
            inArray(
              studySittings.examId,
              exams.map((e) => e.exam.id),
            ),
          ),
        )
        .orderBy(asc(studySittings.attempt))
    : [];
  const today = toIsoDate(now);
  return exams.map(({ exam }) => {
    const attempts = sittings.filter((s) => s.examId === exam.id);
    return {
      id: exam.id,
      title: exam.title,
      kind: exam.kind,
      opensOn: exam.opensOn,
      closesOn: exam.closesOn,
      durationMinutes: exam.durationMinutes,
      maxAttempts: exam.maxAttempts,
      attempts: attempts.map((s) => ({ id: s.id, attempt: s.attempt, state: s.state, score: s.score, submittedAt: s.submittedAt?.toISOString() ?? null })),
      canStart: startRefusal(exam, attempts, today, now) === null || attempts.some((s) => s.state === 'open' && s.dueAt.getTime() + graceMs > now.getTime()),
    };
  });
}

function startRefusal(exam: Exam, attempts: Sitting[], today: string, now: Date): string | null {
  if (today < exam.opensOn) return `考试将于${exam.opensOn}开考`;
  if (today > exam.closesOn) return '考试已截止';
  if (attempts.some((s) => s.state === 'passed')) return '您已通过本次考试';
  if (attempts.some((s) => s.state === 'open' && s.dueAt.getTime() + graceMs > now.getTime())) return null;
  if (attempts.length >= exam.maxAttempts) return `已达到最多考试次数（${exam.maxAttempts}次）`;
  return null;
}

/**
 * Starts a sitting, or resumes the one still open (a second tab or a reload never draws a second paper). The paper
 * is drawn from the bank by the exam's rules with the new sitting's id as seed.
 */
export async function startSitting(services: Services, actor: Actor, examId: string, now = new Date()): Promise<SittingView> {
  const id = await services.db.transaction(async (tx) => {
    const [enrolment] = await tx
      .select({ orgUnitId: studyCandidates.orgUnitId })
      .from(studyCandidates)
      .where(and(eq(studyCandidates.examId, examId), eq(studyCandidates.userId, actor.userId)));
    const [exam] = enrolment
      ? await tx
          .select()
          .from(studyExams)
          .where(and(eq(studyExams.id, examId), isNull(studyExams.deletedAt)))
      : [];
    if (!enrolment || !exam) throw new AppError('notFound', '没有找到您可参加的这场考试');
    // Serialises two starts of the same candidate (two tabs): the second sees the first's sitting.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`study:${examId}:${actor.userId}`}))`);
    const attempts = await finishExpired(
      tx,
      await tx
        .select()
        .from(studySittings)
        .where(and(eq(studySittings.examId, examId), eq(studySittings.userId, actor.userId))),
      exam,
      now,
    );
    const open = attempts.find((s) => s.state === 'open');
    if (open) return open.id;
    const refusal = startRefusal(exam, attempts, toIsoDate(now), now);
    if (refusal) throw new AppError('conflict', refusal);
    const parsed = parseDrawRules(exam.drawRules);
    if ('message' in parsed) throw new AppError('conflict', `考试的抽题规则有误：${parsed.message}`);
    const bank = await tx
      .select({ id: studyQuestions.id, tag: studyQuestions.tag, points: studyQuestions.points })
      .from(studyQuestions)
      .where(
        and(
          isNull(studyQuestions.deletedAt),
          inArray(
            studyQuestions.tag,
            parsed.rules.map((r) => r.tag),
          ),
        ),
      );
    const byTag: Record<string, number> = {};
    for (const q of bank) byTag[q.tag] = (byTag[q.tag] ?? 0) + 1;
    const short = shortfalls(parsed.rules, byTag);
    if (short.length) throw new AppError('conflict', `题库题目不足，暂不能开考：${short.join('；')}`);
    const sittingId = crypto.randomUUID();
    const questionIds = drawPaper(bank, parsed.rules, sittingId);
    const points = new Map(bank.map((q) => [q.id, q.points]));
    await tx.insert(studySittings).values({
      id: sittingId,
      examId,
      userId: actor.userId,
      orgUnitId: enrolment.orgUnitId,
      attempt: attempts.length + 1,
      state: 'open',
      questionIds,
      startedAt: now,
      dueAt: new Date(now.getTime() + exam.durationMinutes * 60_000),
      total: questionIds.reduce((s, q) => s + (points.get(q) ?? 0), 0),
    });
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entityType: sittingEntity, entityId: sittingId, summary: `开始考试“${exam.title}”第${attempts.length + 1}次` });
    return sittingId;
  });
  return viewSitting(services, actor, id, now);
}

/** The actor's own sitting, or not found: a candidate reaches no other sitting, whatever their grants. */
async function ownSitting(db: Db, actor: Actor, id: string, lock = false): Promise<Sitting> {
  const q = db
    .select()
    .from(studySittings)
    .where(and(eq(studySittings.id, id), eq(studySittings.userId, actor.userId)));
  const [s] = lock ? await q.for('update') : await q;
  if (!s) throw new AppError('notFound', '没有找到这场考试');
  return s;
}

async function keyedPaper(db: Db, ids: string[]) {
  const rows = ids.length ? await db.select().from(studyQuestions).where(inArray(studyQuestions.id, ids)) : [];
  const byId = new Map(rows.map((q) => [q.id, q]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

async function answersOf(db: Db, sittingId: string): Promise<Record<string, string>> {
  const rows = await db.select({ questionId: studyAnswers.questionId, answer: studyAnswers.answer }).from(studyAnswers).where(eq(studyAnswers.sittingId, sittingId));
  return Object.fromEntries(rows.map((r) => [r.questionId, r.answer]));
}

/** Scores and closes a sitting: automatic points now, short answers left to the marker. */
async function finish(tx: Db, s: Sitting, exam: Pick<Exam, 'passPercent'>, at: Date): Promise<Sitting> {
  const paper = await keyedPaper(tx, s.questionIds);
  const result = scoreSitting(
    paper.map((q) => ({ id: q.id, kind: q.kind, answer: q.answerKey, points: q.points })),
    await answersOf(tx, s.id),
    s.marks,
    exam.passPercent,
  );
  const state = result.passed === null ? 'marking' : result.passed ? 'passed' : 'failed';
  const [row] = await tx
    .update(studySittings)
    .set({ state, score: result.score, submittedAt: s.submittedAt ?? at, version: s.version + 1 })
    .where(and(eq(studySittings.id, s.id), eq(studySittings.version, s.version)))
    .returning();
  return row ?? s;
}

/** Sittings whose time ran out without a submit are submitted with the answers saved (the clock is a ceiling). */
async function finishExpired(tx: Db, sittings: Sitting[], exam: Exam, now: Date) {
  const out: Sitting[] = [];
  for (const s of sittings) out.push(s.state === 'open' && s.dueAt.getTime() + graceMs <= now.getTime() ? await finish(tx, s, exam, s.dueAt) : s);
  return out;
}

/** What the candidate sees: stems and options always, keys and points per question only once submitted. */
export async function viewSitting(services: Services, actor: Actor, id: string, now = new Date()): Promise<SittingView> {
  let s = await ownSitting(services.db, actor, id);
  const [exam] = await services.db.select().from(studyExams).where(eq(studyExams.id, s.examId));
  if (!exam) throw new AppError('notFound', '没有找到这场考试');
  if (s.state === 'open' && s.dueAt.getTime() + graceMs <= now.getTime()) {
    s = await services.db.transaction(async (tx) => {
      const [fresh] = await finishExpired(tx, [await ownSitting(tx, actor, id, true)], exam, now);
      await recordAudit(tx, auditActorOf(actor), { action: 'transition', entityType: sittingEntity, entityId: id, summary: '考试时间已到，自动交卷' });
      return fresh!;
    });
  }
  return buildView(services.db, s, exam, now);
}

/** The paper with the saved answers; keys and points per question only once the sitting is closed. */
async function buildView(db: Db, s: Sitting, exam: Exam, now: Date): Promise<SittingView> {
  const paper = await keyedPaper(db, s.questionIds);
  const answers = await answersOf(db, s.id);
  const closed = s.state !== 'open';
  const scored = (q: Keyed) => {
    const auto = scoreSitting([q], answers, s.marks, 0);
    return q.kind === 'short' && s.marks[q.id] === undefined ? null : auto.score;
  };
  return {
    id: s.id,
    examId: s.examId,
    examTitle: exam.title,
    attempt: s.attempt,
    state: s.state,
    startedAt: s.startedAt.toISOString(),
    dueAt: s.dueAt.toISOString(),
    submittedAt: s.submittedAt?.toISOString() ?? null,
    secondsLeft: closed ? 0 : Math.max(0, Math.round((s.dueAt.getTime() - now.getTime()) / 1000)),
    score: closed ? s.score : null,
    total: s.total,
    passPercent: exam.passPercent,
    questions: paper.map((q) => ({
      id: q.id,
      kind: q.kind,
      tag: q.tag,
      stem: q.stem,
      options: optionsOf(q.options),
      points: q.points,
      answer: answers[q.id] ?? null,
      ...(closed ? { key: q.answerKey, scored: scored({ id: q.id, kind: q.kind, answer: q.answerKey, points: q.points }) } : {}),
    })),
  };
}

/**
 * A submitted sitting as the marker sees it (answers, keys, marks), for sittings in the actor's scope; an open one
 * is refused, so nobody reads a key through it before the candidate has submitted.
 */
export async function markerView(services: Services, actor: Actor, id: string) {
  assertCan(actor, 'study', 'update');
  const [row] = await services.db
    .select({ s: studySittings, candidate: users.displayName, unit: orgUnits.name })
    .from(studySittings)
    .innerJoin(users, eq(users.id, studySittings.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, studySittings.orgUnitId))
    .where(and(eq(studySittings.id, id), scopeCondition(actor, 'study', 'update', studySittings, sittingEntity)));
  if (!row) throw new AppError('notFound', '没有找到这场考试');
  if (row.s.state === 'open') throw new AppError('conflict', '考生尚未交卷，不能阅卷');
  const [exam] = await services.db.select().from(studyExams).where(eq(studyExams.id, row.s.examId));
  return { ...(await buildView(services.db, row.s, exam!, new Date())), candidate: row.candidate, unit: row.unit };
}

/** Saves one answer of an open sitting (every change is saved, so a reload or a dropped connection loses nothing). */
export async function saveAnswer(services: Services, actor: Actor, id: string, questionId: string, answer: string, now = new Date()) {
  return services.db.transaction(async (tx) => {
    const s = await ownSitting(tx, actor, id);
    if (s.state !== 'open') throw new AppError('conflict', '已交卷，不能再修改答案');
    if (s.dueAt.getTime() + graceMs <= now.getTime()) throw new AppError('conflict', '考试时间已到，答案未保存');
    if (!s.questionIds.includes(questionId)) refuse([{ path: 'questionId', message: '该题不在本试卷中' }]);
    await tx
      .insert(studyAnswers)
      .values({ sittingId: id, questionId, answer, savedAt: now })
      .onConflictDoUpdate({ target: [studyAnswers.sittingId, studyAnswers.questionId], set: { answer, savedAt: now } });
    await recordAudit(tx, auditActorOf(actor), { action: 'update', entityType: sittingEntity, entityId: id, summary: '保存答案', changes: [{ field: questionId, from: null, to: answer }] });
    return { questionId, savedAt: now.toISOString() };
  });
}

/** Submits: scores the objective questions at once; short answers wait for the marker. */
export async function submitSitting(services: Services, actor: Actor, id: string, now = new Date()) {
  await services.db.transaction(async (tx) => {
    const s = await ownSitting(tx, actor, id, true);
    if (s.state !== 'open') throw new AppError('conflict', '该场考试已交卷');
    const [exam] = await tx.select().from(studyExams).where(eq(studyExams.id, s.examId));
    const done = await finish(tx, s, exam!, now < s.dueAt ? now : s.dueAt);
    await recordAudit(tx, auditActorOf(actor), { action: 'transition', entityType: sittingEntity, entityId: id, summary: `交卷，得分${done.score ?? ''}` });
  });
  return viewSitting(services, actor, id, now);
}

/** A marker scores one short answer of a submitted sitting in their scope; the result follows once all are marked. */
export async function markAnswer(services: Services, actor: Actor, id: string, questionId: string, points: number) {
  assertCan(actor, 'study', 'update');
  await services.db.transaction(async (tx) => {
    const [s] = await tx
      .select()
      .from(studySittings)
      .where(and(eq(studySittings.id, id), scopeCondition(actor, 'study', 'update', studySittings, sittingEntity)))
      .for('update');
    if (!s) throw new AppError('notFound', '没有找到这场考试');
    if (s.state === 'open') throw new AppError('conflict', '考生尚未交卷，不能阅卷');
    const [q] = await tx.select().from(studyQuestions).where(eq(studyQuestions.id, questionId));
    if (!q || !s.questionIds.includes(questionId) || q.kind !== 'short') refuse([{ path: 'questionId', message: '该题不是本试卷的简答题' }]);
    if (points > q!.points) refuse([{ path: 'points', message: `得分不能超过该题分值${q!.points}分` }]);
    const [exam] = await tx.select().from(studyExams).where(eq(studyExams.id, s.examId));
    const marked = { ...s, marks: { ...s.marks, [questionId]: points } };
    await tx.update(studySittings).set({ marks: marked.marks }).where(eq(studySittings.id, id));
    await finish(tx, marked, exam!, s.submittedAt ?? new Date());
    await recordAudit(tx, auditActorOf(actor), {
      action: 'update',
      entityType: sittingEntity,
      entityId: id,
      summary: '阅卷评分',
      changes: [{ field: questionId, from: s.marks[questionId] ?? null, to: points }],
    });
  });
  return { ok: true };
}

/** Results of an exam: the sittings and the per-unit figures of the units in the actor's scope. */
export async function examResults(services: Services, actor: Actor, examId: string) {
  // A unit reads its own candidates' results of the district's exam, so the exam itself need not be in its scope.
  const [exam] = await services.db
    .select({ id: studyExams.id })
    .from(studyExams)
    .where(and(eq(studyExams.id, examId), isNull(studyExams.deletedAt)));
  if (!exam) throw new AppError('notFound');
  const inScope = (t: { id: AnyColumn; orgUnitId: AnyColumn }) => scopeCondition(actor, 'study', 'read', t, sittingEntity);
  const sittings = await services.db
    .select({ s: studySittings, candidate: users.displayName, unit: orgUnits.name })
    .from(studySittings)
    .innerJoin(users, eq(users.id, studySittings.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, studySittings.orgUnitId))
    .where(and(eq(studySittings.examId, examId), inScope(studySittings)))
    .orderBy(asc(orgUnits.name), asc(users.displayName), asc(studySittings.attempt));
  const enrolled = await services.db
    .select({ orgUnitId: studyCandidates.orgUnitId, unit: orgUnits.name, n: count() })
    .from(studyCandidates)
    .innerJoin(orgUnits, eq(orgUnits.id, studyCandidates.orgUnitId))
    .where(and(eq(studyCandidates.examId, examId), inScope(studyCandidates)))
    .groupBy(studyCandidates.orgUnitId, orgUnits.name)
    .orderBy(asc(orgUnits.name));
  return {
    sittings: sittings.map(({ s, candidate, unit }) => ({
      id: s.id,
      candidate,
      unit,
      attempt: s.attempt,
      state: s.state,
      score: s.score,
      total: s.total,
      submittedAt: s.submittedAt?.toISOString() ?? null,
    })),
    units: enrolled.map((u) => {
      const mine = sittings.filter((x) => x.s.orgUnitId === u.orgUnitId);
      const people = (pred: (s: Sitting) => boolean) => new Set(mine.filter((x) => pred(x.s)).map((x) => x.s.userId)).size;
      return { orgUnitId: u.orgUnitId, unit: u.unit, candidates: Number(u.n), sat: people((s) => s.state !== 'open'), passed: people((s) => s.state === 'passed') };
    }),
  };
}
