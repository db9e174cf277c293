import { lawTags } from '@fazhi/core/study';
import { attendanceRegister, courseRegister, dutyRegister, examRegister, questionRegister, sessionRegister } from '../../apps/server/src/modules/study/registers.js';
import { studyAttendances, studyCandidates, studyCourses, studyDuties, studyExams, studyQuestions, studySessions, studySittings } from '../../apps/server/src/modules/study/tables.js';
import type { RegisterDef, Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { personName } from '../../apps/server/src/seed/people.js';
import type { DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/study/seed.ts), per district-year: ~60 学法活动, 8 培训班 with ~1,000
// 人次, ~100 leaders' duty records; one bank of ~200 questions. For the exam scenario: one open exam with 300 open
// sittings, all of `fzb` (the bench's one session), each with a paper of 20 questions, due far in the future.
const perDistrictYear = { sessions: 60, courses: 8, perCourse: 125, duties: 100 } as const;
export const benchCandidates = 300;
export const benchPaperSize = 20;
const withSearch = <T extends Record<string, unknown>>(def: RegisterDef, row: T): T => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

export const studyData: DataGenerator = {
  module: 'study',
  async generate(ctx) {
    const { random: r, org, years } = ctx;
    const coordinator = org.users.get('fzb') ?? null;
    const by = { createdBy: coordinator, updatedBy: coordinator };
    const units = [...org.departments.values(), ...org.allSubdistricts];
    const per = (n: number) => Math.max(1, Math.round((n * ctx.scale) / years.length));
    const day = (year: number) => `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    for (const year of years) {
      const kinds = ['centralGroup', 'preMeeting', 'lecture', 'report'];
      await ctx.insert(
        studySessions,
        Array.from({ length: per(perDistrictYear.sessions) }, (_, k) =>
          withSearch(sessionRegister, {
            id: ctx.newId(),
            orgUnitId: k % 3 ? r.pick(units) : org.districtId,
            kind: kinds[k % kinds.length]!,
            heldOn: day(year),
            topic: `${year}年学法第${k + 1}次`,
            onXiThought: k % 5 === 0,
            speaker: null,
            attendeeCount: r.int(10, 200),
            ...by,
          }),
        ),
      );
      const courses = Array.from({ length: per(perDistrictYear.courses) }, (_, k) =>
        withSearch(courseRegister, {
          id: ctx.newId(),
          orgUnitId: org.districtId,
          title: `${year}年法治培训班第${k + 1}期`,
          startOn: day(year),
          endOn: `${year}-12-31`,
          hours: 8,
          onXiThought: k === 0,
          audience: '国家工作人员',
          ...by,
        }),
      );
      await ctx.insert(studyCourses, courses);
      const attendances = courses.flatMap((c) =>
        Array.from({ length: perDistrictYear.perCourse }, (_, k) =>
          withSearch(attendanceRegister, {
            id: ctx.newId(),
            courseId: c.id,
            courseTitle: c.title,
            courseStartOn: c.startOn,
            orgUnitId: r.pick(units),
            personName: `${personName(r)}${k}`,
            hours: 8,
            ...by,
          }),
        ),
      );
      await ctx.insert(studyAttendances, attendances);
      await ctx.insert(
        studyDuties,
        Array.from({ length: per(perDistrictYear.duties) }, (_, k) => {
          const fresh = k % 5 === 0;
          return withSearch(dutyRegister, {
            id: ctx.newId(),
            orgUnitId: r.pick(units),
            personName: `${personName(r)}${k}`,
            position: fresh ? '新任副职' : '班子成员',
            year,
            newlyAppointed: fresh,
            examScore: fresh ? r.int(60, 99) : null,
            examPassed: fresh ? r.chance(0.95) : null,
            reportSubmittedOn: r.chance(0.97) ? `${year}-12-10` : null,
            oathOn: fresh && r.chance(0.95) ? `${year}-06-01` : null,
            ...by,
          });
        }),
      );
    }

    const tags = lawTags.items.map((t) => t.code);
    const questions = Array.from({ length: 22 * tags.length }, (_, k) =>
      withSearch(questionRegister, {
        id: ctx.newId(),
        orgUnitId: org.districtId,
        kind: k % 3 === 0 ? 'trueFalse' : 'single',
        tag: tags[k % tags.length]!,
        stem: `压力测试题${k + 1}`,
        options: k % 3 === 0 ? null : '甲\n乙\n丙\n丁',
        answerKey: k % 3 === 0 ? 'true' : 'B',
        points: 5,
        ...by,
      }),
    );
    await ctx.insert(studyQuestions, questions);
    const year = years.at(-1)!;
    const exam = withSearch(examRegister, {
      id: ctx.newId(),
      orgUnitId: org.districtId,
      title: `${year}年执法人员法律知识考试（压力测试）`,
      kind: 'enforcementOfficer',
      opensOn: `${year}-01-01`,
      closesOn: '2099-12-31',
      durationMinutes: 120,
      passPercent: 60,
      maxAttempts: benchCandidates,
      drawRules: '宪法10题；行政处罚法10题',
      ...by,
    });
    await ctx.insert(studyExams, [exam]);
    if (!coordinator) return;
    await ctx.insert(studyCandidates, [{ id: ctx.newId(), examId: exam.id, userId: coordinator, orgUnitId: org.districtId }]);
    const pool = (tag: string) => questions.filter((q) => q.tag === tag).map((q) => q.id);
    const started = new Date(`${year}-12-01T09:00:00+08:00`);
    await ctx.insert(
      studySittings,
      Array.from({ length: benchCandidates }, (_, k) => ({
        id: ctx.newId(),
        examId: exam.id,
        userId: coordinator,
        orgUnitId: org.districtId,
        attempt: k + 1,
        state: 'open',
        questionIds: [...r.sample(pool('constitution'), 10), ...r.sample(pool('penalty'), 10)],
        startedAt: started,
        dueAt: new Date('2099-12-31T00:00:00Z'),
        total: benchPaperSize * 5,
      })),
    );
  },
};
