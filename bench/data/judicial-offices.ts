import { addCalendarDays, isWorkday, maskIdNumber, maskPhone } from '@fazhi/core';
import { activityKinds, assistantState, defaultChecklist, defaultStarThresholds, starLevelOf, type ActivityKind } from '@fazhi/core/judicial-offices';
import { asc, eq } from 'drizzle-orm';
import { activityRegister, assistantRegister, itemRegister, officeRegister, ratingRegister, standardRegister, trainingRegister } from '../../apps/server/src/modules/judicial-offices/registers.js';
import {
  judicialActivities,
  judicialAssistants,
  judicialChecklistItems,
  judicialOffices,
  judicialRatings,
  judicialRatingScores,
  judicialRatingStandards,
  judicialTrainings,
} from '../../apps/server/src/modules/judicial-offices/tables.js';
import { orgUnits } from '../../apps/server/src/platform/org/tables.js';
import type { RegisterDef, Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { idNumber, personName } from '../../apps/server/src/seed/people.js';
import type { Random } from '../../apps/server/src/seed/random.js';
import type { DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/judicial-offices/seed.ts): per district-year the district's checklist
// and lines, one rating per 司法所, ~1,000 工作台账 entries (≈900 法治宣传场次, ≈4,800 咨询人次) and 15 司法协理员
// with their training. Scale adds 司法所 (one per extra 街道) and spreads the entries over all of them.

const entriesPerDistrictYear = { legalPublicity: 450, consultation: 530, mediation: 120, correction: 100 } as const;
const assistantsPerDistrictYear = 15;
const subjects: Record<ActivityKind, readonly string[]> = {
  legalPublicity: ['《民法典》进社区宣讲', '宪法宣传周集中宣传', '防范电信网络诈骗宣传', '“法治进校园”专题讲座', '农民工权益保护普法'],
  consultation: ['法律咨询接待日', '公共法律服务窗口咨询', '赶集日法律咨询摊位', '来电法律咨询'],
  mediation: ['邻里宅基地纠纷调处', '婚姻家庭纠纷调处', '劳资纠纷调处', '物业服务纠纷调处'],
  correction: ['社区矫正对象集中教育', '社区矫正对象走访', '社区矫正公益活动'],
};

const withSearch = <T extends Record<string, unknown>>(def: RegisterDef, row: T): T => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

function workdayIn(r: Random, year: number, asOf: string): string {
  const last = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
  const days = Math.round((Date.parse(last) - Date.parse(`${year}-01-02`)) / 86_400_000);
  let d = addCalendarDays(`${year}-01-02`, r.int(0, days));
  while (!isWorkday(d) && d > `${year}-01-02`) d = addCalendarDays(d, -1);
  return d;
}

export const judicialOfficesData: DataGenerator = {
  module: 'judicialOffices',
  async generate(ctx) {
    const { random: r, org, years, asOf, cipher } = ctx;
    const coordinator = org.users.get('fzb') ?? null;
    const offices = (await ctx.tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice')).orderBy(asc(orgUnits.path))).map((o) => o.id);
    const by = { createdBy: coordinator, updatedBy: coordinator };

    await ctx.insert(
      judicialOffices,
      offices.map((orgUnitId, i) =>
        withSearch(officeRegister, {
          id: ctx.newId(),
          orgUnitId,
          director: personName(r),
          staffQuota: r.int(3, 5),
          staffInPost: r.int(2, 5),
          premisesArea: r.int(18, 32) * 10,
          hasServiceHall: true,
          serviceHallArea: r.int(6, 12) * 10,
          address: `示范高新区第${i + 1}街道便民服务中心`,
          officePhone: `0537-${r.int(2_300_000, 2_399_999)}`,
          starLevel: '5',
          ...by,
        }),
      ),
    );

    for (const year of years) {
      await ctx.insert(judicialRatingStandards, [withSearch(standardRegister, { id: ctx.newId(), orgUnitId: org.districtId, year, basis: '规范化建设三年行动方案', ...defaultStarThresholds, ...by })]);
      const items = defaultChecklist.map((c, i) => withSearch(itemRegister, { id: ctx.newId(), orgUnitId: org.districtId, year, ...c, sortOrder: i + 1, ...by }));
      await ctx.insert(judicialChecklistItems, items);
      const maxTotal = items.reduce((t, i) => t + i.maxPoints, 0);
      const ratings: (typeof judicialRatings.$inferInsert)[] = [];
      const scores: (typeof judicialRatingScores.$inferInsert)[] = [];
      for (const orgUnitId of offices) {
        const id = ctx.newId();
        const self = items.map((i) => Math.max(0, i.maxPoints - r.pick([0, 0, 0, 0.5, 1, 2])));
        const district = self.map((s) => Math.max(0, s - r.pick([0, 0, 0.5, 1])));
        const districtTotal = district.reduce((a, b) => a + b, 0);
        // The last year's ratings are still moving through the steps in part.
        const state = year === years.at(-1) ? r.pick(['confirmed', 'confirmed', 'assessed', 'districtReview', 'selfAssessment'] as const) : 'confirmed';
        const scored = state !== 'selfAssessment';
        const assessed = state === 'assessed' || state === 'confirmed';
        ratings.push(
          withSearch(ratingRegister, {
            id,
            orgUnitId,
            year,
            state,
            selfTotal: scored ? self.reduce((a, b) => a + b, 0) : null,
            districtTotal: assessed ? districtTotal : null,
            maxTotal,
            starLevel: assessed ? String(starLevelOf(districtTotal, maxTotal)) : null,
            selfAssessedOn: scored ? `${year}-10-15` : null,
            assessedOn: assessed ? `${year}-11-15` : null,
            confirmedOn: state === 'confirmed' ? `${year}-12-01` : null,
            ...by,
          }) as typeof judicialRatings.$inferInsert,
        );
        if (scored) for (const [k, item] of items.entries()) scores.push({ ratingId: id, itemId: item.id, selfScore: self[k]!, districtScore: assessed ? district[k]! : null });
      }
      await ctx.insert(judicialRatings, ratings);
      await ctx.insert(judicialRatingScores, scores);

      // The log, year by year so memory stays flat.
      const rows: (typeof judicialActivities.$inferInsert)[] = [];
      for (const kind of activityKinds.codes) {
        const count = Math.max(1, Math.round((entriesPerDistrictYear[kind] * ctx.scale) / years.length));
        for (let i = 0; i < count; i++) {
          const quantity = kind === 'legalPublicity' ? r.int(1, 3) : kind === 'correction' ? r.int(1, 3) : 1;
          const persons = kind === 'legalPublicity' ? quantity * r.int(30, 120) : kind === 'consultation' ? r.int(4, 14) : null;
          rows.push(
            withSearch(activityRegister, {
              id: ctx.newId(),
              orgUnitId: r.pick(offices),
              occurredOn: workdayIn(r, year, asOf),
              kind,
              subject: r.pick(subjects[kind]),
              quantity,
              persons,
              place: kind === 'consultation' ? '司法所服务大厅' : '社区党群服务中心',
              ...by,
            }) as typeof judicialActivities.$inferInsert,
          );
        }
      }
      await ctx.insert(judicialActivities, rows);

      // 司法协理员 hired this year, with 岗前培训 on hiring and a 业务轮训 later; some leave after a year or two.
      const assistants: (typeof judicialAssistants.$inferInsert)[] = [];
      const trainings: (typeof judicialTrainings.$inferInsert)[] = [];
      const hires = Math.max(1, Math.round((assistantsPerDistrictYear * ctx.scale) / years.length));
      for (let i = 0; i < hires; i++) {
        const id = ctx.newId();
        const orgUnitId = r.pick(offices);
        const hiredOn = workdayIn(r, year, asOf);
        const exitOn = r.chance(0.1) ? addCalendarDays(hiredOn, r.int(200, 700)) : null;
        const person = idNumber(r);
        const tel = `139${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
        const name = personName(r);
        const own = [
          { kind: 'preService', trainedOn: hiredOn, hours: 16, subject: '岗前培训' },
          { kind: 'rotation', trainedOn: addCalendarDays(hiredOn, r.int(60, 300)), hours: 8, subject: '业务轮训' },
        ].filter((t) => t.trainedOn <= asOf);
        assistants.push(
          withSearch(assistantRegister, {
            id,
            orgUnitId,
            name,
            gender: r.pick(['male', 'female']),
            idNumberEnc: cipher.encrypt(person),
            idNumberMasked: maskIdNumber(person),
            phoneEnc: cipher.encrypt(tel),
            phoneMasked: maskPhone(tel),
            hiredOn,
            batch: `${year}年司法协理员聘用方案`,
            exitOn: exitOn && exitOn <= asOf ? exitOn : null,
            exitReason: exitOn && exitOn <= asOf ? '个人原因辞职' : null,
            state: assistantState({ hiredOn, exitOn: exitOn && exitOn <= asOf ? exitOn : null }, asOf),
            trainingHours: own.reduce((h, t) => h + t.hours, 0),
            ...by,
          }) as typeof judicialAssistants.$inferInsert,
        );
        for (const t of own) trainings.push(withSearch(trainingRegister, { id: ctx.newId(), assistantId: id, assistantName: name, orgUnitId, ...t, ...by }) as typeof judicialTrainings.$inferInsert);
      }
      await ctx.insert(judicialAssistants, assistants);
      await ctx.insert(judicialTrainings, trainings);
    }
  },
};
