import { addCalendarDays, isWorkday, maskIdNumber, maskPhone } from '@fazhi/core';
import { eventKinds } from '@fazhi/core/publicity';
import { eventRegister, liaisonRegister, siteRegister, trainingRegister } from '../../apps/server/src/modules/publicity/registers.js';
import { publicityEvents, publicityLiaisons, publicitySites, publicityTrainings } from '../../apps/server/src/modules/publicity/tables.js';
import type { RegisterDef, Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { idNumber, personName } from '../../apps/server/src/seed/people.js';
import type { Random } from '../../apps/server/src/seed/random.js';
import type { DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/publicity/seed.ts), per district-year: ~150 普法活动, ~40 学法培训
// sessions, 320 法律明白人 and 100 阵地 spread over the 村(社区) of the scaled district.
const perDistrictYear = { events: 150, trainings: 40, liaisons: 320, sites: 100 } as const;
const withSearch = <T extends Record<string, unknown>>(def: RegisterDef, row: T): T => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

function workdayIn(r: Random, year: number, asOf: string): string {
  const last = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
  const days = Math.round((Date.parse(last) - Date.parse(`${year}-01-02`)) / 86_400_000);
  let d = addCalendarDays(`${year}-01-02`, r.int(0, days));
  while (!isWorkday(d) && d > `${year}-01-02`) d = addCalendarDays(d, -1);
  return d;
}

export const publicityData: DataGenerator = {
  module: 'publicity',
  async generate(ctx) {
    const { random: r, org, years, asOf, cipher } = ctx;
    const coordinator = org.users.get('fzb') ?? null;
    const by = { createdBy: coordinator, updatedBy: coordinator };
    const units = [...org.departments.values(), ...org.allSubdistricts];
    const per = (n: number) => Math.max(1, Math.round((n * ctx.scale) / years.length));
    const kinds = eventKinds.items.map((k) => k.code);
    for (const year of years) {
      const events = Array.from({ length: per(perDistrictYear.events) }, (_, k) => {
        const orgUnitId = k % 2 ? r.pick(org.communities) : r.pick(units);
        const kind = r.pick(kinds);
        return withSearch(eventRegister, {
          id: ctx.newId(),
          orgUnitId,
          kind,
          title: `${eventKinds.label(kind)}法治宣传活动${k + 1}`,
          heldOn: workdayIn(r, year, asOf),
          place: '文化广场',
          participants: r.int(30, 300),
          published: r.chance(0.8),
          ...by,
        });
      });
      await ctx.insert(publicityEvents, events);
      const trainings = Array.from({ length: per(perDistrictYear.trainings) }, (_, k) =>
        withSearch(trainingRegister, {
          id: ctx.newId(),
          orgUnitId: r.pick(units),
          title: `学法专题培训${k + 1}`,
          heldOn: workdayIn(r, year, asOf),
          mode: r.pick(['online', 'offline', 'both']),
          participants: r.int(100, 160),
          hours: 2,
          ...by,
        }),
      );
      await ctx.insert(publicityTrainings, trainings);
    }
    // Rosters and 阵地 are standing registers: one set for the scaled district, not one per year.
    const liaisons = Array.from({ length: Math.round((perDistrictYear.liaisons * ctx.scale) / years.length) || 1 }, (_, k) => {
      const id = idNumber(r);
      const tel = `139${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
      return withSearch(liaisonRegister, {
        id: ctx.newId(),
        orgUnitId: org.communities[k % org.communities.length]!,
        name: personName(r),
        gender: r.chance(0.5) ? 'male' : 'female',
        idNumberEnc: cipher.encrypt(id),
        idNumberMasked: maskIdNumber(id),
        phoneEnc: cipher.encrypt(tel),
        phoneMasked: maskPhone(tel),
        role: k % 4 ? 'liaison' : 'leader',
        appointedOn: `${years[0]}-03-01`,
        trainingMode: 'both',
        trainingHours: r.pick([0, 4, 8]),
        ...by,
      });
    });
    await ctx.insert(publicityLiaisons, liaisons);
    const sites = org.communities
      .filter(() => r.chance(0.95))
      .map((orgUnitId, k) => withSearch(siteRegister, { id: ctx.newId(), orgUnitId, name: `法治文化阵地${k + 1}`, kind: 'corridor', builtYear: years[0]!, ...by }));
    await ctx.insert(publicitySites, sites);
  },
};
