import { addCalendarDays } from '@fazhi/core';
import { themeMonthOn } from '@fazhi/core/legal-advisers';
import { inArray } from 'drizzle-orm';
import {
  adviserRow,
  communityKinds,
  departmentKinds,
  legalServiceRow,
  parkKinds,
  assessmentOnFile,
  publicLawyerRow,
  workdayBetween,
  type AdviserPlan,
  type ServiceEntry,
} from '../../apps/server/src/modules/legal-advisers/seed.js';
import { enterpriseRegister } from '../../apps/server/src/modules/legal-advisers/registers.js';
import { legalAdvisers, legalAdviserUnits, legalMonthlyThemes, legalParkEnterprises, legalServices, publicLawyers } from '../../apps/server/src/modules/legal-advisers/tables.js';
import type { Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { orgUnits } from '../../apps/server/src/platform/org/tables.js';
import { companyName, creditCode, personName } from '../../apps/server/src/seed/people.js';
import type { Random } from '../../apps/server/src/seed/random.js';
import type { DataContext, DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/legal-advisers/seed.ts): per district-year a law firm per 街道 serving the
// 街道 and its 村(社区), three lawyers serving the departments in groups, 13 公职律师 and ~300 log entries, of which
// the 街道 firms log 180, the departments' lawyers 85 and the 公职律师 35. Scale adds 街道 (each with its firm) and
// one more set of department lawyers and 13 公职律师 per extra district-equivalent (four 街道).

const servicesPerDistrictYear = 300;
const providerShares = [
  ['lawFirm', 180],
  ['person', 85],
  ['publicLawyer', 35],
] as const;
const lawyersPerDistrict = 13;

const firmNames = ['正衡', '明德', '求是', '德衡', '鲁法', '众成清泰', '康桥', '文康', '琴岛', '鲁润', '齐鲁', '泰山', '舜天', '海扬', '诚功', '国曜', '华信', '万公'].map((w) => `山东${w}律师事务所`);
const departmentGroups = [
  ['区党政办公室', '区司法局（区委依法治区办）', '区经济发展局', '区财政局'],
  ['区自然资源和规划局', '区住房和城乡建设局', '区生态环境分局'],
  ['区市场监督管理局', '区人力资源和社会保障局', '区综合行政执法局', '区公安分局'],
] as const;
const justiceBureau = '区司法局（区委依法治区办）';
const parks = ['智能制造', '生物医药', '新材料', '电子信息', '现代物流'];

type Engagement = { id: string; plan: AdviserPlan; start: string; end: string };

const plusYears = (day: string, n: number) => `${Number(day.slice(0, 4)) + n}${day.slice(4)}`;

/**
 * Back-to-back contracts from before the first data year until past `asOf` (1–3 years each), so that every day of
 * the data has exactly one engagement in force; sometimes the renewal is already signed (未到聘期). Contracts that
 * ended before the first data year are left out.
 */
function contractTerms(r: Random, firstYear: number, asOf: string): [string, string][] {
  let start = r.chance(0.5) ? `${firstYear - r.int(0, 2)}-01-01` : `${firstYear - r.int(1, 2)}-${r.pick(['03-01', '07-01'])}`;
  const terms: [string, string][] = [];
  for (;;) {
    const end = addCalendarDays(
      plusYears(
        start,
        r.weighted([
          [1, 3],
          [2, 4],
          [3, 3],
        ] as const),
      ),
      -1,
    );
    if (end >= `${firstYear}-01-01`) terms.push([start, end]);
    start = addCalendarDays(end, 1);
    if (end >= asOf) {
      if (end <= addCalendarDays(asOf, 30) && r.chance(0.5)) terms.push([start, addCalendarDays(plusYears(start, 2), -1)]);
      return terms;
    }
  }
}

const covering = (chain: Engagement[], day: string) => chain.find((e) => e.start <= day && day <= e.end)!;

async function generateRoster(ctx: DataContext) {
  const { random: r, org, cipher, asOf, years } = ctx;
  // The 村(社区) of each 街道, and every unit's name for the served units' names.
  const units = await ctx.tx
    .select({ id: orgUnits.id, name: orgUnits.name, parentId: orgUnits.parentId, kind: orgUnits.kind, sortOrder: orgUnits.sortOrder })
    .from(orgUnits)
    .where(inArray(orgUnits.kind, ['department', 'subdistrict', 'community']));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const communitiesOf = new Map<string, string[]>();
  for (const c of units.filter((u) => u.kind === 'community').sort((a, b) => a.sortOrder - b.sortOrder)) {
    communitiesOf.set(c.parentId!, [...(communitiesOf.get(c.parentId!) ?? []), c.id]);
  }
  // The API lists the names in path order, i.e. parents first but siblings by their random ids; the 街道 first and
  // then its 村(社区) in their order keeps the content the same on every run (as the demo seed does).
  const unitNamesOf = (ids: string[]) => ids.map((id) => unitById.get(id)!.name);
  const dept = (name: string) => org.departments.get(name)!;
  const justice = dept(justiceBureau);
  const creatorOf = new Map([
    [org.subdistricts.get('东湖街道')!, org.users.get('donghu') ?? null],
    [org.subdistricts.get('西岭街道')!, org.users.get('xiling') ?? null],
  ]);
  const adviserUser = org.users.get('adviser') ?? null;

  const contractSeq = new Map<string, number>();
  const adviserRows: (typeof legalAdvisers.$inferInsert)[] = [];
  const unitRows: (typeof legalAdviserUnits.$inferInsert)[] = [];
  const engage = (plan: AdviserPlan): Engagement => {
    const id = ctx.newId();
    const startYear = plan.start.slice(0, 4);
    const seq = (contractSeq.get(startYear) ?? 0) + 1;
    contractSeq.set(startYear, seq);
    adviserRows.push(adviserRow(r, cipher, id, plan, `示法顾〔${startYear}〕${seq}号`, unitNamesOf(plan.units), asOf) as typeof legalAdvisers.$inferInsert);
    for (const orgUnitId of plan.units) unitRows.push({ adviserId: id, orgUnitId });
    return { id, plan, start: plan.start, end: plan.end };
  };

  // A law firm per 街道 at any time, serving the 街道 and its 村(社区); engaged by the 街道.
  const streetChains = org.allSubdistricts.map((subdistrict) => {
    const served = [subdistrict, ...(communitiesOf.get(subdistrict) ?? [])];
    let firm = r.pick(firmNames);
    return contractTerms(r, years[0]!, asOf).map(([start, end]) => {
      if (r.chance(0.5)) firm = r.pick(firmNames);
      const enterprises = r.chance(0.2) ? `示范高新区${r.pick(parks)}产业园入园企业（${r.int(8, 40)}家）` : undefined;
      const by = creatorOf.get(subdistrict) ?? null;
      return engage({ name: firm, kind: 'lawFirm', owner: subdistrict, start, end, units: served, fee: r.pick([60_000, 70_000, 72_000, 75_000, 80_000]), by, ...(enterprises ? { enterprises } : {}) });
    });
  });

  // Lawyers engaged by 司法局 for groups of departments: one set per district-equivalent (four 街道).
  const districts = Math.max(1, Math.ceil(org.allSubdistricts.length / 4));
  const personChains: Engagement[][] = [];
  for (let d = 0; d < districts; d++) {
    departmentGroups.forEach((group, g) => {
      let name = personName(r);
      let lawFirm = r.pick(firmNames);
      personChains.push(
        contractTerms(r, years[0]!, asOf).map(([start, end]) => {
          if (r.chance(0.5)) [name, lawFirm] = [personName(r), r.pick(firmNames)];
          // The demo's adviser account is the current lawyer of the first group.
          const own = d === 0 && g === 0 && start <= asOf && asOf <= end;
          return engage({
            name,
            kind: 'person',
            lawFirm,
            owner: justice,
            start,
            end,
            units: group.map(dept),
            fee: r.pick([40_000, 50_000, 60_000]),
            userId: own ? adviserUser : null,
            by: own ? adviserUser : null,
          });
        }),
      );
    });
  }
  await ctx.insert(legalAdvisers, adviserRows);
  await ctx.insert(legalAdviserUnits, unitRows);

  // 13 公职律师 per district-equivalent, placed as the demo seed places them (two at 司法局, the rest over the
  // departments); one certificate was 注销 18 days ago and one lawyer has left, in each set.
  const departments = [...org.departments.values()];
  const lawyerRows: (typeof publicLawyers.$inferInsert)[] = [];
  const lastYear = years.at(-1)!;
  for (let d = 0; d < districts; d++) {
    for (let i = 0; i < lawyersPerDistrict; i++) {
      // Issued over the five years before the last data year.
      let issuedOn = addCalendarDays(`${r.int(lastYear - 5, lastYear - 1)}-01-10`, r.int(0, 300));
      if (issuedOn > addCalendarDays(asOf, -90)) issuedOn = addCalendarDays(asOf, -90 - r.int(0, 60));
      const revokedOn = i === 3 ? addCalendarDays(asOf, -18) : null;
      const leftOn =
        i === 12 ? addCalendarDays(asOf, -60) : r.chance(0.04) ? addCalendarDays(issuedOn, r.int(180, Math.max(180, Math.round((Date.parse(asOf) - Date.parse(issuedOn)) / 86_400_000)))) : null;
      const orgUnitId = i < 2 ? justice : departments[i % departments.length]!;
      const revoked = revokedOn ? { revokedOn, revokeReason: 'selfRequest' } : {};
      const lawyer = { orgUnitId, certificateIssuedOn: issuedOn, leftOn: leftOn && leftOn <= asOf ? leftOn : null, ...assessmentOnFile(issuedOn, asOf), ...revoked };
      lawyerRows.push({ ...publicLawyerRow(r, lawyer, asOf), id: ctx.newId() } as typeof publicLawyers.$inferInsert);
    }
  }
  await ctx.insert(publicLawyers, lawyerRows);
  return { streetChains, personChains, lawyers: lawyerRows };
}

async function generateServices(ctx: DataContext, roster: Awaited<ReturnType<typeof generateRoster>>, year: number) {
  const { random: r, asOf } = ctx;
  const communities = new Set(ctx.org.communities);
  const lastDay = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
  const lawyers = roster.lawyers.filter((l) => l.certificateIssuedOn <= lastDay);
  const count = Math.max(1, Math.round((servicesPerDistrictYear * ctx.scale) / ctx.years.length));
  const rows: (typeof legalServices.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const day = workdayBetween(r, `${year}-01-02`, lastDay);
    const provider = r.weighted(providerShares);
    let entry: ServiceEntry | null = null;
    if (provider === 'publicLawyer') {
      // A lawyer in post (not 注销) on the day serves their own unit.
      const active = lawyers.filter((l) => l.certificateIssuedOn <= day && !(l.revokedOn && l.revokedOn <= day) && !(l.leftOn && l.leftOn <= day));
      if (active.length) {
        const l = r.pick(active);
        entry = { orgUnitId: l.orgUnitId, group: 'government', adviserId: null, publicLawyerId: l.id!, providerName: `${l.name}（公职律师）`, by: null, kinds: departmentKinds };
      }
    }
    if (!entry) {
      const e = covering(r.pick(provider === 'person' ? roster.personChains : roster.streetChains), day);
      const orgUnitId = r.pick(e.plan.units);
      const village = communities.has(orgUnitId);
      entry = {
        orgUnitId,
        group: village ? 'community' : 'government',
        adviserId: e.id,
        publicLawyerId: null,
        providerName: e.plan.name,
        by: e.plan.by,
        kinds: village ? communityKinds : departmentKinds,
      };
    }
    rows.push({ ...legalServiceRow(r, entry, () => day), id: ctx.newId() } as typeof legalServices.$inferInsert);
  }
  await ctx.insert(legalServices, rows);
}

// As the demo seed: 35 enterprises per 园区, ~150 park entries and 20 villages' 一月一主题 activities a month per district-year.
async function generateParksAndThemes(ctx: DataContext) {
  const { random: r, org, asOf } = ctx;
  const enterprises = org.parks.flatMap((orgUnitId) =>
    Array.from({ length: 35 * Math.max(1, Math.round(ctx.scale / ctx.years.length)) }, (_, k) => {
      const row: Record<string, unknown> = { id: ctx.newId(), orgUnitId, name: `${companyName(r)}（${k + 1}）`, creditCode: creditCode(r), industry: null };
      row.searchText = searchTextOf(enterpriseRegister, row as Row);
      return row as typeof legalParkEnterprises.$inferInsert;
    }),
  );
  await ctx.insert(legalParkEnterprises, enterprises);
  const perYear = Math.max(1, Math.round(ctx.scale / ctx.years.length));
  for (const year of ctx.years) {
    const last = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
    const rows: (typeof legalServices.$inferInsert)[] = [];
    for (let k = 0; k < 150 * perYear; k++) {
      const enterprise = r.pick(enterprises);
      const day = workdayBetween(r, `${year}-01-02`, last);
      const entry: ServiceEntry = { orgUnitId: enterprise.orgUnitId, group: 'park', adviserId: null, publicLawyerId: null, providerName: '园区法律顾问', by: null, kinds: parkKinds };
      rows.push({ ...legalServiceRow(r, { ...entry, enterprise: { id: enterprise.id!, name: enterprise.name } }, () => day), id: ctx.newId() } as typeof legalServices.$inferInsert);
    }
    const themes: (typeof legalMonthlyThemes.$inferInsert)[] = [];
    for (let month = 1; month <= 12 && themeMonthOn(year, month) <= last; month++) {
      const theme = { id: ctx.newId(), orgUnitId: org.districtId, year, month, monthOn: themeMonthOn(year, month), title: `${year}年${month}月法治主题`, searchText: '' };
      themes.push(theme);
      const monthEnd = `${themeMonthOn(year, month).slice(0, 7)}-28` < last ? `${themeMonthOn(year, month).slice(0, 7)}-28` : last;
      for (const community of r.sample(org.communities, 20 * perYear)) {
        const entry: ServiceEntry = {
          orgUnitId: community,
          group: 'community',
          adviserId: null,
          publicLawyerId: null,
          providerName: '村(社区)法律顾问',
          by: null,
          kinds: communityKinds,
          theme: { id: theme.id, title: theme.title },
        };
        rows.push({ ...legalServiceRow(r, entry, (r) => workdayBetween(r, theme.monthOn, monthEnd)), id: ctx.newId() } as typeof legalServices.$inferInsert);
      }
    }
    await ctx.insert(legalMonthlyThemes, themes);
    await ctx.insert(legalServices, rows);
  }
}

export const legalAdvisersData: DataGenerator = {
  module: 'legalAdvisers',
  async generate(ctx) {
    const roster = await generateRoster(ctx);
    // The log year by year, so memory stays flat however large the scale.
    for (const year of ctx.years) await generateServices(ctx, roster, year);
    await generateParksAndThemes(ctx);
  },
};
