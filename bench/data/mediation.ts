import { maskPhone } from '@fazhi/core';
import { termEndOn } from '@fazhi/core/mediation';
import { inArray } from 'drizzle-orm';
import { campaignRegister, committeeRegister, honourRegister, mediatorRegister } from '../../apps/server/src/modules/mediation/registers.js';
import { phone, plannedDispute } from '../../apps/server/src/modules/mediation/seed.js';
import {
  mediationCampaigns,
  mediationCommittees,
  mediationDisputes,
  mediationHonours,
  mediationMediators,
  mediationParties,
  mediationSessions,
} from '../../apps/server/src/modules/mediation/tables.js';
import { orgUnits } from '../../apps/server/src/platform/org/tables.js';
import type { Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { personName } from '../../apps/server/src/seed/people.js';
import type { DataContext, DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/mediation/seed.ts): a committee at every 街道 调解委员会 unit and every
// 村(社区), three 委员 each, ~720 disputes per district-year (a quarter at the 街道 committees), two 排查 campaigns a
// year and three city-level honours per district-year. Scale adds 街道 (with their villages), so disputes spread.

const disputesPerDistrictYear = 720;
const honoursPerDistrictYear = 3;
const withSearch = <T extends Record<string, unknown>>(def: Parameters<typeof searchTextOf>[0], row: T) => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

async function generate(ctx: DataContext) {
  const { random: r, cipher, asOf, years, org } = ctx;
  const units = await ctx.tx
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind })
    .from(orgUnits)
    .where(inArray(orgUnits.kind, ['mediationCommittee', 'community']));
  const committees = units.map((u) => {
    const termStartOn = `${years[0]! - r.int(0, 2)}-0${r.int(1, 6)}-01`;
    return withSearch(committeeRegister, {
      id: ctx.newId(),
      orgUnitId: u.id,
      name: u.kind === 'community' ? `${u.name}人民调解委员会` : u.name,
      level: u.kind === 'community' ? 'community' : 'subdistrict',
      address: `${u.name}党群服务中心`,
      officePhone: `0537-${r.int(2, 8)}${String(r.int(0, 999_999)).padStart(6, '0')}`,
      establishedOn: '2012-03-15',
      termStartOn,
      termEndOn: termEndOn(termStartOn),
    });
  });
  await ctx.insert(mediationCommittees, committees);

  const mediators: (typeof mediationMediators.$inferInsert)[] = [];
  for (const c of committees) {
    for (const [position, gender] of [
      ['director', 'male'],
      ['member', 'female'],
      ['member', r.chance(0.4) ? 'female' : 'male'],
    ] as const) {
      const tel = phone(r);
      mediators.push(
        withSearch(mediatorRegister, {
          id: ctx.newId(),
          orgUnitId: c.orgUnitId,
          name: personName(r),
          gender,
          position,
          committeeName: c.name,
          phoneEnc: cipher.encrypt(tel),
          phoneMasked: maskPhone(tel),
        }),
      );
    }
  }
  await ctx.insert(mediationMediators, mediators);

  const streets = committees.filter((c) => c.level === 'subdistrict');
  const villages = committees.filter((c) => c.level === 'community');
  const perYear = Math.max(1, Math.round((disputesPerDistrictYear * ctx.scale) / years.length));
  const counters = new Map<string, number>();
  for (const year of years) {
    const campaigns = [
      { id: ctx.newId(), title: `${year}年春节前矛盾纠纷排查化解专项活动`, startOn: `${year}-01-10`, endOn: `${year}-02-28` },
      { id: ctx.newId(), title: `${year}年矛盾纠纷大排查大化解专项活动`, startOn: `${year}-06-01`, endOn: `${year}-07-31` },
    ];
    await ctx.insert(
      mediationCampaigns,
      campaigns.map((g) => withSearch(campaignRegister, { ...g, orgUnitId: org.departments.get('区司法局（区委依法治区办）')! })),
    );
    const honours = Array.from({ length: Math.max(1, Math.round((honoursPerDistrictYear * ctx.scale) / years.length)) }, (_, i) => {
      const m = r.pick(mediators);
      return withSearch(honourRegister, {
        id: ctx.newId(),
        orgUnitId: m.orgUnitId,
        mediatorId: m.id!,
        mediatorName: m.name,
        kind: i % 3 === 2 ? 'advancedWorker' : 'mediationExpert',
        level: 'city',
        year,
        awardedOn: `${year}-09-20`,
        awardedBy: '示范市司法局',
      });
    });
    await ctx.insert(mediationHonours, honours);

    const end = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
    const days = Math.round((Date.parse(end) - Date.parse(`${year}-01-01`)) / 86_400_000);
    const rows: (typeof mediationDisputes.$inferInsert)[] = [];
    const parties: (typeof mediationParties.$inferInsert)[] = [];
    const sessions: (typeof mediationSessions.$inferInsert)[] = [];
    for (let i = 0; i < perYear; i++) {
      const c = r.chance(0.25) ? r.pick(streets) : r.pick(villages);
      const receivedOn = new Date(Date.parse(`${year}-01-01`) + r.int(0, days) * 86_400_000).toISOString().slice(0, 10);
      const campaign = campaigns.find((g) => receivedOn >= g.startOn && receivedOn <= g.endOn && r.chance(0.3)) ?? null;
      const short = `${c.name.replace(/人民调解委员会$/, '').replace(/街道$/, '')}`;
      const n = (counters.get(`${short}${year}`) ?? 0) + 1;
      counters.set(`${short}${year}`, n);
      const p = plannedDispute(r, cipher, ctx.newId(), { orgUnitId: c.orgUnitId, committeeName: c.name, caseNumber: `${short}调〔${year}〕${n}号`, receivedOn, today: asOf, campaign });
      rows.push(p.row as typeof mediationDisputes.$inferInsert);
      parties.push(...(p.parties as (typeof mediationParties.$inferInsert)[]));
      sessions.push(...(p.sessions as (typeof mediationSessions.$inferInsert)[]));
    }
    await ctx.insert(mediationDisputes, rows);
    await ctx.insert(mediationParties, parties);
    await ctx.insert(mediationSessions, sessions);
  }
}

export const mediationData: DataGenerator = { module: 'mediation', generate };
