import { addCalendarDays } from '@fazhi/core';
import type { Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { caseRegister, derivedCaseFields, firstProceedingOf, observationRegister } from '../../apps/server/src/modules/litigation/registers.js';
import { litigationCases, litigationHearings, litigationObservations, litigationPlaintiffs, litigationProceedings } from '../../apps/server/src/modules/litigation/tables.js';
import { absenceReasons, courts, demoPlaintiffs, leaders } from '../../apps/server/src/modules/litigation/seed.js';
import { personName } from '../../apps/server/src/seed/people.js';
import type { DataContext, DataGenerator } from './index.js';

// Who gets sued for what, as in the demo seed (apps/server/src/modules/litigation/seed.ts), except that the
// 街道 share is spread over every 街道 so that larger scales use the extra ones.
const subdistrictProfile = { unit: null, area: 'landAcquisition', causes: ['确认强制拆除行为违法', '请求履行征地补偿安置职责', '不服征收补偿协议', '确认拆迁行为违法'], weight: 17 } as const;
const profiles = [
  { unit: '区自然资源和规划局', area: 'naturalResources', causes: ['不服土地行政处罚决定', '请求撤销不动产登记', '不服责令退还非法占用土地决定'], weight: 10 },
  { unit: '区住房和城乡建设局', area: 'housingConstruction', causes: ['不服房屋征收补偿决定', '请求履行监管职责', '不服建设工程行政处罚'], weight: 8 },
  subdistrictProfile,
  { unit: '区市场监督管理局', area: 'marketRegulation', causes: ['不服食品安全行政处罚', '请求撤销企业登记', '不服投诉举报处理答复'], weight: 7 },
  { unit: '区人力资源和社会保障局', area: 'laborSocialSecurity', causes: ['不服工伤认定决定', '请求履行劳动保障监察职责'], weight: 6 },
  { unit: '区生态环境分局', area: 'ecology', causes: ['不服环境行政处罚决定', '不服责令停产整治决定'], weight: 3 },
  { unit: '区公安分局', area: 'publicSecurityTraffic', causes: ['不服交通违法行政处罚', '不服治安管理处罚决定'], weight: 5 },
  { unit: '区综合行政执法局', area: 'other', causes: ['不服限期拆除违法建筑决定', '不服占道经营处罚'], weight: 4 },
  { unit: '区党政办公室', area: 'informationDisclosure', causes: ['不服政府信息公开答复'], weight: 3 },
] as const;

const outcomeWeights = [
  ['dismissed', 55],
  ['withdrawn', 20],
  ['mediated', 5],
  ['confirmedIllegal', 8],
  ['revoked', 7],
  ['orderedToPerform', 3],
  ['other', 2],
] as const;

/** Per district-year: ~60 cases (~80 hearings, ~70 plaintiffs) and 12 旁听庭审 sessions. */
const casesPerDistrictYear = 60;
const observationsPerDistrictYear = 12;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

async function generateYear(ctx: DataContext, year: number) {
  const { random: r, org, cipher, asOf } = ctx;
  const weighted = profiles.map((p) => [p, p.weight] as const);
  const count = Math.max(1, Math.round((casesPerDistrictYear * ctx.scale) / ctx.years.length));
  const cases: (typeof litigationCases.$inferInsert)[] = [];
  const plaintiffs: (typeof litigationPlaintiffs.$inferInsert)[] = [];
  const hearings: (typeof litigationHearings.$inferInsert)[] = [];
  const proceedings: (typeof litigationProceedings.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const p = r.weighted(weighted);
    const orgUnitId = p.unit === null ? r.pick(org.allSubdistricts) : org.departments.get(p.unit)!;
    const received = addCalendarDays(`${year}-01-02`, Math.floor((i / count) * 350) + r.int(0, 6));
    const age = daysBetween(received, asOf);
    const id = ctx.newId();
    const row: Record<string, unknown> = {
      id,
      orgUnitId,
      caseNumber: `（${year}）鲁08${r.int(10, 99)}行初${100 + i}号`,
      court: r.pick(courts),
      instance: 'first',
      cause: r.pick(p.causes),
      disputeArea: p.area,
      complaintReceivedOn: received,
      preSuitMediation: r.weighted([
        ['notTried', 6],
        ['failed', 3],
        ['succeeded', 1],
      ] as const),
      judicialSuggestionReceived: false,
      handlerName: personName(r),
      state: r.chance(0.5) ? 'received' : 'defending',
    };
    const submitted = addCalendarDays(
      received,
      r.weighted([
        [r.int(5, 14), 19],
        [r.int(16, 20), 1],
      ] as const),
    );
    if (submitted <= asOf) {
      row.defenceSubmittedOn = submitted;
      row.state = 'trial';
      const hearingCount =
        age > 40
          ? r.weighted([
              [1, 4],
              [2, 4],
              [3, 1],
              [0, 1],
            ] as const)
          : 0;
      for (let h = 0; h < hearingCount; h++) {
        const heldOn = addCalendarDays(received, 30 + h * 25 + r.int(0, 10));
        if (heldOn > asOf) break;
        const appeared = r.chance(0.85);
        const [leaderName, leaderPost, leaderType] = r.pick(leaders);
        const [absenceReasonKind, absenceReason] = r.pick(absenceReasons);
        hearings.push({
          caseId: id,
          orgUnitId,
          heldOn,
          leaderAppeared: appeared,
          ...(appeared ? { leaderName, leaderPost, leaderType } : { substituteName: personName(r), substitutePost: '法制科科长', absenceReasonKind, absenceReason }),
        });
      }
      // Older cases are almost all decided; the last months of the data are still in progress.
      if (age > 90 && r.chance(age > 365 ? 0.97 : 0.85)) {
        row.state = r.chance(0.4) ? 'archived' : 'closed';
        row.outcome = r.weighted(outcomeWeights);
        row.effectiveOutcome = row.outcome;
        row.closedOn = addCalendarDays(received, r.int(75, Math.min(170, age)));
        if (r.chance(0.1)) {
          row.judicialSuggestionReceived = true;
          const answered = addCalendarDays(row.closedOn as string, r.int(10, 25));
          if (answered <= asOf) row.judicialSuggestionAnsweredOn = answered;
          else row.state = 'closed';
        }
      }
    }
    const parties = demoPlaintiffs(r, cipher, id, p.area);
    plaintiffs.push(...parties.rows);
    row.plaintiffNames = parties.names.join('、');
    // The same derived columns and search text the API writes, so lists and indicators see realistic rows.
    Object.assign(row, derivedCaseFields(row));
    row.searchText = searchTextOf(caseRegister, row as Row);
    cases.push(row as typeof litigationCases.$inferInsert);
    proceedings.push(firstProceedingOf(id, row));
  }
  await ctx.insert(litigationCases, cases);
  await ctx.insert(litigationPlaintiffs, plaintiffs);
  await ctx.insert(litigationHearings, hearings);
  await ctx.insert(litigationProceedings, proceedings);

  const sessions = Math.max(1, Math.round((observationsPerDistrictYear * ctx.scale) / ctx.years.length));
  const units = [...org.departments.values(), ...org.allSubdistricts];
  const observations = Array.from({ length: sessions }, (_, i) => {
    const month = Math.min(11, Math.floor((i / sessions) * 12) + 1);
    const row: Record<string, unknown> = {
      id: ctx.newId(),
      orgUnitId: r.pick(units),
      heldOn: `${year}-${String(month).padStart(2, '0')}-${String(r.int(8, 26)).padStart(2, '0')}`,
      title: r.pick(['组织旁听行政诉讼案件庭审', '“一把手”旁听庭审活动', '新入职执法人员旁听庭审']),
      participants: r.int(12, 60),
    };
    row.searchText = searchTextOf(observationRegister, row as Row);
    return row as typeof litigationObservations.$inferInsert;
  });
  await ctx.insert(litigationObservations, observations);
}

export const litigationData: DataGenerator = {
  module: 'litigation',
  async generate(ctx) {
    // Year by year, so memory stays flat however large the scale.
    for (const year of ctx.years) await generateYear(ctx, year);
  },
};
