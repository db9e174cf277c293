import { addCalendarDays, isWorkday, maskIdNumber, maskPhone } from '@fazhi/core';
import { assistantState, defaultChecklist, defaultStarThresholds, starLevelOf, type ActivityKind } from '@fazhi/core/judicial-offices';
import { eq } from 'drizzle-orm';
import { orgUnits } from '../../platform/org/tables.js';
import { byDemoOrder } from '../../seed/demo-district.js';
import type { RegisterDef, Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { idNumber, personName } from '../../seed/people.js';
import type { Random } from '../../seed/random.js';
import { activityRegister, assistantRegister, itemRegister, officeRegister, ratingRegister, standardRegister, trainingRegister } from './registers.js';
import { judicialActivities, judicialAssistants, judicialChecklistItems, judicialOffices, judicialRatings, judicialRatingScores, judicialRatingStandards, judicialTrainings } from './tables.js';

const withSearch = <T extends Record<string, unknown>>(def: RegisterDef, row: T): T => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

/** A working day from `from` to `to`. */
function workdayBetween(r: Random, from: string, to: string): string {
  const days = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  let d = addCalendarDays(from, r.int(0, days));
  while (!isWorkday(d) && d > from) d = addCalendarDays(d, -1);
  return d;
}
/** The day `share` of the way from `from` to `to`. */
const dayAt = (from: string, to: string, share: number) => addCalendarDays(from, Math.floor(((Date.parse(to) - Date.parse(from)) / 86_400_000) * share));

const subjects: Record<ActivityKind, readonly string[]> = {
  legalPublicity: ['《民法典》进社区宣讲', '宪法宣传周集中宣传', '防范电信网络诈骗宣传', '“法治进校园”专题讲座', '农民工权益保护普法', '反家庭暴力法宣传', '“八五”普法进企业', '老年人防诈骗法治课堂'],
  consultation: ['法律咨询接待日', '公共法律服务窗口咨询', '“法律明白人”联络点咨询', '赶集日法律咨询摊位', '来电法律咨询'],
  mediation: ['邻里宅基地纠纷调处', '婚姻家庭纠纷调处', '劳资纠纷调处', '物业服务纠纷调处', '土地流转纠纷调处'],
  correction: ['社区矫正对象集中教育', '社区矫正对象走访', '社区矫正公益活动', '社区矫正入矫宣告'],
};
const places = ['街道会议室', '社区党群服务中心', '司法所服务大厅', '辖区学校', '村文化广场', '辖区企业'];

export async function seedJudicialOffices(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today, cipher } = ctx;
  const start = `${year}-01-01`;
  const coordinator = ctx.users.get('fzb') ?? null;
  const offices = (
    await tx.select({ id: orgUnits.id, name: orgUnits.name, parentId: orgUnits.parentId, sortOrder: orgUnits.sortOrder }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice'))
  ).sort(byDemoOrder(org));
  const subdistrictName = new Map([...org.subdistricts].map(([name, id]) => [id, name]));
  // The demo has 司法所 accounts at 东湖 and 西岭 only; the coordinator keeps the other offices' records.
  const staffByStreet = new Map([
    ['东湖街道', ctx.users.get('donghu')],
    ['西岭街道', ctx.users.get('xiling')],
  ]);
  const staffOf = (office: (typeof offices)[number]) => staffByStreet.get(subdistrictName.get(office.parentId ?? '') ?? '') ?? coordinator;

  // The district's standard for the year: default lines and the default checklist.
  await tx.insert(judicialRatingStandards).values(
    withSearch(standardRegister, {
      orgUnitId: org.districtId,
      year,
      basis: '《示范高新区司法所规范化建设三年行动方案》；评分表参照省级规范化司法所考核评分细则',
      ...defaultStarThresholds,
      createdBy: coordinator,
      updatedBy: coordinator,
    }),
  );
  const items = await tx
    .insert(judicialChecklistItems)
    .values(defaultChecklist.map((c, i) => withSearch(itemRegister, { orgUnitId: org.districtId, year, ...c, sortOrder: i + 1, createdBy: coordinator, updatedBy: coordinator })))
    .returning({ id: judicialChecklistItems.id, maxPoints: judicialChecklistItems.maxPoints });
  const maxTotal = items.reduce((t, i) => t + i.maxPoints, 0);

  let activities = 0;
  let trainings = 0;
  const assistantCounts = [4, 4, 4, 3];
  for (const [n, office] of offices.entries()) {
    const by = staffOf(office);
    const street = subdistrictName.get(office.parentId ?? '')?.replace('街道', '') ?? office.name.replace('司法所', '');
    const quota = r.int(3, 5);
    await tx.insert(judicialOffices).values(
      withSearch(officeRegister, {
        orgUnitId: office.id,
        director: personName(r),
        staffQuota: quota,
        staffInPost: quota - (r.chance(0.3) ? 1 : 0),
        premisesArea: r.int(18, 32) * 10,
        hasServiceHall: true,
        serviceHallArea: r.int(6, 12) * 10,
        address: `示范高新区${street}路${r.int(1, 199)}号${street}街道便民服务中心`,
        officePhone: `0537-${r.int(2_300_000, 2_399_999)}`,
        starLevel: null as string | null,
        createdBy: by,
        updatedBy: by,
      }),
    );

    // 规范化评定: self and district scores per item, a deduction here and there; the level follows from the total.
    const self = items.map((i) => ({ itemId: i.id, score: Math.max(0, i.maxPoints - (r.chance(0.2) ? 0.5 : 0)) }));
    const district = self.map((s) => ({ ...s, score: Math.max(0, s.score - (r.chance(0.15) ? 0.5 : 0)) }));
    const selfTotal = self.reduce((t, s) => t + s.score, 0);
    const districtTotal = district.reduce((t, s) => t + s.score, 0);
    const starLevel = String(starLevelOf(districtTotal, maxTotal));
    const selfAssessedOn = dayAt(start, today, 0.75);
    const [rating] = await tx
      .insert(judicialRatings)
      .values(
        withSearch(ratingRegister, {
          orgUnitId: office.id,
          year,
          state: 'confirmed',
          selfTotal,
          districtTotal,
          maxTotal,
          starLevel,
          selfAssessedOn,
          assessedOn: dayAt(start, today, 0.82),
          confirmedOn: dayAt(start, today, 0.88),
          selfNote: '按三年行动方案逐项自查，佐证材料已上传',
          districtNote: '经实地查看和台账核查，各项达到规范化建设要求',
          createdBy: by,
          updatedBy: coordinator,
          version: 4,
        }),
      )
      .returning({ id: judicialRatings.id });
    await tx.insert(judicialRatingScores).values(self.map((s, i) => ({ ratingId: rating!.id, itemId: s.itemId, selfScore: s.score, districtScore: district[i]!.score })));
    await tx.update(judicialOffices).set({ starLevel }).where(eq(judicialOffices.orgUnitId, office.id));

    // 工作台账 over the year so far: the district's ~900 法治宣传 sessions and ~4,800 consultations shared by the offices.
    const share = (total: number) => Math.round(total / offices.length) + r.int(-8, 8);
    // One entry per office, day, kind and subject (the register's natural key): a second one that day adds to it.
    const entries = new Map<string, { occurredOn: string; kind: ActivityKind; subject: string; quantity: number; persons: number | null }>();
    const log = (kind: ActivityKind, quantity: number, persons: number | null) => {
      const entry = { occurredOn: workdayBetween(r, start, today), kind, subject: r.pick(subjects[kind]), quantity, persons };
      const key = `${entry.occurredOn}|${kind}|${entry.subject}`;
      const same = entries.get(key);
      if (!same) entries.set(key, entry);
      else [same.quantity, same.persons] = [same.quantity + quantity, persons === null ? same.persons : (same.persons ?? 0) + persons];
    };
    for (let left = share(910); left > 0; ) {
      const q = Math.min(left, r.int(1, 3));
      log('legalPublicity', q, q * r.int(30, 120));
      left -= q;
    }
    for (let left = share(4820); left > 0; ) {
      const p = Math.min(left, r.int(4, 14));
      log('consultation', 1, p);
      left -= p;
    }
    for (let i = r.int(25, 40); i > 0; i--) log('mediation', 1, null);
    for (let i = r.int(20, 30); i > 0; i--) log('correction', r.int(1, 3), null);
    const rows = [...entries.values()].map((e) =>
      withSearch(activityRegister, { ...e, orgUnitId: office.id, place: e.kind === 'consultation' ? '司法所服务大厅' : r.pick(places), createdBy: by, updatedBy: by }),
    );
    for (let i = 0; i < rows.length; i += 500) await tx.insert(judicialActivities).values(rows.slice(i, i + 500) as (typeof judicialActivities.$inferInsert)[]);
    activities += rows.length;

    // 司法协理员 pilot: one batch hired under the district's scheme, 岗前培训 on hiring and 业务轮训 later.
    const hiredOn = dayAt(start, today, 0.2);
    for (let k = 0; k < (assistantCounts[n] ?? 3); k++) {
      const id = idNumber(r);
      const tel = `1${r.pick(['35', '37', '39', '58', '86'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
      const [a] = await tx
        .insert(judicialAssistants)
        .values(
          withSearch(assistantRegister, {
            orgUnitId: office.id,
            name: personName(r),
            gender: r.pick(['male', 'female']),
            idNumberEnc: cipher.encrypt(id),
            idNumberMasked: maskIdNumber(id),
            phoneEnc: cipher.encrypt(tel),
            phoneMasked: maskPhone(tel),
            hiredOn,
            batch: '《示范高新区司法协理员聘用方案》第一批',
            assignment: r.pick(['人民调解', '社区矫正', '法治宣传', '公共法律服务窗口']),
            state: assistantState({ hiredOn }, today),
            createdBy: by,
            updatedBy: by,
          }),
        )
        .returning({ id: judicialAssistants.id, name: judicialAssistants.name });
      const records = [{ kind: 'preService', trainedOn: hiredOn, hours: 16, subject: '司法协理员岗前培训（职责、纪律与业务基础）' }];
      for (const share of [0.5, 0.8]) {
        const on = dayAt(start, today, share);
        if (on > hiredOn) records.push({ kind: 'rotation', trainedOn: on, hours: 8, subject: r.pick(['人民调解业务轮训', '社区矫正业务轮训', '公共法律服务业务轮训']) });
      }
      await tx
        .insert(judicialTrainings)
        .values(records.map((t) => withSearch(trainingRegister, { ...t, orgUnitId: office.id, assistantId: a!.id, assistantName: a!.name, createdBy: coordinator, updatedBy: coordinator })));
      await tx
        .update(judicialAssistants)
        .set({ trainingHours: records.reduce((h, t) => h + t.hours, 0) })
        .where(eq(judicialAssistants.id, a!.id));
      trainings += records.length;
    }
  }
  return {
    judicialOffices: offices.length,
    judicialRatings: offices.length,
    judicialChecklistItems: items.length,
    judicialActivities: activities,
    judicialAssistants: assistantCounts.slice(0, offices.length).reduce((a, b) => a + b, 0),
    judicialTrainings: trainings,
  };
}
