import { addCalendarDays, maskIdNumber, maskPhone } from '@fazhi/core';
import { reportDue, subjectState, termEnd } from '@fazhi/core/correction';
import { eq } from 'drizzle-orm';
import { maskAddress, reportRegister, subjectRegister, verificationRegister } from '../../apps/server/src/modules/correction/registers.js';
import { correctionReports, correctionSubjects, correctionVerifications } from '../../apps/server/src/modules/correction/tables.js';
import { orgUnits } from '../../apps/server/src/platform/org/tables.js';
import type { Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { idNumber, personName } from '../../apps/server/src/seed/people.js';
import type { DataContext, DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/correction/seed.ts): ~60 subjects per district (scale 100 ≈ 6,000, the
// province scale of issue 15) spread over every 司法所, each with 26 weeks of weekly 报告 and 信息化核查 and the last
// 7 days of daily check-ins up to asOf. The demo account jzdx is linked to the first subject, for the check-in scenario.

const subjectsPerDistrict = 60;
const withSearch = <T extends Record<string, unknown>>(def: Parameters<typeof searchTextOf>[0], row: T) => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });
const categories = ['probation', 'probation', 'probation', 'parole', 'control', 'medicalParole'] as const;

async function generate(ctx: DataContext) {
  const { random: r, cipher, asOf } = ctx;
  const offices = await ctx.tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice')).orderBy(orgUnits.name);
  const count = Math.max(1, Math.round(subjectsPerDistrict * ctx.scale));
  const subjects: (typeof correctionSubjects.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const office = offices[i % offices.length]!;
    const judgmentEffectiveOn = addCalendarDays(asOf, -r.int(30, 500));
    const termMonths = r.pick([12, 18, 24, 36]);
    const termEndOn = termEnd(judgmentEffectiveOn, termMonths);
    const reportedOn = addCalendarDays(judgmentEffectiveOn, r.int(1, 9));
    const id = idNumber(r);
    const phone = `139${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
    const address = `示范高新区第${r.int(1, 80)}街道${r.int(1, 300)}号`;
    subjects.push(
      withSearch(subjectRegister, {
        id: ctx.newId(),
        orgUnitId: office.id,
        name: personName(r),
        gender: r.chance(0.2) ? 'female' : 'male',
        idNumberEnc: cipher.encrypt(id),
        idNumberMasked: maskIdNumber(id),
        phoneEnc: cipher.encrypt(phone),
        phoneMasked: maskPhone(phone),
        addressEnc: cipher.encrypt(address),
        addressMasked: maskAddress(address),
        category: r.pick(categories),
        crime: '盗窃罪',
        sentence: '有期徒刑一年，缓刑一年六个月',
        judgmentEffectiveOn,
        reportDueOn: reportDue(judgmentEffectiveOn),
        reportedOn,
        announcedOn: reportedOn,
        termStartOn: judgmentEffectiveOn,
        termMonths,
        termEndOn,
        level: r.pick(['lenient', 'normal', 'normal', 'strict']),
        team: [],
        state: subjectState({ reportedOn, termEndOn }, asOf),
        ...(i === 0 ? { accountUserId: ctx.org.users.get('jzdx')!, accountUsername: 'jzdx' } : {}),
      }),
    );
  }
  await ctx.insert(correctionSubjects, subjects);

  const reports: (typeof correctionReports.$inferInsert)[] = [];
  const verifications: (typeof correctionVerifications.$inferInsert)[] = [];
  const flush = async () => {
    await ctx.insert(correctionReports, reports.splice(0));
    await ctx.insert(correctionVerifications, verifications.splice(0));
  };
  for (const s of subjects) {
    const base = { orgUnitId: s.orgUnitId, subjectId: s.id!, subjectName: s.name };
    for (let w = 0; w < 26; w++) {
      const monday = addCalendarDays(asOf, -7 * (w + 1) - ((new Date(`${asOf}T00:00:00Z`).getUTCDay() + 6) % 7));
      if (monday < s.reportedOn!) break;
      reports.push(withSearch(reportRegister, { ...base, kind: r.pick(['visit', 'phone', 'inPerson']), reportedOn: addCalendarDays(monday, 2), content: '本周表现正常', nilReport: true }));
      if (r.chance(0.98)) verifications.push(withSearch(verificationRegister, { ...base, weekOf: monday, verifiedOn: monday, result: 'normal' }));
    }
    for (let d = 0; d < 7; d++) {
      reports.push(withSearch(reportRegister, { ...base, kind: 'checkIn', reportedOn: addCalendarDays(asOf, -d), content: '今日在家，无外出', nilReport: true, latitude: 35.4, longitude: 116.6 }));
    }
    if (reports.length > 20_000) await flush();
  }
  await flush();
}

export const correctionData: DataGenerator = { module: 'correction', generate };
