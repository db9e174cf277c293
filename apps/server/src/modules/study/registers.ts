import { attendanceSpec, courseProblems, courseSpec, dutyProblems, dutySpec, examSpec, normalizeAnswer, questionProblems, questionSpec, sessionSpec } from '@fazhi/core/study';
import { and, eq, isNull } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/policy.js';
import { AppError, refuse } from '../../platform/http/errors.js';
import { defineRegister } from '../../platform/register/define.js';
import { studyAttendances, studyCourses, studyDuties, studyExams, studyQuestions, studySessions } from './tables.js';

export const sessionRegister = defineRegister({ spec: sessionSpec, table: studySessions, naturalKey: ['orgUnitId', 'heldOn', 'topic'] });

export const courseRegister = defineRegister({
  spec: courseSpec,
  table: studyCourses,
  naturalKey: ['orgUnitId', 'title', 'startOn'],
  prepare: (input, { before }) => {
    refuse(courseProblems({ ...before, ...input }));
    return input;
  },
});

export const attendanceRegister = defineRegister({
  spec: attendanceSpec,
  table: studyAttendances,
  naturalKey: ['courseId', 'orgUnitId', 'personName'],
  prepare: async (input, { tx, actor }) => {
    if (!('courseId' in input)) return input;
    // The course must be one the actor may read; any other is answered as not found, without naming it.
    const [course] = await tx
      .select({ title: studyCourses.title, startOn: studyCourses.startOn })
      .from(studyCourses)
      .where(and(eq(studyCourses.id, String(input.courseId)), isNull(studyCourses.deletedAt), scopeCondition(actor, 'study', 'read', studyCourses, courseSpec.entity)));
    if (!course) throw new AppError('notFound', '培训班不存在或无权查看', [{ path: 'courseId', message: '培训班不存在或无权查看' }]);
    return { ...input, courseTitle: course.title, courseStartOn: course.startOn };
  },
});

export const dutyRegister = defineRegister({
  spec: dutySpec,
  table: studyDuties,
  naturalKey: ['orgUnitId', 'year', 'personName'],
  prepare: (input, { before }) => {
    refuse(dutyProblems({ ...before, ...input }));
    return input;
  },
});

export const questionRegister = defineRegister({
  spec: questionSpec,
  table: studyQuestions,
  naturalKey: ['tag', 'stem'],
  secretColumns: ['answerKey'],
  prepare: async (input, { tx, before }) => {
    const { answer, ...fields } = input;
    const merged: Record<string, unknown> = { ...before, ...fields, answer };
    // An edit of kind or options without a new key is checked against the stored key (a secret column, not in `before`).
    if (typeof answer !== 'string' && before) {
      const [stored] = await tx.select({ key: studyQuestions.answerKey }).from(studyQuestions).where(eq(studyQuestions.id, before.id));
      merged.answer = stored?.key;
    }
    refuse(questionProblems(merged));
    return typeof answer === 'string' ? { ...fields, answerKey: normalizeAnswer(String(merged.kind), answer) } : fields;
  },
});

export const examRegister = defineRegister({ spec: examSpec, table: studyExams, naturalKey: ['orgUnitId', 'title'] });

export const studyRegisters = [sessionRegister, courseRegister, attendanceRegister, dutyRegister, questionRegister, examRegister];
