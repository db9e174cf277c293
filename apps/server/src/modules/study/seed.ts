import { addCalendarDays } from '@fazhi/core';
import { drawPaper, parseDrawRules, scoreSitting } from '@fazhi/core/study';
import { inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/tables.js';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { personName } from '../../seed/people.js';
import { bankByTag } from './question-bank.js';
import { attendanceRegister, courseRegister, dutyRegister, examRegister, questionRegister, sessionRegister } from './registers.js';
import { studyAnswers, studyAttendances, studyCandidates, studyCourses, studyDuties, studyExams, studyQuestions, studySessions, studySittings } from './tables.js';

type Register = Parameters<typeof searchTextOf>[0];
const withSearch = (register: Register, row: Record<string, unknown>): Record<string, unknown> => ({ ...row, searchText: searchTextOf(register, row as Row) });
const dayOf = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const topics = ['习近平法治思想专题学习', '学习宪法和宪法修正案', '学习行政复议法', '学习行政处罚法', '学习民法典', '学习法治政府建设实施纲要', '学习优化营商环境条例'];
const speakers = ['省委党校法学教研部教授', '市中级人民法院行政庭庭长', '山东大学法学院教授', '市司法局法治督察处处长'];
const courseTitles = [
  '全区领导干部习近平法治思想专题培训班',
  '新任公务员法治素养培训班',
  '新提拔领导干部任前法治培训班',
  '行政执法人员法律知识培训班（第一期）',
  '行政执法人员法律知识培训班（第二期）',
  '街道法治建设骨干培训班',
  '民法典专题培训班',
  '行政复议应诉业务培训班',
] as const;

/**
 * One demo year of 学法用法: 中心组 study in every unit, 会前学法, lectures, 8 courses with ~1,000 人次, leaders'
 * duties (a few gaps to show), a bank of ~200 questions, three past exams with sittings and one open exam.
 */
export async function seedStudy(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today } = ctx;
  const coordinator = ctx.users.get('fzb') ?? null;
  const departments = [...org.departments.values()];
  const subdistricts = [...org.subdistricts.values()];
  const units = [org.districtId, ...departments, ...subdistricts];
  const by = { createdBy: coordinator, updatedBy: coordinator };
  const past = (d: string) => (d > today ? today : d);

  // 学法活动: the district's 中心组 on 习近平法治思想 twice, every unit's 中心组 at least once, monthly 会前学法, lectures.
  const sessions: Record<string, unknown>[] = [];
  const addSession = (kind: string, orgUnitId: string, heldOn: string, topic: string, onXiThought: boolean, speaker: string | null, n: number) =>
    sessions.push(withSearch(sessionRegister, { kind, orgUnitId, heldOn: past(heldOn), topic, onXiThought, speaker, attendeeCount: n, attendees: null, materials: `${topic}学习材料`, ...by }));
  addSession('centralGroup', org.districtId, dayOf(year, 3, 16), '党工委理论学习中心组习近平法治思想集体学习研讨（一）', true, null, 18);
  addSession('centralGroup', org.districtId, dayOf(year, 9, 14), '党工委理论学习中心组习近平法治思想集体学习研讨（二）', true, null, 17);
  for (const [i, u] of units.slice(1).entries()) addSession('centralGroup', u, dayOf(year, 2 + (i % 9), 10 + (i % 15)), `${r.pick(topics)}（中心组）`, false, null, r.int(8, 20));
  for (let m = 1; m <= 11; m += 1) addSession('preMeeting', org.districtId, dayOf(year, m, 8), `常务会议会前学法：${topics[m % topics.length]}`, m % 4 === 0, null, r.int(12, 20));
  for (let i = 0; i < 4; i += 1)
    addSession(i % 2 ? 'lecture' : 'report', org.districtId, dayOf(year, 4 + i * 2, 20), `法治专题${i % 2 ? '讲座' : '报告会'}：${r.pick(topics)}`, i === 0, speakers[i]!, r.int(80, 300));
  await tx.insert(studySessions).values(sessions as (typeof studySessions.$inferInsert)[]);

  // 培训班 and attendance: each course 90–160 people from the departments and 街道, names unique per course and unit.
  const courses = courseTitles.map((title, i) => {
    const startOn = past(dayOf(year, 2 + i, 12));
    return withSearch(courseRegister, {
      title,
      orgUnitId: org.districtId,
      startOn,
      endOn: addCalendarDays(startOn, i === 0 ? 2 : 1),
      hours: i === 0 ? 16 : 8,
      onXiThought: i === 0 || i === 2,
      audience: i === 0 ? '全区领导干部' : i === 1 ? '新录用公务员' : i === 2 ? '新提拔领导干部' : '行政执法人员及法制工作人员',
      ...by,
    });
  });
  const courseRows = await tx
    .insert(studyCourses)
    .values(courses as (typeof studyCourses.$inferInsert)[])
    .returning({ id: studyCourses.id, title: studyCourses.title, startOn: studyCourses.startOn, hours: studyCourses.hours });
  const attendances: Record<string, unknown>[] = [];
  for (const c of courseRows) {
    const seen = new Set<string>();
    const n = r.int(90, 160);
    while (seen.size < n) {
      const orgUnitId = r.pick([...departments, ...subdistricts]);
      const name = personName(r);
      if (seen.has(`${orgUnitId}|${name}`)) continue;
      seen.add(`${orgUnitId}|${name}`);
      attendances.push(
        withSearch(attendanceRegister, {
          courseId: c.id,
          courseTitle: c.title,
          courseStartOn: c.startOn,
          personName: name,
          orgUnitId,
          position: r.pick(['科员', '科长', '副科长', '执法队员', null]),
          hours: c.hours,
          passed: r.chance(0.97),
          ...by,
        }),
      );
    }
  }
  for (let i = 0; i < attendances.length; i += 500) await tx.insert(studyAttendances).values(attendances.slice(i, i + 500) as (typeof studyAttendances.$inferInsert)[]);

  // Leaders: 3–6 per unit; a fifth newly appointed. Gaps on purpose: one without 任前考法, one not sworn, two without 述法.
  const duties: Record<string, unknown>[] = [];
  for (const u of units) {
    const seen = new Set<string>();
    const n = u === org.districtId ? 6 : r.int(3, 5);
    while (seen.size < n) seen.add(personName(r));
    [...seen].forEach((name, i) => {
      const newlyAppointed = i === n - 1 || r.chance(0.1);
      const examScore = newlyAppointed ? r.int(72, 98) : null;
      const submitted = past(dayOf(year, 12, r.int(1, 10)));
      duties.push({
        personName: name,
        position: i === 0 ? '主要负责人' : newlyAppointed ? '新任副职' : '班子成员',
        orgUnitId: u,
        year,
        newlyAppointed,
        examScore,
        examPassed: newlyAppointed ? true : null,
        reportSubmittedOn: submitted,
        reportReviewedOn: addCalendarDays(submitted, 1) > today ? null : addCalendarDays(submitted, 1),
        reportScore: null as number | null,
        oathOn: newlyAppointed ? past(dayOf(year, r.int(1, 10), r.int(1, 28))) : null,
      });
    });
  }
  for (const d of duties) if (d.reportReviewedOn) d.reportScore = r.int(80, 98);
  const fresh = duties.filter((d) => d.newlyAppointed);
  Object.assign(fresh[0]!, { examScore: null, examPassed: null });
  Object.assign(fresh[1]!, { oathOn: null });
  Object.assign(duties[3]!, { reportSubmittedOn: null, reportReviewedOn: null, reportScore: null });
  Object.assign(duties[10]!, { reportSubmittedOn: null, reportReviewedOn: null, reportScore: null });
  await tx.insert(studyDuties).values(duties.map((d) => withSearch(dutyRegister, { ...d, ...by })) as (typeof studyDuties.$inferInsert)[]);

  // 题库: the real questions of each law and numbered practice variants of its choice and true/false ones, 22 per law.
  const questions: Record<string, unknown>[] = [];
  for (const [tag, items] of Object.entries(bankByTag)) {
    for (let i = 0; i < 22; i += 1) {
      const item = items[i % items.length]!;
      const round = Math.floor(i / items.length);
      if (round > 0 && item.kind === 'short') continue;
      const stem = round === 0 ? item.stem : `${item.stem}（练习${round}）`;
      const points = item.kind === 'short' ? 10 : item.kind === 'multiple' ? 3 : 2;
      questions.push(
        withSearch(questionRegister, {
          kind: item.kind,
          tag,
          stem,
          options: item.options?.join('\n') ?? null,
          answerKey: item.kind === 'trueFalse' ? (item.answer === '对' ? 'true' : 'false') : item.answer,
          points,
          orgUnitId: org.districtId,
          ...by,
        }),
      );
    }
  }
  const bank = await tx
    .insert(studyQuestions)
    .values(questions as (typeof studyQuestions.$inferInsert)[])
    .returning();

  // Exams: three held this year with sittings of the demo users, one open now for them to take.
  const rules = '习近平法治思想3题；宪法3题；行政处罚法4题；民法典2题；法治政府建设实施纲要2题';
  const examDefs = [
    { title: `${year}年新任公务员法治素养考试`, kind: 'newCivilServant', opensOn: past(dayOf(year, 4, 10)) },
    { title: `${year}年新提拔领导干部任前考法`, kind: 'promotedLeader', opensOn: past(dayOf(year, 6, 15)) },
    { title: `${year}年行政执法人员法律知识考试`, kind: 'enforcementOfficer', opensOn: past(dayOf(year, 9, 20)) },
    { title: `${year}年度执法人员法律知识抽考`, kind: 'enforcementOfficer', opensOn: addCalendarDays(today, -3), open: true },
  ];
  const exams = await tx
    .insert(studyExams)
    .values(
      examDefs.map((e) =>
        withSearch(examRegister, {
          title: e.title,
          kind: e.kind,
          orgUnitId: org.districtId,
          opensOn: e.opensOn,
          closesOn: e.open ? addCalendarDays(today, 30) : addCalendarDays(e.opensOn, 7),
          durationMinutes: 60,
          passPercent: 60,
          maxAttempts: 2,
          drawRules: rules,
          ...by,
        }),
      ) as (typeof studyExams.$inferInsert)[],
    )
    .returning();
  const candidateNames = ['zrzy', 'zjj', 'scjg', 'donghu', 'xiling', 'leader', 'mediator', 'adviser', 'inspector'];
  // In the order of the names, and papers drawn by the names and the questions' places in the bank, not by random
  // ids: every demo install then draws the same papers and shows the same 考试 figures.
  const found = await tx
    .select({ id: users.id, orgUnitId: users.orgUnitId })
    .from(users)
    .where(
      inArray(
        users.id,
        candidateNames.map((n) => ctx.users.get(n)).filter((x): x is string => !!x),
      ),
    );
  const people = candidateNames.flatMap((name) => found.filter((u) => u.id === ctx.users.get(name)).map((u) => ({ ...u, name })));
  const bankByPlace = bank.map((q, i) => ({ id: String(i).padStart(4, '0'), tag: q.tag }));
  const parsed = parseDrawRules(rules);
  const drawRules = 'rules' in parsed ? parsed.rules : [];
  const sittings: (typeof studySittings.$inferInsert)[] = [];
  const answers: (typeof studyAnswers.$inferInsert)[] = [];
  for (const exam of exams) {
    await tx.insert(studyCandidates).values(people.map((p) => ({ examId: exam.id, userId: p.id, orgUnitId: p.orgUnitId })));
    if (examDefs.find((e) => e.title === exam.title)?.open) continue;
    for (const p of people) {
      let attempt = 0;
      let passed = false;
      while (!passed && attempt < 2) {
        attempt += 1;
        const id = crypto.randomUUID();
        const paper = drawPaper(bankByPlace, drawRules, `${exam.title}:${p.name}:${attempt}`).map((place) => bank[Number(place)]!);
        const skill = r.next() * 0.5 + 0.45;
        const given: Record<string, string> = {};
        for (const q of paper) {
          given[q.id] = q.kind === 'short' ? '依法全面履行政府职能，坚持依法行政。' : r.chance(skill) ? q.answerKey : q.kind === 'trueFalse' ? (q.answerKey === 'true' ? 'false' : 'true') : 'D';
          answers.push({ sittingId: id, questionId: q.id, answer: given[q.id]!, savedAt: new Date(`${exam.opensOn}T09:30:00+08:00`) });
        }
        const marks = Object.fromEntries(paper.filter((q) => q.kind === 'short').map((q) => [q.id, r.int(4, q.points)]));
        const result = scoreSitting(
          paper.map((q) => ({ id: q.id, kind: q.kind, answer: q.answerKey, points: q.points })),
          given,
          marks,
          exam.passPercent,
        );
        passed = result.passed === true;
        const startedAt = new Date(`${addCalendarDays(exam.opensOn, attempt - 1)}T09:00:00+08:00`);
        sittings.push({
          id,
          examId: exam.id,
          userId: p.id,
          orgUnitId: p.orgUnitId,
          attempt,
          state: passed ? 'passed' : 'failed',
          questionIds: paper.map((q) => q.id),
          startedAt,
          dueAt: new Date(startedAt.getTime() + exam.durationMinutes * 60_000),
          submittedAt: new Date(startedAt.getTime() + 45 * 60_000),
          score: result.score,
          total: result.total,
          marks,
        });
      }
    }
  }
  if (sittings.length) await tx.insert(studySittings).values(sittings);
  for (let i = 0; i < answers.length; i += 500) await tx.insert(studyAnswers).values(answers.slice(i, i + 500));
  return {
    studySessions: sessions.length,
    studyCourses: courses.length,
    studyAttendances: attendances.length,
    studyDuties: duties.length,
    studyQuestions: questions.length,
    studyExams: exams.length,
    studySittings: sittings.length,
  };
}
