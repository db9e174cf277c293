import { addCalendarDays, maskIdNumber, maskPhone } from '@fazhi/core';
import { findingState, leaveApprovalLevel, leaveEnd, leaveStatus, reportDue, studyMaterials, subjectState, termEnd } from '@fazhi/core/correction';
import { eq } from 'drizzle-orm';
import { loginAttempts, roleGrants, users } from '../../platform/auth/tables.js';
import { hashPassword } from '../../platform/auth/password.js';
import { orgUnits } from '../../platform/org/tables.js';
import type { RegisterDef, Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { demoPassword, subdistrictNames } from '../../seed/demo-district.js';
import { idNumber, personName } from '../../seed/people.js';
import { raiseMissingReports, refreshFindings } from './jobs.js';
import {
  educationRegister,
  findingRegister,
  leaveRegister,
  maskAddress,
  meetingRegister,
  monitoringRegister,
  reportRegister,
  subjectRegister,
  verificationRegister,
  violationRegister,
} from './registers.js';
import {
  correctionEducations,
  correctionFindings,
  correctionLeaves,
  correctionMeetings,
  correctionMonitorings,
  correctionReports,
  correctionSubjects,
  correctionVerifications,
  correctionViolations,
} from './tables.js';

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

  // 教育帮扶: a monthly 集中教育 and a 公益活动 at the 司法所 for most subjects; 自主学习 on the phone in the last month.
  const educations = [];
  const services = ['社区环境清扫', '敬老院志愿服务', '普法宣传资料发放', '交通文明劝导', '社区义务植树'];
  for (const s of subjects) {
    const from = s.reportedOn! > yearAgo ? s.reportedOn! : yearAgo;
    const to = s.endedOn ?? (s.termEndOn < today ? s.termEndOn : today);
    const base = { orgUnitId: s.orgUnitId, subjectId: s.id, subjectName: s.name, createdBy: staff, updatedBy: staff };
    for (let m = from.slice(0, 7); `${m}-10` <= to; m = addCalendarDays(`${m}-28`, 7).slice(0, 7)) {
      const studyOn = `${m}-10`;
      const serviceOn = `${m}-18`;
      if (studyOn >= from && studyOn < today && r.chance(0.9))
        educations.push(
          withSearch(educationRegister, {
            ...base,
            kind: 'study',
            on: studyOn,
            content: r.pick(['集中法治教育', '警示教育专题课', '心理健康讲座', '道德讲堂']),
            place: '司法所会议室',
            hours: 4,
            source: 'staff',
          }),
        );
      if (serviceOn >= from && serviceOn <= to && serviceOn < today && r.chance(0.85))
        educations.push(
          withSearch(educationRegister, { ...base, kind: 'service', on: serviceOn, content: r.pick(services), place: `${s.addressMasked.slice(0, 6)}社区`, hours: r.pick([2, 4]), source: 'staff' }),
        );
    }
    if (!s.accountUserId || s.endedOn) continue;
    for (let d = addCalendarDays(today, -30); d < today; d = addCalendarDays(d, 1)) {
      if (!r.chance(0.15)) continue;
      const material = r.pick(studyMaterials);
      educations.push(
        withSearch(educationRegister, {
          ...base,
          kind: 'study',
          on: d,
          content: material.title,
          place: '在矫通自主学习',
          hours: material.hours,
          source: 'self',
          materialId: material.id,
          createdBy: s.accountUserId,
          updatedBy: s.accountUserId,
        }),
      );
    }
  }
  await insertAll(ctx, correctionEducations, educations);

  // 检察监督 (第8条, 第62条): the 检察院's 巡视检察 each quarter at a 司法所, 检察建议 to the 社区矫正机构; most rectified.
  const [bureau] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.name, '区司法局（区委依法治区办）'));
  const problems = [
    ['inspection', '部分社区矫正对象档案中缺少入矫宣告记录', '补齐宣告记录，建立档案月度自查制度'],
    ['inspection', '个别对象信息化核查记录不连续', '落实每周核查责任人，核查结果当日录入'],
    ['suggestion', '外出审批材料中未附证明材料', '修订外出审批流程，审批前核验证明材料'],
    ['correctionNotice', '一名对象期满后未及时办理解除手续', '已办理解除并发放解除证明书，对相关人员批评教育'],
    ['inspection', '矫正小组成员变更后未及时调整矫正方案', '重新评估并调整矫正方案'],
  ] as const;
  const findings = [];
  const units = [...offices.map((o) => o.id), ...(bureau ? [bureau.id] : [])];
  for (let q = 0; q < 4; q++) {
    for (const [u, unit] of units.entries()) {
      // The latest 巡视检察 at 东湖司法所 is left overdue, so the alert and the 逾期 state show in the demo.
      const kept = q === 0 && u === 0;
      if (!kept && !r.chance(0.6)) continue;
      const [kind, content, measures] = problems[(q + u) % problems.length]!;
      const foundOn = addCalendarDays(today, kept ? -45 : -(30 + 90 * q + r.int(0, 20)));
      const replyDueOn = addCalendarDays(foundOn, kind === 'inspection' ? 30 : 60);
      const rectifiedOn = kept ? null : replyDueOn < today && r.chance(0.92) ? addCalendarDays(foundOn, r.int(7, 25)) : null;
      findings.push(
        withSearch(findingRegister, {
          orgUnitId: unit,
          kind,
          foundOn,
          procuratorate: '区人民检察院第五检察部',
          content,
          replyDueOn,
          measures: rectifiedOn ? measures : null,
          rectifiedOn,
          evidence: rectifiedOn ? '整改报告及台账复印件' : null,
          state: findingState({ replyDueOn, rectifiedOn }, today),
          createdBy: staff,
          updatedBy: staff,
        }),
      );
    }
  }
  await insertAll(ctx, correctionFindings, findings);
  alerts += await refreshFindings(tx, today);
  return {
    correctionEducations: educations.length,
    correctionFindings: findings.length,
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
