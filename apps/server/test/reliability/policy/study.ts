import { marker, registerProbes, type PolicyPart, type Target } from './kit.js';

const base = '/api/study';
const noSitting = '00000000-0000-4000-8000-000000000000';
const course = (t: Target) => t.records.studyCourse!;

const bodies = {
  session: (t: Target) => ({ kind: 'lecture', heldOn: '2026-11-20', orgUnitId: t.unitId, topic: `${marker}学法`, onXiThought: true, speaker: '专家', attendeeCount: 30 }),
  course: (t: Target) => ({ title: `${marker}培训班`, orgUnitId: t.unitId, startOn: '2026-11-20', endOn: '2026-11-21', hours: 8, audience: '执法人员' }),
  attendance: (t: Target) => ({ courseId: course(t), personName: `${marker}学员`, orgUnitId: t.unitId, hours: 8 }),
  duty: (t: Target) => ({ personName: `${marker}领导`, position: '局长', orgUnitId: t.unitId, year: 2026, newlyAppointed: true }),
  question: (t: Target) => ({ kind: 'trueFalse', tag: 'constitution', stem: `${marker}判断题`, answer: '对', points: 2, orgUnitId: t.unitId }),
  exam: (t: Target) => ({
    title: `${marker}考试`,
    kind: 'newCivilServant',
    orgUnitId: t.unitId,
    opensOn: '2026-11-20',
    closesOn: '2026-12-31',
    durationMinutes: 30,
    passPercent: 60,
    maxAttempts: 1,
    drawRules: '宪法2题',
  }),
};
type Name = keyof typeof bodies;
const paths: Record<Name, string> = { session: 'sessions', course: 'courses', attendance: 'attendances', duty: 'duties', question: 'questions', exam: 'exams' };
const fixture = (name: Name) => `study${name[0]!.toUpperCase()}${name.slice(1)}`;
// The course comes first: the attendance names it.
const order: Name[] = ['course', 'session', 'attendance', 'duty', 'question', 'exam'];

/**
 * Routes of the study module: registers and the exam's enrolment by the unit's scope; results for anyone signed in
 * (filtered to their scope); the candidate's own routes for anyone signed in, on their own sittings only (others: 404).
 */
export const studyPolicy: PolicyPart = {
  setup: async ({ fzb }, { unitId }) => {
    const records: Record<string, string> = {};
    const t = { unitId, records } as unknown as Target;
    for (const name of order) {
      const res = await fzb.post(`${base}/${paths[name]}`, bodies[name](t));
      if (res.status !== 201) throw new Error(`${name} ${JSON.stringify(res.body)}`);
      records[fixture(name)] = res.body.id;
    }
    return records;
  },
  probes: (f) => ({
    ...Object.fromEntries(
      order.flatMap((name) =>
        Object.entries(registerProbes(f, `${base}/${paths[name]}`, 'study', name, (t) => t.records[fixture(name)]!, { ok: 201, body: (t) => ({ ...bodies[name](t), ...uniq(name) }) })),
      ),
    ),
    'POST /api/study/exams/{id}/candidates': {
      need: { kind: 'record', module: 'study', action: 'update', entity: 'exam' },
      ok: 200,
      call: (c, t) => c.post(`${base}/exams/${t.records.studyExam}/candidates`, { userIds: [t.userId] }),
    },
    'GET /api/study/exams/{id}/results': { need: { kind: 'signedIn' }, ok: 200, call: (c, t) => c.get(`${base}/exams/${t.records.studyExam}/results`) },
    // Past the grant check a sitting out of scope (here: none) is not found.
    'POST /api/study/sittings/{id}/marks': {
      need: { kind: 'grant', module: 'study', action: 'update' },
      ok: 404,
      call: (c, t) => c.post(`${base}/sittings/${noSitting}/marks`, { questionId: t.records.studyQuestion, points: 1 }),
    },
    'GET /api/study/sittings/{id}': { need: { kind: 'grant', module: 'study', action: 'update' }, ok: 404, call: (c) => c.get(`${base}/sittings/${noSitting}`) },
    'GET /api/study/my/exams': { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get(`${base}/my/exams`) },
    // No demo user is enrolled in the fixture exams, and no sitting is anyone's but its candidate's: all are not found.
    'POST /api/study/my/exams/{id}/sittings': { need: { kind: 'signedIn' }, ok: 404, call: (c, t) => c.post(`${base}/my/exams/${t.records.studyExam}/sittings`) },
    'GET /api/study/my/sittings/{id}': { need: { kind: 'signedIn' }, ok: 404, call: (c) => c.get(`${base}/my/sittings/${noSitting}`) },
    'PUT /api/study/my/sittings/{id}/answers/{questionId}': {
      need: { kind: 'signedIn' },
      ok: 404,
      call: (c, t) => c.raw('PUT', `${base}/my/sittings/${noSitting}/answers/${t.records.studyQuestion}`, { answer: 'A' }),
    },
    'POST /api/study/my/sittings/{id}/submit': { need: { kind: 'signedIn' }, ok: 404, call: (c) => c.post(`${base}/my/sittings/${noSitting}/submit`) },
  }),
};

// A second record of the same register must not collide with the fixture's natural key.
let n = 0;
function uniq(name: Name): Record<string, unknown> {
  n += 1;
  if (name === 'attendance' || name === 'duty') return { personName: `${marker}${n}` };
  if (name === 'question') return { stem: `${marker}${n}` };
  if (name === 'session') return { topic: `${marker}${n}` };
  return { title: `${marker}${n}` };
}
