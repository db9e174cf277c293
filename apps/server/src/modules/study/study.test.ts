import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toIsoDate } from '@fazhi/core';
import { eq, inArray } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { studyQuestions, studySittings } from './tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
type Question = { id: string; kind: string; points: number; answer: string | null; key?: string | null };
const base = '/api/study';
const today = toIsoDate(new Date());
const year = today.slice(0, 4);
const period = `from=${year}-01-01&to=${year}-12-31`;

describe('学法用法 and online exams through the API', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  let zjj: Client;
  let zrzyUnit: string;
  let zjjUnit: string;
  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    zrzy = await h.login('zrzy');
    zjj = await h.login('zjj');
    zrzyUnit = h.seeded.org.departments.get('区自然资源和规划局')!;
    zjjUnit = h.seeded.org.departments.get('区住房和城乡建设局')!;
  });
  after(() => h.close());

  let n = 0;
  /** A fresh exam open today with zrzy and zjj enrolled; objective questions only, so scoring is automatic. */
  async function openExam(extra: Record<string, unknown> = {}) {
    n += 1;
    const exam = await fzb.post(`${base}/exams`, {
      title: `测试考试${n}`,
      kind: 'enforcementOfficer',
      orgUnitId: h.seeded.org.districtId,
      opensOn: today,
      closesOn: today,
      durationMinutes: 30,
      passPercent: 60,
      maxAttempts: 2,
      drawRules: '宪法4题；行政处罚法4题',
      ...extra,
    });
    assert.equal(exam.status, 201, JSON.stringify(exam.body));
    const enrol = await fzb.post(`${base}/exams/${exam.body.id}/candidates`, { userIds: [h.seeded.users.get('zrzy'), h.seeded.users.get('zjj')] });
    assert.equal(enrol.status, 200, JSON.stringify(enrol.body));
    assert.equal(enrol.body.enrolled, 2);
    return exam.body.id as string;
  }
  const keysOf = async (ids: string[]) => new Map((await h.db.select().from(studyQuestions).where(inArray(studyQuestions.id, ids))).map((q) => [q.id, q.answerKey]));
  const put = (c: Client, url: string, body: unknown) => c.raw('PUT', url, body);
  const letterOf = (key: string) => (key === 'true' ? '对' : key === 'false' ? '错' : key);

  it('lets a candidate sit an exam, resume it after a reload with every answer kept, and submit for a score', async () => {
    const examId = await openExam();
    const mine = (await zrzy.get(`${base}/my/exams`)).body.find((e: { id: string }) => e.id === examId);
    assert.ok(mine?.canStart);
    const started = await zrzy.post(`${base}/my/exams/${examId}/sittings`);
    assert.equal(started.status, 200, JSON.stringify(started.body));
    const questions = started.body.questions as Question[];
    assert.equal(questions.length, 8);
    // The paper carries no key before submitting.
    assert.ok(questions.every((q) => q.key === undefined));
    const keys = await keysOf(questions.map((q) => q.id));
    const text = JSON.stringify(started.body);
    assert.ok(!/"key"/.test(text));

    // Answer all but the last correctly, the first one twice (the later answer counts).
    const [first, ...rest] = questions;
    await put(zrzy, `${base}/my/sittings/${started.body.id}/answers/${first!.id}`, { answer: first!.kind === 'trueFalse' ? '对' : 'A' });
    for (const q of [first!, ...rest.slice(0, -1)]) {
      const saved = await put(zrzy, `${base}/my/sittings/${started.body.id}/answers/${q.id}`, { answer: letterOf(keys.get(q.id)!) });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
    }
    // A reload (or "start" again in a second tab) brings back the same paper and every saved answer.
    const reloaded = await zrzy.get(`${base}/my/sittings/${started.body.id}`);
    assert.deepEqual(
      reloaded.body.questions.map((q: Question) => q.id),
      questions.map((q) => q.id),
    );
    assert.equal(reloaded.body.questions.filter((q: Question) => q.answer !== null).length, 7);
    assert.equal((await zrzy.post(`${base}/my/exams/${examId}/sittings`)).body.id, started.body.id);

    const submitted = await zrzy.post(`${base}/my/sittings/${started.body.id}/submit`);
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    const last = questions.at(-1)!;
    assert.equal(submitted.body.score, submitted.body.total - last.points);
    assert.equal(submitted.body.state, 'passed');
    // After submitting the key is shown, and answers can no longer change.
    assert.ok(submitted.body.questions.every((q: Question) => typeof q.key === 'string'));
    assert.equal((await put(zrzy, `${base}/my/sittings/${started.body.id}/answers/${last.id}`, { answer: 'A' })).status, 409);
    // Passed: no retake.
    assert.equal((await zrzy.post(`${base}/my/exams/${examId}/sittings`)).status, 409);
  });

  it('keeps a sitting its candidate’s own: another candidate can neither read nor answer it, and gets a paper of their own', async () => {
    const examId = await openExam();
    const a = (await zrzy.post(`${base}/my/exams/${examId}/sittings`)).body;
    const b = (await zjj.post(`${base}/my/exams/${examId}/sittings`)).body;
    assert.notEqual(a.id, b.id);
    assert.notDeepEqual(
      a.questions.map((q: Question) => q.id),
      b.questions.map((q: Question) => q.id),
    );
    assert.equal((await zjj.get(`${base}/my/sittings/${a.id}`)).status, 404);
    assert.equal((await put(zjj, `${base}/my/sittings/${a.id}/answers/${a.questions[0].id}`, { answer: 'A' })).status, 404);
    assert.equal((await zjj.post(`${base}/my/sittings/${a.id}/submit`)).status, 404);
    // Not enrolled: the coordinator cannot start this exam, and a question of another paper is refused.
    assert.equal((await fzb.post(`${base}/my/exams/${examId}/sittings`)).status, 404);
    const foreign = b.questions.find((q: Question) => !a.questions.some((x: Question) => x.id === q.id));
    if (foreign) assert.equal((await put(zrzy, `${base}/my/sittings/${a.id}/answers/${foreign.id}`, { answer: 'A' })).status, 400);
  });

  it('submits a sitting whose time ran out with the answers saved, and allows a retake up to the limit', async () => {
    const examId = await openExam({ maxAttempts: 2 });
    const first = (await zjj.post(`${base}/my/exams/${examId}/sittings`)).body;
    await h.db
      .update(studySittings)
      .set({ dueAt: new Date(Date.now() - 60_000) })
      .where(eq(studySittings.id, first.id));
    assert.equal((await put(zjj, `${base}/my/sittings/${first.id}/answers/${first.questions[0].id}`, { answer: 'A' })).status, 409);
    const closed = (await zjj.get(`${base}/my/sittings/${first.id}`)).body;
    assert.equal(closed.state, 'failed');
    assert.equal(closed.score, 0);
    const second = await zjj.post(`${base}/my/exams/${examId}/sittings`);
    assert.equal(second.status, 200);
    assert.equal(second.body.attempt, 2);
    await zjj.post(`${base}/my/sittings/${second.body.id}/submit`);
    const third = await zjj.post(`${base}/my/exams/${examId}/sittings`);
    assert.equal(third.status, 409);
    assert.match(third.body.detail, /最多考试次数/);
  });

  it('leaves a short answer to a marker in scope, who sees it only after the candidate submitted, then gives the result', async () => {
    // All 18 questions of the law, so the bank's one short question is on the paper.
    const examId = await openExam({ drawRules: '习近平法治思想18题', passPercent: 50 });
    const sitting = (await zrzy.post(`${base}/my/exams/${examId}/sittings`)).body;
    const short = sitting.questions.find((q: Question) => q.kind === 'short');
    assert.ok(short, 'the paper holds the short question');
    assert.equal((await fzb.get(`${base}/sittings/${sitting.id}`)).status, 409, 'no marking, and no key, before the candidate submits');
    await put(zrzy, `${base}/my/sittings/${sitting.id}/answers/${short.id}`, { answer: '职能科学、权责法定、执法严明' });
    const keys = await keysOf(sitting.questions.map((q: Question) => q.id));
    for (const q of sitting.questions as Question[]) if (q.kind !== 'short') await put(zrzy, `${base}/my/sittings/${sitting.id}/answers/${q.id}`, { answer: letterOf(keys.get(q.id)!) });
    const submitted = (await zrzy.post(`${base}/my/sittings/${sitting.id}/submit`)).body;
    assert.equal(submitted.state, 'marking');
    assert.equal(submitted.score, submitted.total - short.points);

    const seen = await fzb.get(`${base}/sittings/${sitting.id}`);
    assert.equal(seen.status, 200, JSON.stringify(seen.body));
    assert.equal(seen.body.questions.find((q: Question) => q.id === short.id).answer, '职能科学、权责法定、执法严明');
    // zjj's unit does not hold zrzy's sitting, and has no grant to mark beyond its own unit.
    assert.equal((await zjj.get(`${base}/sittings/${sitting.id}`)).status, 404);
    assert.equal((await zjj.post(`${base}/sittings/${sitting.id}/marks`, { questionId: short.id, points: 1 })).status, 404);
    const tooMany = await fzb.post(`${base}/sittings/${sitting.id}/marks`, { questionId: short.id, points: short.points + 1 });
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.errors[0].path, 'points');
    assert.equal((await fzb.post(`${base}/sittings/${sitting.id}/marks`, { questionId: short.id, points: 6 })).status, 200);
    const result = (await zrzy.get(`${base}/my/sittings/${sitting.id}`)).body;
    assert.equal(result.state, 'passed');
    assert.equal(result.score, submitted.total - short.points + 6);
    assert.equal(result.questions.find((q: Question & { scored: number }) => q.id === short.id).scored, 6);
  });

  it('shows results per unit: a department sees its own candidates only, the coordinator all', async () => {
    const examId = await openExam();
    for (const c of [zrzy, zjj]) {
      const s = (await c.post(`${base}/my/exams/${examId}/sittings`)).body;
      await c.post(`${base}/my/sittings/${s.id}/submit`);
    }
    const all = (await fzb.get(`${base}/exams/${examId}/results`)).body;
    assert.equal(all.sittings.length, 2);
    assert.deepEqual(all.units.map((u: { orgUnitId: string }) => u.orgUnitId).sort(), [zrzyUnit, zjjUnit].sort());
    const own = await zrzy.get(`${base}/exams/${examId}/results`);
    assert.equal(own.status, 200);
    assert.equal(own.body.sittings.length, 1);
    assert.deepEqual(
      own.body.units.map((u: { orgUnitId: string }) => u.orgUnitId),
      [zrzyUnit],
    );
    assert.equal(own.body.units[0].sat, 1);
  });

  it('never answers the bank’s keys, and refuses an exam whose rules the bank cannot fill', async () => {
    const list = await fzb.get(`${base}/questions?pageSize=5`);
    assert.equal(list.status, 200);
    assert.ok(list.body.total >= 150, `bank of ${list.body.total}`);
    const q = await fzb.post(`${base}/questions`, {
      kind: 'single',
      tag: 'licensing',
      stem: '测试：行政许可的设定权',
      options: '法律\n规章',
      answer: 'A',
      points: 2,
      orgUnitId: h.seeded.org.districtId,
    });
    assert.equal(q.status, 201, JSON.stringify(q.body));
    assert.ok(!('answerKey' in q.body) && !('answer' in q.body));
    const detail = await fzb.get(`${base}/questions/${q.body.id}`);
    assert.ok(!('answerKey' in detail.body));
    const examId = await openExam({ drawRules: '行政许可法90题' });
    const refused = await zrzy.post(`${base}/my/exams/${examId}/sittings`);
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /题库题目不足/);
  });

  it("keeps a department's own leaders and training attendance, and refuses a course it cannot read", async () => {
    const duty = { personName: '测试领导', position: '副局长', orgUnitId: zrzyUnit, year: Number(year), newlyAppointed: true };
    assert.equal((await zrzy.post(`${base}/duties`, duty)).status, 201);
    assert.equal((await zrzy.post(`${base}/duties`, { ...duty, orgUnitId: zjjUnit })).status, 403);
    const course = await fzb.post(`${base}/courses`, { title: '测试培训班', orgUnitId: h.seeded.org.districtId, startOn: `${year}-03-01`, endOn: `${year}-03-02`, hours: 8, audience: '执法人员' });
    assert.equal(course.status, 201, JSON.stringify(course.body));
    const att = { courseId: course.body.id, personName: '测试学员', orgUnitId: zrzyUnit, hours: 8 };
    // zrzy cannot read the district's course: refused as not found, nothing written.
    const refused = await zrzy.post(`${base}/attendances`, att);
    assert.equal(refused.status, 404);
    assert.ok(!JSON.stringify(refused.body).includes(course.body.id));
    const ok = await fzb.post(`${base}/attendances`, att);
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.courseTitle, '测试培训班');
    const mine = (await zrzy.get(`${base}/attendances?pageSize=200`)).body.items as { orgUnitId: string }[];
    assert.ok(mine.length > 0 && mine.every((a) => a.orgUnitId === zrzyUnit));
  });

  it('computes the section’s figures from the records, drills down to the leaders missing, and fills both paragraphs', async () => {
    const ids = [
      'xiCentralGroupSessions',
      'centralGroupCoverage',
      'trainedPersons',
      'lectures',
      'examCoverage',
      'examMissing',
      'lawReportCoverage',
      'oathCoverage',
      'exams',
      'examSittings',
      'examPassRate',
    ];
    const values = (await fzb.get(`/api/indicators/values?ids=${ids.map((i) => `study.${i}`).join(',')}&${period}`)).body.values as { id: string; value: number }[];
    const v = (id: string) => values.find((x) => x.id === `study.${id}`)!.value;
    assert.ok(v('trainedPersons') > 700, `trained ${v('trainedPersons')}`);
    assert.ok(v('xiCentralGroupSessions') >= 2);
    assert.ok(v('examCoverage') > 0 && v('examCoverage') < 100, `exam coverage ${v('examCoverage')}`);
    assert.ok(v('examPassRate') > 0 && v('examPassRate') <= 100);
    const missing = (await fzb.get(`/api/indicators/study.examMissing/records?${period}`)).body;
    assert.equal(missing.total, v('examMissing'));
    assert.ok(missing.total >= 1 && missing.items.every((r: { examPassed: boolean | null }) => r.examPassed !== true), JSON.stringify(missing.items));

    const reports = (await fzb.get(`/api/reports/annual?f.year=${year}&f.orgUnitId=${h.seeded.org.districtId}`)).body.items;
    const report = reports.find((x: { orgUnitId: string }) => x.orgUnitId === h.seeded.org.districtId);
    const html = String((await fzb.get(`/api/reports/annual/${report.id}/preview`)).body).replace(/<[^>]+>/g, '');
    const thought = html.slice(html.indexOf('深入学习宣传贯彻习近平法治思想。'), html.indexOf('切实履行法治建设第一责任人职责。'));
    assert.ok(thought.includes(`先后${v('xiCentralGroupSessions')}次召开`), thought);
    assert.ok(thought.includes(`培训学员${v('trainedPersons')}人次`), thought);
    assert.ok(!thought.includes('【'), thought);
    const duty = html.slice(html.indexOf('切实履行法治建设第一责任人职责。'), html.indexOf('坚持依法依规'));
    assert.ok(duty.includes(`法治素养培训考试${v('exams')}场、${v('examSittings')}人次`), duty);
    assert.ok(!duty.includes('【'), duty);
  });
});
