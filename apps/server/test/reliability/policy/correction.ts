import assert from 'node:assert/strict';
import { withIdCheckCharacter } from '@fazhi/core';
import { eq } from 'drizzle-orm';
import { correctionReports } from '../../../src/modules/correction/tables.js';
import { orgUnits } from '../../../src/platform/org/tables.js';
import { marker, registerProbes, type Client, type Fixtures, type PolicyPart, type Target, type UnitKey } from './kit.js';

const base = '/api/correction';
const subjects = `${base}/subjects`;
const id = (name: string) => (t: Target) => t.records[name]!;

/**
 * The 执行地 of a fixture: the 司法所 under a probed 街道; for the department targets the 北辰司法所, which none of the
 * probed 司法所 users holds, so only the district's staff (and assignees) reach those fixtures — as for the department.
 */
const offices = new Map<UnitKey | 'other', string>();
const officeOf = (t: { key: UnitKey }) => offices.get(t.key) ?? offices.get('other')!;

// Fixtures are made by the 司法局's 社区矫正 staff: the coordinator (fzb) holds nothing in this module.
let staff: Client | undefined;
const lazy = (): Client => {
  const call =
    (m: 'get' | 'post' | 'patch' | 'delete' | 'raw') =>
    (...args: unknown[]) =>
      (staff![m] as (...a: unknown[]) => ReturnType<Client['get']>)(...args);
  return { cookie: undefined, get: call('get'), post: call('post'), patch: call('patch'), delete: call('delete'), raw: call('raw') } as Client;
};

let week = 0;
/** A Monday no other fixture used: one 核查 per subject and week. */
const nextMonday = () => new Date(Date.UTC(2030, 0, 7 + 7 * week++)).toISOString().slice(0, 10);

const subjectBody = (orgUnitId: string) => ({
  name: `${marker}矫正对象`,
  gender: 'male',
  idNumber: withIdCheckCharacter('37089919900101123'),
  phone: '13912345678',
  address: `${marker}住址示范高新区`,
  orgUnitId,
  category: 'probation',
  crime: '危险驾驶罪',
  sentence: '拘役三个月，缓刑六个月',
  judgmentEffectiveOn: '2026-06-01',
  termStartOn: '2026-06-01',
  termMonths: 12,
  reportedOn: '2026-06-05',
});
const child = (t: Target) => ({ subjectId: t.records.corrSubject!, orgUnitId: officeOf(t) });
const bodies = {
  report: (t: Target) => ({ ...child(t), kind: 'visit', reportedOn: '2026-11-02', content: `${marker}走访`, nilReport: true }),
  verification: (t: Target) => ({ ...child(t), weekOf: nextMonday(), verifiedOn: '2030-01-01', result: 'normal' }),
  leave: (t: Target) => ({ ...child(t), reason: `${marker}探亲`, destination: '济南市', startOn: '2026-11-10', days: 3, decision: 'pending' }),
  violation: (t: Target) => ({ ...child(t), occurredOn: '2026-10-01', facts: `${marker}未按时报告`, measure: 'reprimand', approval: 'pending' }),
  monitoring: (t: Target) => ({ ...child(t), reason: 'refusedReporting', startOn: '2026-10-01', endOn: '2026-12-31', approvedBy: '区司法局局长', approvedOn: '2026-09-30' }),
  meeting: (t: Target) => ({ orgUnitId: officeOf(t), heldOn: '2026-10-25', attendees: `${marker}所长、检察官`, procuratorateAttended: true, minutes: marker }),
  education: (t: Target) => ({ ...child(t), kind: 'service', on: '2026-10-18', content: `${marker}公益活动`, place: '敬老院', hours: 4 }),
  finding: (t: Target) => ({ orgUnitId: officeOf(t), kind: 'inspection', foundOn: '2026-10-08', procuratorate: '区人民检察院', content: `${marker}巡视检察问题`, replyDueOn: '2026-11-08' }),
};
const registers = [
  ['corrReport', `${base}/reports`, bodies.report],
  ['corrVerification', `${base}/verifications`, bodies.verification],
  ['corrLeave', `${base}/leaves`, bodies.leave],
  ['corrViolation', `${base}/violations`, bodies.violation],
  ['corrMonitoring', `${base}/monitorings`, bodies.monitoring],
  ['corrMeeting', `${base}/meetings`, bodies.meeting],
  ['corrEducation', `${base}/educations`, bodies.education],
  ['corrFinding', `${base}/findings`, bodies.finding],
] as const;

async function made(path: string, body: object) {
  const res = await staff!.post(path, body);
  assert.equal(res.status, 201, `${path} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** 社区矫正: every register by the 司法所's scope (correctionStaff only), reveal by `reveal`, the phone app by the subject's own account. */
export const correctionPolicy: PolicyPart = {
  setup: async ({ h }: Fixtures, unit) => {
    if (!staff) {
      staff = await h.login('sqjz');
      const all = await h.db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice'));
      const named = (n: string) => all.find((o) => o.name === n)!.id;
      offices.set('donghu', named('东湖司法所'));
      offices.set('xiling', named('西岭司法所'));
      offices.set('other', named('北辰司法所'));
    }
    const t = { key: unit.key, unitId: unit.unitId, records: {} as Record<string, string> } as Target;
    t.records.corrSubject = await made(subjects, subjectBody(officeOf(t)));
    for (const [name, path, body] of registers) t.records[name] = await made(path, body(t));
    // The photo route needs a report with a photo; only the phone app writes one, so the fixture gets it directly.
    await h.db
      .update(correctionReports)
      .set({ photoSha256: h.app.services.files.put(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])), photoMimeType: 'image/jpeg', photoBytes: 7 })
      .where(eq(correctionReports.id, t.records.corrReport!));
    return t.records;
  },
  // A 检察院 inspector reads one subject by assignment (巡视检察), nothing else.
  afterSetup: async (_f, targets) => {
    const t = targets.get('scjg')!;
    const res = await staff!.post(`${subjects}/${t.records.corrSubject}/assignees`, { userId: _f.userIds.get('inspector'), role: 'reviewer' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return ['inspector corrSubject scjg'];
  },
  probes: (f) => {
    const withStaff = { ...f, fzb: lazy() };
    const rec = (entity: string, action: 'read' | 'update' | 'reveal') => ({ kind: 'record' as const, module: 'correction' as const, action, entity });
    // The module's own routes first: the kit's DELETE-assignee probe leaves a refused caller's fresh assignment behind.
    return {
      [`POST ${subjects}/{id}/reveal`]: {
        need: rec('corrSubject', 'reveal'),
        ok: 200,
        call: (c: Client, t: Target) => c.post(`${subjects}/${id('corrSubject')(t)}/reveal`, { field: 'phone', reason: `${marker}核对` }),
      },
      [`GET ${subjects}/{id}/timeline`]: { need: rec('corrSubject', 'read'), ok: 200, call: (c: Client, t: Target) => c.get(`${subjects}/${id('corrSubject')(t)}/timeline`) },
      // Each allowed call opens the account of a fresh subject (a second opening is a 409).
      [`POST ${subjects}/{id}/account`]: {
        need: rec('corrSubject', 'update'),
        ok: 201,
        call: async (c: Client, t: Target) => c.post(`${subjects}/${await made(subjects, subjectBody(officeOf(t)))}/account`),
      },
      [`GET ${subjects}/{id}/education-hours`]: {
        need: rec('corrSubject', 'read'),
        ok: 200,
        call: (c: Client, t: Target) => c.get(`${subjects}/${id('corrSubject')(t)}/education-hours`),
      },
      [`GET ${base}/me/study`]: { need: { kind: 'grant', module: 'correctionSelf', action: 'read' }, ok: 200, call: (c: Client) => c.get(`${base}/me/study`) },
      [`POST ${base}/me/study`]: {
        need: { kind: 'grant', module: 'correctionSelf', action: 'create' },
        ok: 201,
        // Once per material and day: each allowed call completes a material not yet done today (a refused caller's GET
        // is refused too, and it posts the first one).
        call: async (c: Client) => {
          const page = (await c.get(`${base}/me/study`)).body as { materials?: { id: string; doneToday: boolean }[] };
          return c.post(`${base}/me/study`, { materialId: page.materials?.find((m) => !m.doneToday)?.id ?? 'law-basics' });
        },
      },
      [`GET ${base}/reports/{id}/photo`]: { need: rec('corrReport', 'read'), ok: 200, call: (c: Client, t: Target) => c.get(`${base}/reports/${id('corrReport')(t)}/photo`) },
      [`GET ${base}/me`]: { need: { kind: 'grant', module: 'correctionSelf', action: 'read' }, ok: 200, call: (c: Client) => c.get(`${base}/me`) },
      [`POST ${base}/me/check-ins`]: {
        need: { kind: 'grant', module: 'correctionSelf', action: 'create' },
        ok: 201,
        call: (c: Client) => c.post(`${base}/me/check-ins`, { content: `${marker}签到` }),
      },
      [`POST ${base}/me/leaves`]: {
        need: { kind: 'grant', module: 'correctionSelf', action: 'create' },
        ok: 201,
        call: (c: Client) => c.post(`${base}/me/leaves`, { reason: `${marker}探亲`, destination: '济南市', startOn: '2099-01-01', days: 3 }),
      },
      ...registerProbes(withStaff, subjects, 'correction', 'corrSubject', id('corrSubject'), { ok: 201, body: (t) => subjectBody(officeOf(t)) }),
      ...Object.assign({}, ...registers.map(([name, path, body]) => registerProbes(withStaff, path, 'correction', name, id(name), { ok: 201, body }))),
    };
  },
};
