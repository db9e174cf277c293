import { addCalendarDays, maskIdNumber, maskPhone } from '@fazhi/core';
import { confirmationDueOn, termEndOn, type DisputeState } from '@fazhi/core/mediation';
import { eq, inArray } from 'drizzle-orm';
import type { PersonalDataCipher } from '../../platform/crypto/sm.js';
import { orgUnits } from '../../platform/org/tables.js';
import { byDemoOrder } from '../../seed/demo-district.js';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { idNumber, personName } from '../../seed/people.js';
import type { Random } from '../../seed/random.js';
import { campaignRegister, committeeRegister, disputeRegister, honourRegister, mediatorRegister } from './registers.js';
import { mediationCampaigns, mediationCommittees, mediationDisputes, mediationHonours, mediationMediators, mediationParties, mediationSessions } from './tables.js';

const withSearch = <T extends Record<string, unknown>>(def: Parameters<typeof searchTextOf>[0], row: T) => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

export function phone(r: Random): string {
  return `1${r.pick(['35', '37', '39', '58', '86', '88'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** What each kind of dispute is about, as a mediator writes it down. */
const summaries: Record<string, readonly string[]> = {
  marriageFamily: ['夫妻因家庭琐事长期争吵，一方提出离婚', '兄弟姐妹因老人赡养费用分担产生矛盾', '子女因父母遗产分割发生争执'],
  neighbour: ['因排水沟渠堵塞导致邻居院内积水', '邻居房屋加高影响采光通风', '因饲养家禽扰邻发生口角'],
  housingHomestead: ['相邻宅基地界址不清引发争执', '翻建房屋越界占用邻居宅基地', '房屋买卖后过户手续纠纷'],
  contract: ['土地流转费用拖欠引发纠纷', '装修工程款结算争议', '农资买卖货款纠纷'],
  damages: ['饲养的犬只咬伤他人，赔偿金额协商不成', '施工损坏邻居房屋引发赔偿争议', '打架致人轻微伤赔偿纠纷'],
  labour: ['农民工工资拖欠纠纷', '工伤赔偿数额争议', '解除劳动关系经济补偿纠纷'],
  forestLand: ['承包地边界争议', '林木归属纠纷', '机耕路占地补偿纠纷'],
  landAcquisition: ['征地补偿款分配纠纷', '拆迁安置面积争议'],
  property: ['物业费收取标准争议', '小区停车位使用纠纷', '楼上漏水致楼下受损纠纷'],
  medical: ['诊疗后遗症赔偿纠纷', '村卫生室用药争议'],
  traffic: ['电动车与行人碰撞赔偿纠纷', '农用车刮擦轿车赔偿纠纷'],
  consumer: ['预付卡退费纠纷', '购买家电质量纠纷'],
  other: ['集体经济组织分红纠纷', '婚约财产返还纠纷'],
};
const disputeTypeWeights = [
  ['marriageFamily', 22],
  ['neighbour', 24],
  ['housingHomestead', 12],
  ['contract', 9],
  ['damages', 8],
  ['labour', 6],
  ['forestLand', 4],
  ['landAcquisition', 2],
  ['property', 6],
  ['medical', 1],
  ['traffic', 3],
  ['consumer', 2],
  ['other', 1],
] as const;
const sourceWeights = [
  ['application', 55],
  ['initiative', 26],
  ['referral', 8],
  ['courtReferral', 11],
] as const;
const agreements = ['双方同意按本协议约定的方式和期限履行，今后互不追究', '一方向另一方赔偿损失并赔礼道歉，双方和好', '按界址勘测结果重新确定边界，各自遵守'];
const sessionNotes = ['分别听取双方陈述，讲解相关法律规定', '实地查看现场，邀请双方亲属参与调解', '背对背做双方工作，提出调解方案', '召集双方面对面协商，达成初步意向'];

export type DisputePlan = { orgUnitId: string; committeeName: string; caseNumber: string; receivedOn: string; today: string; campaign?: { id: string; title: string } | null };
export type PlannedDispute = { row: Record<string, unknown>; parties: Record<string, unknown>[]; sessions: Record<string, unknown>[] };

/**
 * A dispute as the API and its workflow would leave it by `today`: most end in an agreement within weeks, a few
 * fail, recent ones are still open; parties' ID numbers and phones are SM4-encrypted with masked copies.
 */
export function plannedDispute(r: Random, cipher: PersonalDataCipher, id: string, plan: DisputePlan): PlannedDispute {
  const disputeType = r.weighted(disputeTypeWeights);
  const age = Math.round((Date.parse(plan.today) - Date.parse(plan.receivedOn)) / 86_400_000);
  const concludedOn = addCalendarDays(plan.receivedOn, r.int(0, 20));
  const open = concludedOn > plan.today || (age < 10 && r.chance(0.6));
  const outcome = open ? null : r.chance(0.92) ? 'succeeded' : 'failed';
  const row: Record<string, unknown> = {
    id,
    orgUnitId: plan.orgUnitId,
    caseNumber: plan.caseNumber,
    committeeName: plan.committeeName,
    receivedOn: plan.receivedOn,
    disputeType,
    source: plan.campaign ? 'initiative' : r.weighted(sourceWeights),
    campaignId: plan.campaign?.id ?? null,
    campaignTitle: plan.campaign?.title ?? null,
    summary: r.pick(summaries[disputeType]!),
    mediatorNames: personName(r),
    smartSystemEntered: r.chance(0.6),
    state: 'received' as DisputeState,
    sessionCount: 0,
  };
  const sessions: Record<string, unknown>[] = [];
  const n = open ? r.int(0, 1) : r.int(1, 2);
  for (let i = 0; i < n; i++) sessions.push({ disputeId: id, heldOn: addCalendarDays(plan.receivedOn, Math.min(i * 3, 20)), content: r.pick(sessionNotes), recordedBy: row.mediatorNames });
  row.sessionCount = sessions.length;
  if (sessions.length) {
    row.state = 'mediating';
    row.startedOn = plan.receivedOn;
  }
  if (outcome === 'succeeded') {
    const written = r.chance(0.72);
    Object.assign(row, {
      state: 'succeeded',
      outcome,
      concludedOn,
      agreementForm: written ? 'written' : 'oral',
      agreementContent: r.pick(agreements),
      agreementEffectiveOn: concludedOn,
      confirmationDueOn: confirmationDueOn(concludedOn),
    });
    // 第31条: the committee visits to see the agreement performed.
    const followUpOn = addCalendarDays(concludedOn, r.int(7, 30));
    if (followUpOn <= plan.today && r.chance(0.85)) {
      Object.assign(row, {
        state: 'closed',
        followUpOn,
        closedOn: followUpOn,
        performance: r.weighted([
          ['performed', 90],
          ['partly', 7],
          ['notPerformed', 3],
        ] as const),
      });
    }
  } else if (outcome === 'failed') {
    Object.assign(row, {
      state: 'failed',
      outcome,
      concludedOn,
      failureAdvice: r.weighted([
        ['litigation', 60],
        ['arbitration', 10],
        ['administrative', 20],
        ['other', 10],
      ] as const),
    });
    const closedOn = addCalendarDays(concludedOn, r.int(1, 10));
    if (closedOn <= plan.today) Object.assign(row, { state: 'closed', closedOn });
  }
  const parties = Array.from({ length: r.chance(0.85) ? 2 : 3 }, (_, ordinal) => {
    const idNo = idNumber(r);
    const tel = phone(r);
    return { disputeId: id, ordinal, name: personName(r), idNumberEnc: cipher.encrypt(idNo), idNumberMasked: maskIdNumber(idNo), phoneEnc: cipher.encrypt(tel), phoneMasked: maskPhone(tel) };
  });
  row.partyNames = parties.map((p) => p.name).join('、');
  return { row: withSearch(disputeRegister, row), parties, sessions };
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 300) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function seedMediation(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, cipher, year, today } = ctx;
  const by = ctx.users.get('fzb') ?? null;
  const yearStart = `${year}-01-01`;

  // ---- committees: the 街道's own committee unit and every 村(社区)
  const units = (
    await tx
      .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, parentId: orgUnits.parentId, sortOrder: orgUnits.sortOrder })
      .from(orgUnits)
      .where(inArray(orgUnits.kind, ['mediationCommittee', 'community']))
  ).sort(byDemoOrder(org));
  const subdistrictNames = new Map([...org.subdistricts].map(([name, id]) => [id, name]));
  const committeeRows = units.map((u) => {
    const street = subdistrictNames.get(u.parentId ?? '') ?? '';
    const termStartOn = `${year - r.int(0, 2)}-0${r.int(1, 6)}-01`;
    return withSearch(committeeRegister, {
      orgUnitId: u.id,
      name: u.kind === 'community' ? `${u.name}人民调解委员会` : u.name,
      level: u.kind === 'community' ? 'community' : 'subdistrict',
      address: u.kind === 'community' ? `${street}${u.name}党群服务中心一楼` : `${street}综治中心二楼调解室`,
      officePhone: `0537-${r.int(2, 8)}${String(r.int(0, 999_999)).padStart(6, '0')}`,
      establishedOn: `${r.int(2011, 2016)}-0${r.int(1, 9)}-15`,
      termStartOn,
      termEndOn: termEndOn(termStartOn),
      createdBy: by,
    });
  });
  await tx.insert(mediationCommittees).values(committeeRows);

  // ---- mediators: 街道 committees 7 委员 + 3 hired; villages 3–5 委员 (a few short of 第8条 to show the check)
  const mediatorRows: (typeof mediationMediators.$inferInsert)[] = [];
  const rosterByUnit = new Map<string, string[]>();
  for (const c of committeeRows) {
    const street = c.level === 'subdistrict';
    const size = street
      ? 7
      : r.weighted([
          [3, 55],
          [4, 25],
          [5, 14],
          [2, 6],
        ] as const);
    const hired = street ? 3 : r.chance(0.2) ? 1 : 0;
    const womanless = !street && r.chance(0.05);
    const names: string[] = [];
    for (let i = 0; i < size + hired; i++) {
      const position = i === 0 ? 'director' : i === 1 && street ? 'deputyDirector' : i < size ? 'member' : 'hired';
      const gender = womanless ? 'male' : i === 1 || (i > 1 && r.chance(0.35)) ? 'female' : 'male';
      const tel = phone(r);
      const name = personName(r);
      names.push(name);
      mediatorRows.push(
        withSearch(mediatorRegister, {
          orgUnitId: c.orgUnitId,
          name,
          gender,
          position,
          committeeName: c.name,
          phoneEnc: cipher.encrypt(tel),
          phoneMasked: maskPhone(tel),
          trainings: r.chance(0.7) ? `${year}-0${r.int(3, 9)}-1${r.int(0, 9)} 全区人民调解员业务培训 8学时` : null,
          createdBy: by,
        }),
      );
    }
    rosterByUnit.set(c.orgUnitId, names);
  }
  const mediators = await tx.insert(mediationMediators).values(mediatorRows).returning({ id: mediationMediators.id, name: mediationMediators.name, orgUnitId: mediationMediators.orgUnitId });

  // ---- honours: the city's 调解能手 ×2 and 先进工作者 ×1 this year (the model's figures)
  const streetMediators = mediators.filter((m) => committeeRows.find((c) => c.orgUnitId === m.orgUnitId)?.level === 'subdistrict');
  const honoured = r.sample(streetMediators, 3);
  const honourRows = honoured.map((m, i) =>
    withSearch(honourRegister, {
      orgUnitId: m.orgUnitId,
      mediatorId: m.id,
      mediatorName: m.name,
      kind: i < 2 ? 'mediationExpert' : 'advancedWorker',
      level: 'city',
      year,
      awardedOn: `${year}-0${r.int(3, 9)}-2${r.int(0, 8)}`,
      awardedBy: '示范市司法局',
      createdBy: by,
    }),
  );
  await tx.insert(mediationHonours).values(honourRows);

  // ---- 排查 campaigns, organised by 区司法局 for the whole district
  const campaigns = await tx
    .insert(mediationCampaigns)
    .values(
      [
        { title: `${year}年春节前矛盾纠纷排查化解专项活动`, startOn: `${year}-01-10`, endOn: `${year}-02-28`, focus: '婚姻家庭、邻里、农民工工资等易激化纠纷' },
        { title: `${year}年“枫桥式”矛盾纠纷大排查大化解专项活动`, startOn: `${year}-06-01`, endOn: `${year}-07-31`, focus: '宅基地、土地承包、征地拆迁等重点领域纠纷' },
      ].map((c) => withSearch(campaignRegister, { ...c, orgUnitId: org.departments.get('区司法局（区委依法治区办）')!, createdBy: by })),
    )
    .returning({ id: mediationCampaigns.id, title: mediationCampaigns.title, startOn: mediationCampaigns.startOn, endOn: mediationCampaigns.endOn });

  // ---- disputes over the year: villages carry most; the 街道 committees the harder ones
  const days = Math.max(1, Math.round((Date.parse(today) - Date.parse(yearStart)) / 86_400_000));
  const target = Math.round(720 * Math.min(1, days / 365));
  const counters = new Map<string, number>();
  const planned: PlannedDispute[] = [];
  const villageCommittees = committeeRows.filter((c) => c.level === 'community');
  const streetCommittees = committeeRows.filter((c) => c.level === 'subdistrict');
  const demoVillage = villageCommittees.find((c) => c.orgUnitId === org.communities[0]) ?? villageCommittees[0]!;
  for (let i = 0; i < target; i++) {
    // The demo mediator's own village always has disputes in each state.
    const c = i < 12 ? demoVillage : r.chance(0.25) ? r.pick(streetCommittees) : r.pick(villageCommittees);
    const receivedOn = i < 12 ? addCalendarDays(today, -r.int(0, 60)) : addCalendarDays(yearStart, r.int(0, days));
    const campaign = campaigns.find((g) => receivedOn >= g.startOn && receivedOn <= g.endOn && r.chance(0.3)) ?? null;
    // Numbered per name prefix: two villages of the same name in different 街道 share one sequence.
    const short = c.name.replace(/人民调解委员会$/, '').replace(/街道$/, '');
    const n = (counters.get(short) ?? 0) + 1;
    counters.set(short, n);
    const names = rosterByUnit.get(c.orgUnitId) ?? [];
    const p = plannedDispute(r, cipher, crypto.randomUUID(), { orgUnitId: c.orgUnitId, committeeName: c.name, caseNumber: `${short}调〔${year}〕${n}号`, receivedOn, today, campaign });
    if (names.length) p.row.mediatorNames = r.pick(names);
    p.row.createdBy = by;
    planned.push(p);
  }
  // 司法确认: a few written agreements applied for within the window; most confirmed.
  const written = planned.filter((p) => p.row.agreementForm === 'written' && String(p.row.concludedOn) < addCalendarDays(today, -40));
  for (const [i, p] of r.sample(written, 7).entries()) {
    const appliedOn = addCalendarDays(String(p.row.agreementEffectiveOn), r.int(1, 20));
    Object.assign(p.row, { confirmationAppliedOn: appliedOn, confirmationCourt: '示范高新区人民法院' });
    if (i < 6) Object.assign(p.row, { confirmationResult: i < 5 ? 'confirmed' : 'rejected', confirmationDecidedOn: addCalendarDays(appliedOn, r.int(3, 15)) });
    else Object.assign(p.row, { state: 'confirming', followUpOn: null, closedOn: null, performance: null });
  }
  // One typical case selected into the city's compilation (the model's 婚姻家庭 case).
  const typical = planned.find((p) => p.row.disputeType === 'marriageFamily' && p.row.state === 'closed' && p.row.outcome === 'succeeded');
  if (typical) {
    const parties = typical.parties.map((q) => String(q.name));
    Object.assign(typical.row, {
      typicalCase: true,
      typicalTitle: `${parties[0]}与${parties[1]}婚姻家庭纠纷调解案`,
      typicalSelectedIn: '《示范市“和为贵”人民调解典型案例汇编》',
      typicalSelectedOn: addCalendarDays(String(typical.row.closedOn), 30) < today ? addCalendarDays(String(typical.row.closedOn), 30) : today,
      typicalWriteUp: '调解员多次上门了解情况，邀请双方亲属参与调解，释法明理，最终促成双方达成书面调解协议并自觉履行。',
    });
  }
  await insertChunks(
    planned.map((p) => withSearch(disputeRegister, p.row)),
    (chunk) => tx.insert(mediationDisputes).values(chunk as (typeof mediationDisputes.$inferInsert)[]),
  );
  await insertChunks(
    planned.flatMap((p) => p.parties),
    (chunk) => tx.insert(mediationParties).values(chunk as (typeof mediationParties.$inferInsert)[]),
  );
  await insertChunks(
    planned.flatMap((p) => p.sessions),
    (chunk) => tx.insert(mediationSessions).values(chunk as (typeof mediationSessions.$inferInsert)[]),
  );
  const [first] = await tx.select({ id: mediationDisputes.id }).from(mediationDisputes).where(eq(mediationDisputes.orgUnitId, demoVillage.orgUnitId)).limit(1);
  return { committees: committeeRows.length, mediators: mediators.length, honours: honourRows.length, campaigns: campaigns.length, disputes: planned.length, demoMediatorDisputes: first ? 1 : 0 };
}
