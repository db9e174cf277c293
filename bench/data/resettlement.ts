import { addCalendarDays, maskIdNumber } from '@fazhi/core';
import { activityKinds, helpEndOn } from '@fazhi/core/resettlement';
import { eq } from 'drizzle-orm';
import { activityRegister, personRegister } from '../../apps/server/src/modules/resettlement/registers.js';
import { resettlementActivities, resettlementPersons } from '../../apps/server/src/modules/resettlement/tables.js';
import { orgUnits } from '../../apps/server/src/platform/org/tables.js';
import type { RegisterDef, Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { idNumber, personName } from '../../apps/server/src/seed/people.js';
import type { DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/resettlement/seed.ts): ~8 刑满释放人员 a district-year over the
// 司法所, each with about four 帮教记录 a year while in the 帮教期.
const perDistrictYear = 8;
const withSearch = <T extends Record<string, unknown>>(def: RegisterDef, row: T): T => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

export const resettlementData: DataGenerator = {
  module: 'resettlement',
  async generate(ctx) {
    const { random: r, years, asOf, cipher } = ctx;
    const by = { createdBy: ctx.org.users.get('fzb') ?? null, updatedBy: ctx.org.users.get('fzb') ?? null };
    const offices = (await ctx.tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice'))).map((o) => o.id);
    const kinds = activityKinds.items.map((k) => k.code);
    for (const year of years) {
      const n = Math.max(1, Math.round((perDistrictYear * ctx.scale) / years.length));
      const persons = Array.from({ length: n }, (_, k) => {
        const releasedOn = addCalendarDays(`${year}-01-03`, Math.floor((k * 350) / n));
        const id = idNumber(r);
        const handedOver = releasedOn < addCalendarDays(asOf, -5) || r.chance(0.5);
        return withSearch(personRegister, {
          id: ctx.newId(),
          orgUnitId: r.pick(offices),
          name: personName(r),
          gender: r.chance(0.88) ? 'male' : 'female',
          idNumberEnc: cipher.encrypt(id),
          idNumberMasked: maskIdNumber(id),
          householdAddress: '户籍地址',
          residenceAddress: '居住地址',
          crime: r.pick(['盗窃罪', '诈骗罪', '故意伤害罪', '危险驾驶罪']),
          sentence: '有期徒刑一年',
          prison: '山东省任城监狱',
          releasedOn: releasedOn > asOf ? asOf : releasedOn,
          helpEndOn: helpEndOn(releasedOn > asOf ? asOf : releasedOn),
          keyPerson: r.chance(0.25),
          noticeReceivedOn: addCalendarDays(releasedOn, -30),
          handoverOn: handedOver ? releasedOn : null,
          handoverMode: handedOver ? 'reported' : null,
          placementKind: r.chance(0.9) ? 'employed' : null,
          placedOn: null as string | null,
          helpTeam: handedOver ? '司法所工作人员、网格员、家属' : null,
          riskLevel: r.pick(['high', 'medium', 'low']),
          ...by,
        });
      });
      for (const p of persons) if (p.placementKind) p.placedOn = p.releasedOn;
      await ctx.insert(resettlementPersons, persons);
      const activities = persons.flatMap((p) =>
        Array.from({ length: 4 }, (_, i) =>
          withSearch(activityRegister, {
            id: ctx.newId(),
            orgUnitId: p.orgUnitId,
            personId: p.id,
            personName: p.name,
            occurredOn: addCalendarDays(p.releasedOn, 20 + i * 80 + r.int(0, 10)),
            kind: kinds[i % kinds.length]!,
            content: '走访谈话',
            ...by,
          }),
        ).filter((a) => a.occurredOn <= asOf),
      );
      await ctx.insert(resettlementActivities, activities);
    }
  },
};
