import { addCalendarDays, maskIdNumber, maskPhone } from '@fazhi/core';
import { leaveApprovalLevel, leaveEnd, leaveStatus, reportDue, subjectState, termEnd } from '@fazhi/core/correction';
import { eq } from 'drizzle-orm';
import { loginAttempts, roleGrants, users } from '../../platform/auth/tables.js';
import { hashPassword } from '../../platform/auth/password.js';
import { orgUnits } from '../../platform/org/tables.js';
import type { RegisterDef, Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { demoPassword, subdistrictNames } from '../../seed/demo-district.js';
import { idNumber, personName } from '../../seed/people.js';
import { raiseMissingReports } from './jobs.js';
import { leaveRegister, maskAddress, meetingRegister, monitoringRegister, reportRegister, subjectRegister, verificationRegister, violationRegister } from './registers.js';
import { correctionLeaves, correctionMeetings, correctionMonitorings, correctionReports, correctionSubjects, correctionVerifications, correctionViolations } from './tables.js';

const crimes = [
  ['危险驾驶罪', '拘役三个月，缓刑六个月'],
  ['盗窃罪', '有期徒刑一年，缓刑一年六个月'],
  ['诈骗罪', '有期徒刑二年，缓刑三年'],
  ['故意伤害罪', '有期徒刑一年，缓刑二年'],
  ['交通肇事罪', '有期徒刑一年六个月，缓刑二年'],
  ['非法吸收公众存款罪', '有期徒刑三年，假释'],
  ['寻衅滋事罪', '管制一年'],
  ['开设赌场罪', '有期徒刑二年，暂予监外执行'],
] as const;
const categoryOf = (sentence: string) => (sentence.includes('假释') ? 'parole' : sentence.includes('管制') ? 'control' : sentence.includes('监外') ? 'medicalParole' : 'probation');
const checkInWords = ['今日在家，无外出', '正常上班，下班回家', '参加社区公益活动', '在“e”平台完成学习', '陪家人就医，已返回', '在村里务农'];

function withSearch<T extends Record<string, unknown>>(def: RegisterDef, row: T): T & { searchText: string } {
  return { ...row, searchText: searchTextOf(def, row as unknown as Row) };
}

async function insertAll(ctx: SeedContext, table: Parameters<SeedContext['tx']['insert']>[0], rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 500) await ctx.tx.insert(table).values(rows.slice(i, i + 500) as never);
}

/** ~60 subjects across the four 司法所 with a year of 报告, 核查, 外出, violations, 电子定位, 矫情分析会 and alerts. */
export async function seedCorrection(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, cipher, today } = ctx;
  // In the order of the demo's 街道 (paths hold random ids, so they give no stable order): 东湖 first.
  const all = await tx.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice'));
  const offices = subdistrictNames.map((n) => all.find((o) => o.name === `${n.replace('街道', '')}司法所`)!);
  const staff = ctx.users.get('sqjz');
  const yearAgo = addCalendarDays(today, -365);
  const accountHash = await hashPassword(demoPassword);
  const subjects: (typeof correctionSubjects.$inferInsert & { id: string })[] = [];
  for (const [o, office] of offices.entries()) {
    for (let i = 0; i < 15; i++) {
      const [crime, sentence] = r.pick(crimes);
      const gender = r.chance(0.2) ? 'female' : 'male';
      const judgmentEffectiveOn = addCalendarDays(today, -r.int(20, 900));
      // Most report within the 第21条 window; one in thirty late (漏管 the indicator must show).
      const reportedOn = addCalendarDays(judgmentEffectiveOn, r.chance(0.03) ? r.int(11, 20) : r.int(1, 9));
      const termStartOn = judgmentEffectiveOn;
      const termMonths = r.pick([6, 12, 18, 24, 36]);
      const termEndOn = termEnd(termStartOn, termMonths);
      const ended = termEndOn < today;
      const endedOn = ended ? (r.chance(0.05) ? addCalendarDays(termStartOn, r.int(60, 300)) : termEndOn) : null;
      const endKind = endedOn ? (endedOn < termEndOn ? (categoryOf(sentence) === 'medicalParole' ? 'committed' : 'revoked') : 'released') : null;
      const team = [
        { name: personName(r), gender: 'male', role: 'officer' },
        { name: personName(r), gender: gender === 'female' ? 'female' : r.pick(['male', 'female']), role: 'community' },
        { name: personName(r), gender: r.pick(['male', 'female']), role: 'family' },
      ];
      const id = idNumber(r);
      const phone = `1${r.pick(['38', '39', '58', '86', '77'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
      const address = `示范高新区${office.name.replace('司法所', '')}街道${r.int(1, 300)}号`;
      const row = {
        id: crypto.randomUUID(),
        orgUnitId: office.id,
        name: personName(r),
        gender,
        idNumberEnc: cipher.encrypt(id),
        idNumberMasked: maskIdNumber(id),
        phoneEnc: cipher.encrypt(phone),
        phoneMasked: maskPhone(phone),
        addressEnc: cipher.encrypt(address),
        addressMasked: maskAddress(address),
        category: categoryOf(sentence),
        crime,
        sentence,
        judgmentEffectiveOn,
        reportDueOn: reportDue(judgmentEffectiveOn),
        reportedOn,
        announcedOn: reportedOn,
        termStartOn,
        termMonths,
        termEndOn,
        level: r.weighted([
          ['lenient', 3],
          ['normal', 6],
          ['strict', 1],
        ] as const),
        levelReviewedOn: addCalendarDays(today, -r.int(1, 90)),
        plan: '每日手机报告，每月到所报告一次，每月参加教育学习和公益活动不少于8小时',
        team,
        endedOn,
        endKind,
        state: subjectState({ reportedOn, termEndOn, endedOn, endKind }, today),
        accountUserId: null as string | null,
        accountUsername: null as string | null,
        createdBy: staff,
        updatedBy: staff,
      };
      subjects.push(row);
      void o;
    }
  }
  // 在矫通 accounts: issued at 入矫; most have signed in. The demo subject (jzdx) is the first one at 东湖司法所 in correction.
  const demoSubject = subjects.find((s) => s.orgUnitId === offices[0]!.id && !s.endedOn && s.termStartOn < addCalendarDays(today, -60))!;
  const attempts: (typeof loginAttempts.$inferInsert)[] = [];
  for (const [i, s] of subjects.entries()) {
    if (s.endedOn || r.chance(0.08)) continue;
    if (s === demoSubject) {
      s.accountUserId = ctx.users.get('jzdx')!;
      s.accountUsername = 'jzdx';
      continue;
    }
    const username = `jz${String(20_000_000 + i * 137)}`;
    const [u] = await tx
      .insert(users)
      .values({ username, displayName: s.name, orgUnitId: s.orgUnitId, passwordHash: accountHash, mustChangePassword: false, createdBy: staff })
      .returning({ id: users.id });
    await tx.insert(roleGrants).values({ userId: u!.id, role: 'correctionSubject', orgUnitId: s.orgUnitId, createdBy: staff });
    s.accountUserId = u!.id;
    s.accountUsername = username;
    if (r.chance(0.95)) attempts.push({ username, ip: '10.20.0.1', success: true, at: new Date(`${addCalendarDays(s.reportedOn!, 1)}T09:00:00+08:00`) });
  }
  await insertAll(
    ctx,
    correctionSubjects,
    subjects.map((s) => withSearch(subjectRegister, s)),
  );
  if (attempts.length) await tx.insert(loginAttempts).values(attempts);

  const reports = [];
  const verifications = [];
  const leaves = [];
  const violations = [];
  const monitorings = [];
  for (const s of subjects) {
    const from = s.reportedOn! > yearAgo ? s.reportedOn! : yearAgo;
    const to = s.endedOn ?? (s.termEndOn < today ? s.termEndOn : today);
    const base = { orgUnitId: s.orgUnitId, subjectId: s.id, subjectName: s.name, createdBy: staff, updatedBy: staff };
    // Daily check-ins over the last 45 days (a few missed), weekly visits or calls before that.
    for (let d = from; d <= to; d = addCalendarDays(d, 1)) {
      const recent = d > addCalendarDays(today, -45);
      // Today's check-ins are still to come (due by 18:00): the demo phone opens on an unchecked day.
      if (recent && s.accountUserId && d < today && r.chance(0.97)) {
        reports.push(
          withSearch(reportRegister, {
            ...base,
            kind: 'checkIn',
            reportedOn: d,
            content: r.pick(checkInWords),
            nilReport: true,
            latitude: 35.4 + r.next() / 10,
            longitude: 116.6 + r.next() / 10,
            accuracy: 20,
          }),
        );
      } else if (!recent && new Date(`${d}T00:00:00Z`).getUTCDay() === 3) {
        reports.push(withSearch(reportRegister, { ...base, kind: r.pick(['visit', 'phone', 'inPerson']), reportedOn: d, content: '本周表现正常，按要求报告', nilReport: true }));
      }
      // 信息化核查 each Monday; a handful missed, so the coverage rate can show the gap.
      if (new Date(`${d}T00:00:00Z`).getUTCDay() === 1 && r.chance(0.985)) {
        verifications.push(withSearch(verificationRegister, { ...base, weekOf: d, verifiedOn: addCalendarDays(d, r.int(0, 2)), result: r.chance(0.97) ? 'normal' : 'abnormal' }));
      }
    }
    if (r.chance(0.45)) {
      const startOn = addCalendarDays(from, r.int(10, 200));
      if (startOn < to) {
        const days = r.pick([2, 3, 5, 7, 10, 15]);
        const endOn = leaveEnd(startOn, days);
        const decision = r.chance(0.9) ? 'approved' : 'refused';
        const overdue = decision === 'approved' && endOn < today && r.chance(0.06);
        const returnedOn = decision === 'approved' && endOn < today && !overdue ? endOn : null;
        leaves.push(
          withSearch(leaveRegister, {
            ...base,
            reason: r.pick(['探望生病亲属', '外地务工', '子女升学', '参加亲属婚礼', '就医复查']),
            destination: r.pick(['济南市', '青岛市', '临沂市', '徐州市', '北京市']),
            startOn,
            days,
            endOn,
            approvalLevel: leaveApprovalLevel(days),
            decision,
            decidedOn: addCalendarDays(startOn, -3),
            returnedOn,
            status: leaveStatus({ decision, startOn, endOn, returnedOn }, today),
          }),
        );
      }
    }
    // The ladder: some a 训诫, a few a second one and then a 警告.
    if (r.chance(0.25)) {
      let on = addCalendarDays(from, r.int(5, 120));
      const steps = r.chance(0.3) ? ['reprimand', 'reprimand', 'warning'] : ['reprimand'];
      for (const measure of steps) {
        if (on >= to) break;
        violations.push(
          withSearch(violationRegister, {
            ...base,
            occurredOn: on,
            facts: measure === 'warning' ? '两次训诫后仍未按规定报告' : r.pick(['未按规定时间报告', '未经批准擅自离开居住地一日', '无故缺席集中教育学习']),
            measure,
            serious: false,
            approval: 'approved',
            approvedOn: addCalendarDays(on, 2),
            approvedBy: measure === 'warning' ? '区司法局' : '司法所所长',
            noticeServedOn: addCalendarDays(on, 3),
            corrected: measure === 'warning',
          }),
        );
        on = addCalendarDays(on, r.int(20, 60));
      }
      if (steps.length === 3 && r.chance(0.5) && on < to) {
        const endOn = termEnd(on, 3);
        monitorings.push(
          withSearch(monitoringRegister, { ...base, reason: 'refusedReporting', startOn: on, endOn: endOn < to ? endOn : to, approvedBy: '区司法局局长', approvedOn: addCalendarDays(on, -1) }),
        );
      }
    }
  }
  await insertAll(ctx, correctionReports, reports);
  await insertAll(ctx, correctionVerifications, verifications);
  await insertAll(ctx, correctionLeaves, leaves);
  await insertAll(ctx, correctionViolations, violations);
  await insertAll(ctx, correctionMonitorings, monitorings);

  // 矫情分析会 on the 25th of every month with the 检察院.
  const meetings: { orgUnitId: string; heldOn: string }[] = [];
  for (const office of offices) {
    for (let m = 0; m < 12; m++) {
      const heldOn = `${addCalendarDays(today, -30 * m).slice(0, 7)}-25`;
      if (heldOn > today || meetings.some((x) => x.orgUnitId === office.id && x.heldOn === heldOn)) continue;
      meetings.push(
        withSearch(meetingRegister, {
          orgUnitId: office.id,
          heldOn,
          attendees: `${office.name}所长、社区矫正专干、区检察院派驻检察官`,
          procuratorateAttended: r.chance(0.8),
          minutes: '通报本月在矫人数、新接收、解除、违规和外出情况，研判重点对象风险，部署下月工作。',
          createdBy: staff,
          updatedBy: staff,
        }),
      );
    }
  }
  await insertAll(ctx, correctionMeetings, meetings);
  let alerts = 0;
  for (let d = addCalendarDays(today, -6); d < today; d = addCalendarDays(d, 1)) alerts += await raiseMissingReports(tx, d);
  return {
    correctionSubjects: subjects.length,
    correctionReports: reports.length,
    correctionVerifications: verifications.length,
    correctionLeaves: leaves.length,
    correctionViolations: violations.length,
    correctionMonitorings: monitorings.length,
    correctionMeetings: meetings.length,
    correctionAlerts: alerts,
  };
}
