import { addCalendarDays, maskIdNumber } from '@fazhi/core';
import { courtMeasures, decisionKindOf, effectiveOutcome, isLost } from '@fazhi/core/litigation';
import type { PersonalDataCipher } from '../../platform/crypto/sm.js';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { DemoOrg } from '../../seed/demo-district.js';
import { companyName, creditCode, idNumber, personName } from '../../seed/people.js';
import type { SeedContext } from '../../seed/context.js';
import type { Random } from '../../seed/random.js';
import { caseRegister, derivedCaseFields, derivedSuggestionFields, firstProceedingOf, observationRegister, suggestionRegister } from './registers.js';
import { litigationCases, litigationHearings, litigationObservations, litigationPlaintiffs, litigationProceedings, litigationSuggestions } from './tables.js';

// Which units get sued for what, roughly as in the model report's district.
const profiles = [
  { unit: '区自然资源和规划局', area: 'naturalResources', causes: ['不服土地行政处罚决定', '请求撤销不动产登记', '不服责令退还非法占用土地决定'], weight: 10 },
  { unit: '区住房和城乡建设局', area: 'housingConstruction', causes: ['不服房屋征收补偿决定', '请求履行监管职责', '不服建设工程行政处罚'], weight: 8 },
  { unit: '东湖街道', area: 'landAcquisition', causes: ['确认强制拆除行为违法', '请求履行征地补偿安置职责'], weight: 8 },
  { unit: '西岭街道', area: 'landAcquisition', causes: ['确认强制拆除行为违法', '不服征收补偿协议'], weight: 6 },
  { unit: '南苑街道', area: 'landAcquisition', causes: ['确认拆迁行为违法'], weight: 3 },
  { unit: '区市场监督管理局', area: 'marketRegulation', causes: ['不服食品安全行政处罚', '请求撤销企业登记', '不服投诉举报处理答复'], weight: 7 },
  { unit: '区人力资源和社会保障局', area: 'laborSocialSecurity', causes: ['不服工伤认定决定', '请求履行劳动保障监察职责'], weight: 6 },
  { unit: '区生态环境分局', area: 'ecology', causes: ['不服环境行政处罚决定', '不服责令停产整治决定'], weight: 3 },
  { unit: '区公安分局', area: 'publicSecurityTraffic', causes: ['不服交通违法行政处罚', '不服治安管理处罚决定'], weight: 5 },
  { unit: '区综合行政执法局', area: 'other', causes: ['不服限期拆除违法建筑决定', '不服占道经营处罚'], weight: 4 },
  { unit: '区党政办公室', area: 'informationDisclosure', causes: ['不服政府信息公开答复'], weight: 3 },
] as const;

export const courts = ['示范市中级人民法院', '示范市任城区人民法院', '示范市兖州区人民法院'];
/** Heads who may appear for the organ (法释〔2020〕3号 第2条): name, post, type. */
export const leaders = [
  ['张明', '局长', 'principal'],
  ['李强', '副局长', 'deputy'],
  ['王建国', '主任', 'principal'],
  ['刘志强', '副主任', 'deputy'],
  ['陈海燕', '党工委副书记（分管征收）', 'inCharge'],
] as const;
/** Reasons a head could not appear, with their 第8条 kind. */
export const absenceReasons = [
  ['officialDuty', '负责人参加全区重要会议'],
  ['officialDuty', '负责人因公出差'],
  ['otherJustified', '负责人身体原因'],
] as const;

/** One or two plaintiffs for a demo case (people with encrypted ID numbers, or firms with credit codes); shared with the bench. */
export function demoPlaintiffs(r: Random, cipher: PersonalDataCipher, caseId: string, area: string) {
  const rows: (typeof litigationPlaintiffs.$inferInsert)[] = [];
  const names: string[] = [];
  const partyCount = r.weighted([
    [1, 8],
    [2, 2],
  ] as const);
  for (let k = 0; k < partyCount; k++) {
    const person = area === 'marketRegulation' ? r.chance(0.4) : r.chance(0.85);
    const name = person ? personName(r) : companyName(r);
    names.push(name);
    const idNo = person ? idNumber(r) : undefined;
    rows.push({
      caseId,
      ordinal: k,
      kind: person ? 'person' : 'organization',
      name,
      idNumberEnc: idNo ? cipher.encrypt(idNo) : null,
      idNumberMasked: idNo ? maskIdNumber(idNo) : null,
      creditCode: person ? null : creditCode(r),
    });
  }
  return { rows, names };
}

function unitIdOf(org: DemoOrg, name: string): string {
  return org.departments.get(name) ?? org.subdistricts.get(name) ?? org.districtId;
}

/**
 * 履行 of a lost case in force (第94条): a period of 60 days from the judgment, carried out within it — except the
 * first such case, left unperformed with the court's 公告 (第96条第3项), so the overdue alert has something to show.
 * `nth` counts the calls; only lost cases in force take a number.
 */
function performanceOf(row: Record<string, unknown>, today: string, nth: number): Record<string, unknown> {
  const effective = row.effectiveOn as string | null;
  if (!row.lost || !effective || effective > today) return {};
  const due = addCalendarDays(String(row.closedOn), 60);
  if (nth === 0 && due < today) return { performanceDueOn: due, courtMeasures: `${addCalendarDays(due, 10)} ${courtMeasures.label('announcement')}` };
  const performedOn = addCalendarDays(effective, 20);
  return performedOn <= today ? { performanceDueOn: due, performedOn, performanceMode: 'voluntary' } : { performanceDueOn: due };
}

/** One year of cases (~60), their hearings (~80) and 旁听庭审 sessions, plus three open cases near their deadline. */
export async function seedLitigation({ tx: db, r, org, cipher, year, today }: SeedContext): Promise<Record<string, number>> {
  const cases: Record<string, unknown>[] = [];
  const plaintiffs: (typeof litigationPlaintiffs.$inferInsert)[] = [];
  const hearings: (typeof litigationHearings.$inferInsert)[] = [];
  const proceedings: (typeof litigationProceedings.$inferInsert)[] = [];
  const weightedProfiles = profiles.map((p) => [p, p.weight] as const);
  const count = 60;
  let lostInForce = 0;
  for (let i = 0; i < count + 3; i++) {
    const p = r.weighted(weightedProfiles);
    const recent = i >= count; // the last three are due soon, so the to-do list has work
    const received = recent ? addCalendarDays(today, -[10, 13, 16][i - count]!) : addCalendarDays(`${year}-01-02`, Math.floor((i / count) * 320) + r.int(0, 6));
    const age = Date.parse(today) - Date.parse(received);
    const id = crypto.randomUUID();
    const orgUnitId = unitIdOf(org, p.unit);
    const row: Record<string, unknown> = {
      id,
      orgUnitId,
      caseNumber: `（${year}）鲁08${r.int(10, 99)}行初${100 + i}号`,
      court: r.pick(courts.slice(1)),
      instance: 'first',
      litigationRole: r.weighted([
        ['defendant', 16],
        ['coDefendant', 3],
        ['thirdParty', 1],
      ] as const),
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
      state: 'received',
    };
    const dayCount = age / 86_400_000;
    if (!recent) {
      row.defenceSubmittedOn = addCalendarDays(
        received,
        r.weighted([
          [r.int(5, 14), 19],
          [r.int(16, 20), 1],
        ] as const),
      );
      row.state = 'trial';
      const hearingCount =
        dayCount > 40
          ? r.weighted([
              [1, 4],
              [2, 4],
              [3, 1],
              [0, 1],
            ] as const)
          : 0;
      for (let h = 0; h < hearingCount; h++) {
        const appeared = r.chance(0.85);
        const [leaderName, leaderPost, leaderType] = r.pick(leaders);
        const [absenceReasonKind, absenceReason] = r.pick(absenceReasons);
        const heldOn = addCalendarDays(received, 30 + h * 25 + r.int(0, 10));
        hearings.push({
          caseId: id,
          orgUnitId,
          heldOn,
          // Every fourth hearing had the court's 出庭通知书 (法释〔2020〕3号 第4条), served a week ahead; no draw, so the rest stays as it was.
          noticeServedOn: hearings.length % 4 === 0 ? addCalendarDays(heldOn, -7) : null,
          leaderAppeared: appeared,
          ...(appeared
            ? { leaderName, leaderPost, leaderType }
            : { substituteName: personName(r), substitutePost: '法制科科长', absenceReasonKind, absenceReason, absenceProof: '情况说明（加盖单位印章）' }),
        });
      }
      if (dayCount > 90 && r.chance(0.85)) {
        row.state = r.chance(0.4) ? 'archived' : 'closed';
        row.outcome = r.weighted([
          ['dismissed', 50],
          ['withdrawn', 14],
          ['deemedWithdrawn', 2],
          ['suitDismissed', 5],
          ['mediated', 5],
          ['confirmedIllegal', 7],
          ['confirmedVoid', 1],
          ['revoked', 7],
          ['orderedToPerform', 3],
          ['orderedToPay', 1],
          ['agreementPerform', 1],
          ['compensation', 1],
          ['other', 2],
        ] as const);
        row.closedOn = addCalendarDays(received, r.int(75, Math.min(170, Math.floor(dayCount))));
        row.servedOn = addCalendarDays(row.closedOn as string, r.int(2, 8));
        row.effectiveOutcome = row.outcome;
        if (r.chance(0.1)) {
          row.judicialSuggestionReceived = true;
          row.judicialSuggestionAnsweredOn = addCalendarDays(row.closedOn as string, r.int(10, 25));
        }
      }
    }
    const first = firstProceedingOf(id, row);
    proceedings.push(first);
    // About one closed judgment in five is appealed: a 行终 record at the 中级法院, the 一审 record kept as it was.
    if (row.outcome && first.appealDueOn && first.decisionKind === 'judgment' && (row.state === 'closed' || row.state === 'archived') && r.chance(0.2)) {
      const appealedOn = addCalendarDays(first.servedOn!, r.int(5, 14));
      const lost = isLost(row.outcome as string);
      const second = {
        caseId: id,
        orgUnitId,
        ordinal: 1,
        instance: 'second',
        caseNumber: `（${year}）鲁08行终${200 + i}号`,
        court: courts[0]!,
        startedOn: appealedOn,
        appellant: lost ? 'defendant' : 'plaintiff',
        outcome: null as string | null,
        amendedOutcome: null as string | null,
        decisionKind: null as string | null,
        decidedOn: null as string | null,
        servedOn: null as string | null,
      };
      const decidedOn = addCalendarDays(appealedOn, r.int(40, 90));
      if (decidedOn < today) {
        second.outcome = r.weighted([
          ['appealDismissed', 8],
          ['amended', 1],
          ['appealWithdrawn', 1],
        ] as const);
        if (second.outcome === 'amended') second.amendedOutcome = lost ? 'dismissed' : 'confirmedIllegal';
        second.decisionKind = decisionKindOf(second.outcome);
        second.decidedOn = decidedOn;
        second.servedOn = addCalendarDays(decidedOn, r.int(2, 8));
        Object.assign(row, {
          outcome: second.outcome,
          effectiveOutcome: effectiveOutcome(row.outcome as string, second.outcome, second.amendedOutcome),
          closedOn: decidedOn,
          servedOn: second.servedOn,
        });
      } else {
        row.state = 'appealed';
      }
      Object.assign(row, { instance: 'second', caseNumber: second.caseNumber, court: second.court, appealedOn, appellant: second.appellant });
      if (second.appellant === 'plaintiff') {
        // The copy arrives three days on; the answer goes in on the tenth day, unless it is still to come.
        row.appealCopyReceivedOn = addCalendarDays(appealedOn, 3);
        const answered = addCalendarDays(appealedOn, 13);
        row.appealAnswerSubmittedOn = answered < today ? answered : null;
      }
      proceedings.push(second);
    }
    const parties = demoPlaintiffs(r, cipher, id, p.area);
    plaintiffs.push(...parties.rows);
    row.plaintiffNames = parties.names.join('、');
    Object.assign(row, derivedCaseFields(row));
    const performance = performanceOf(row, today, lostInForce);
    if (performance.performanceDueOn) lostInForce++;
    Object.assign(row, performance);
    row.searchText = searchTextOf(caseRegister, row as Row);
    cases.push(row);
  }
  await db.insert(litigationCases).values(cases as (typeof litigationCases.$inferInsert)[]);
  await db.insert(litigationPlaintiffs).values(plaintiffs);
  if (hearings.length) await db.insert(litigationHearings).values(hearings);
  await db.insert(litigationProceedings).values(proceedings);

  const observations = Array.from({ length: 12 }, (_, i) => {
    const orgUnitId = r.pick([...org.departments.values(), ...org.subdistricts.values()]);
    const row = {
      orgUnitId,
      heldOn: `${year}-${String(i + 1 > 11 ? 11 : i + 1).padStart(2, '0')}-${String(r.int(8, 26)).padStart(2, '0')}`,
      title: r.pick(['组织旁听行政诉讼案件庭审', '“一把手”旁听庭审活动', '新入职执法人员旁听庭审']),
      participants: r.int(12, 60),
    } as Record<string, unknown>;
    row.searchText = searchTextOf(observationRegister, row as Row);
    return row as typeof litigationObservations.$inferInsert;
  });
  await db.insert(litigationObservations).values(observations);

  // 司法建议 and 检察建议: most answered in time, one urgent, one still open near its deadline.
  const suggestionPlans = [
    { kind: 'judicial', issuer: courts[1]!, unit: '区自然资源和规划局', received: `${year}-03-12`, urgent: false, replyAfter: 40, content: '建议规范土地行政处罚案件的证据收集和告知程序' },
    { kind: 'judicial', issuer: courts[0]!, unit: '东湖街道', received: `${year}-06-05`, urgent: false, replyAfter: 55, content: '建议完善征收补偿安置协议的签订和履行程序' },
    {
      kind: 'procuratorial',
      issuer: '示范市任城区人民检察院',
      unit: '区生态环境分局',
      received: `${year}-05-20`,
      urgent: true,
      replyAfter: 12,
      content: '督促依法查处企业违法排放污水行为（行政公益诉讼诉前检察建议）',
    },
    { kind: 'procuratorial', issuer: '示范市任城区人民检察院', unit: '区市场监督管理局', received: `${year}-08-08`, urgent: false, replyAfter: 70, content: '督促加强校园周边食品安全监管' },
    { kind: 'judicial', issuer: courts[2]!, unit: '区住房和城乡建设局', received: addCalendarDays(today, -50), urgent: false, replyAfter: null, content: '建议加强物业服务企业监管职责履行' },
  ];
  const suggestions = suggestionPlans.map((plan, i) => {
    const row: Record<string, unknown> = {
      orgUnitId: unitIdOf(org, plan.unit),
      kind: plan.kind,
      issuer: plan.issuer,
      docNumber: plan.kind === 'judicial' ? `（${year}）鲁08司建${i + 1}号` : `任检行公建〔${year}〕${i + 1}号`,
      receivedOn: plan.received,
      urgent: plan.urgent,
      content: plan.content,
      repliedOn: plan.replyAfter === null ? null : addCalendarDays(plan.received, plan.replyAfter),
      replySummary: plan.replyAfter === null ? null : '已研究落实，书面回复整改情况',
    };
    Object.assign(row, derivedSuggestionFields(row));
    row.searchText = searchTextOf(suggestionRegister, row as Row);
    return row as typeof litigationSuggestions.$inferInsert;
  });
  await db.insert(litigationSuggestions).values(suggestions);
  return {
    litigationCases: cases.length,
    litigationSuggestions: suggestions.length,
    litigationProceedings: proceedings.length,
    litigationHearings: hearings.length,
    litigationObservations: observations.length,
  };
}
