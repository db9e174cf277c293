import { addCalendarDays, maskIdNumber } from '@fazhi/core';
import { eq } from 'drizzle-orm';
import { certificateStatus, entrustmentState, type ReviewRecord } from '@fazhi/core/enforcement';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { companyName, creditCode, idNumber, personName } from '../../seed/people.js';
import type { Random } from '../../seed/random.js';
import { seedApplications } from './seed-applications.js';
import { seedCases } from './seed-cases.js';
import { seedReviews } from './seed-review.js';
import { bodyRegister, certificateRegister, decisionRegister, itemRegister, leniencyItemRegister, officerRegister, reviewRegister, standardRegister, trainingRegister } from './registers.js';
import {
  enforcementBodies,
  enforcementCertificates,
  enforcementItems,
  enforcementLeniencyDecisions,
  enforcementLeniencyItems,
  enforcementOfficers,
  enforcementReviews,
  enforcementStandards,
  enforcementTrainings,
} from './tables.js';

type BodyPlan = {
  name: string;
  unit: string;
  kind: 'statutory' | 'authorized' | 'entrusted';
  field: string;
  basis: string;
  officers: number;
  entrust?: { by: string; doc: string; start: string; end: string };
};

const itemWords: Record<string, readonly string[]> = {
  market: ['销售不符合食品安全标准的食品', '未按规定公示营业执照', '虚假宣传', '未经许可从事食品经营', '计量器具未经检定', '价格违法行为', '销售过期食品', '特种设备未经检验使用'],
  ecology: ['未批先建建设项目', '超标排放大气污染物', '未按规定设置危险废物识别标志', '噪声污染扰民', '未依法公开环境信息', '擅自倾倒工业固体废物'],
  naturalResources: ['非法占用土地', '未取得建设工程规划许可证进行建设', '非法采矿', '擅自改变土地用途', '破坏耕地'],
  housing: ['未取得施工许可证擅自施工', '建设单位未组织竣工验收擅自交付使用', '违反工程建设强制性标准', '物业服务企业未履行义务', '预拌混凝土质量不合格'],
  labour: ['拖欠农民工工资', '未依法订立书面劳动合同', '违法延长工作时间', '未按规定缴纳社会保险费', '使用童工'],
  urban: ['违法占道经营', '擅自设置户外广告', '乱倒建筑垃圾', '露天焚烧垃圾', '违法搭建临时建筑', '损毁城市绿地'],
  emergency: ['未按规定开展安全生产教育培训', '未建立事故隐患排查治理制度', '特种作业人员未持证上岗', '未按规定配备应急救援器材'],
  other: ['未按规定办理备案', '妨碍执法检查', '未按规定报送统计资料'],
};
const otherKinds = ['licence', 'coercion', 'inspection', 'levy', 'confirmation', 'benefit', 'other'] as const;
const courses = [
  '行政处罚法专题培训',
  '行政执法“三项制度”培训',
  '行政执法文书制作',
  '执法记录仪规范使用',
  '行政裁量基准适用',
  '行政复议与行政诉讼案例研讨',
  '民法典与行政执法',
  '安全生产执法实务',
  '市级平台在线学习',
];
const leniencyBehaviours = [
  ['未在经营场所醒目位置悬挂营业执照', 'market', 'none'],
  ['首次未按规定公示年度报告', 'market', 'none'],
  ['商品标价签内容不全', 'market', 'none'],
  ['首次未按规定设置危险废物识别标志', 'ecology', 'none'],
  ['噪声排放轻微超标且及时改正', 'ecology', 'lighter'],
  ['临时占道堆放物料及时清除', 'urban', 'none'],
  ['户外广告设施轻微破损未及时维修', 'urban', 'none'],
  ['店外经营首次且当场改正', 'urban', 'none'],
  ['未按规定办理施工现场扬尘防治备案', 'housing', 'mitigated'],
  ['物业服务企业未按规定公示收费项目', 'housing', 'none'],
  ['未按规定建立职工名册', 'labour', 'none'],
  ['未按规定保存考勤记录', 'labour', 'lighter'],
  ['安全生产教育培训档案不完整', 'emergency', 'none'],
  ['应急预案未按规定备案', 'emergency', 'mitigated'],
  ['未按规定标注食品生产日期且未售出', 'market', 'mitigated'],
  ['计量器具超过检定周期未使用', 'market', 'lighter'],
  ['建设项目环境影响评价文件未按规定公开', 'ecology', 'lighter'],
  ['擅自占用土地面积较小且主动拆除', 'naturalResources', 'mitigated'],
  ['临时用地逾期未复垦且主动整改', 'naturalResources', 'lighter'],
  ['未按规定报送统计资料首次', 'other', 'none'],
] as const;

function dayIn(r: Random, from: string, to: string): string {
  const days = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return addCalendarDays(from, r.int(0, days));
}

/**
 * The demo district's enforcement registers for one year: bodies of the departments and 街道 (two 受委托组织, one
 * expired), ~300 officers with certificates (new, 年审 and 注销 this year), training, the 执法事项清单 with 裁量基准
 * for most 处罚 items, and the 不罚轻罚 list with its decisions. Written as the API would write them.
 */
export async function seedEnforcement(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today, cipher } = ctx;
  const dept = (n: string) => org.departments.get(n)!;
  const [east, west, south, north] = [...org.subdistricts.values()];
  const by = ctx.users.get('fzb') ?? null;
  const y = (n: number) => String(year + n);
  const plans: BodyPlan[] = [
    { name: '区市场监督管理局', unit: dept('区市场监督管理局'), kind: 'statutory', field: 'market', basis: '《中华人民共和国行政处罚法》第17条；区政府机构改革方案', officers: 48 },
    { name: '区生态环境分局', unit: dept('区生态环境分局'), kind: 'statutory', field: 'ecology', basis: '《中华人民共和国环境保护法》第10条', officers: 26 },
    { name: '区自然资源和规划局', unit: dept('区自然资源和规划局'), kind: 'statutory', field: 'naturalResources', basis: '《中华人民共和国土地管理法》第5条', officers: 24 },
    { name: '区住房和城乡建设局', unit: dept('区住房和城乡建设局'), kind: 'statutory', field: 'housing', basis: '《中华人民共和国建筑法》第6条', officers: 22 },
    { name: '区人力资源和社会保障局', unit: dept('区人力资源和社会保障局'), kind: 'statutory', field: 'labour', basis: '《劳动保障监察条例》第3条', officers: 16 },
    { name: '区综合行政执法局', unit: dept('区综合行政执法局'), kind: 'statutory', field: 'urban', basis: '《中华人民共和国行政处罚法》第18条（综合行政执法）', officers: 60 },
    { name: '区经济发展局（应急管理）', unit: dept('区经济发展局'), kind: 'statutory', field: 'emergency', basis: '《中华人民共和国安全生产法》第10条', officers: 18 },
    { name: '东湖街道综合行政执法办公室', unit: east!, kind: 'authorized', field: 'urban', basis: '《中华人民共和国行政处罚法》第24条；省政府赋权乡镇（街道）行政处罚事项目录', officers: 18 },
    { name: '西岭街道综合行政执法办公室', unit: west!, kind: 'authorized', field: 'urban', basis: '《中华人民共和国行政处罚法》第24条；省政府赋权乡镇（街道）行政处罚事项目录', officers: 16 },
    { name: '南苑街道综合行政执法办公室', unit: south!, kind: 'authorized', field: 'urban', basis: '《中华人民共和国行政处罚法》第24条；省政府赋权乡镇（街道）行政处罚事项目录', officers: 16 },
    { name: '北辰街道综合行政执法办公室', unit: north!, kind: 'authorized', field: 'urban', basis: '《中华人民共和国行政处罚法》第24条；省政府赋权乡镇（街道）行政处罚事项目录', officers: 16 },
    {
      name: '区市场监管综合服务中心',
      unit: dept('区市场监督管理局'),
      kind: 'entrusted',
      field: 'market',
      basis: '《中华人民共和国行政处罚法》第20条、第21条',
      officers: 10,
      entrust: { by: '区市场监督管理局', doc: `示市监委〔${y(-1)}〕1号`, start: `${y(-1)}-01-01`, end: `${y(1)}-12-31` },
    },
    {
      name: '区城市管理服务中心',
      unit: dept('区综合行政执法局'),
      kind: 'entrusted',
      field: 'urban',
      basis: '《中华人民共和国行政处罚法》第20条、第21条',
      officers: 8,
      entrust: { by: '区综合行政执法局', doc: `示综执委〔${y(-2)}〕3号`, start: `${y(-2)}-07-01`, end: `${y(0)}-06-30` },
    },
  ];

  // ---- bodies
  const bodyRows = plans.map((p) => {
    const row: Record<string, unknown> = {
      orgUnitId: p.unit,
      name: p.name,
      kind: p.kind,
      field: p.field,
      legalBasis: p.basis,
      entrustingAuthority: p.entrust?.by ?? null,
      entrustmentDocument: p.entrust?.doc ?? null,
      entrustStartOn: p.entrust?.start ?? null,
      entrustEndOn: p.entrust?.end ?? null,
      entrustState: entrustmentState(p.kind, p.entrust?.end ?? null, today),
      createdBy: by,
    };
    row.searchText = searchTextOf(bodyRegister, row as Row);
    return row;
  });
  const bodies = await tx
    .insert(enforcementBodies)
    .values(bodyRows as (typeof enforcementBodies.$inferInsert)[])
    .returning({ id: enforcementBodies.id, name: enforcementBodies.name, orgUnitId: enforcementBodies.orgUnitId, field: enforcementBodies.field });

  // ---- officers
  const officerRows: Record<string, unknown>[] = [];
  for (const [i, b] of bodies.entries()) {
    for (let k = 0; k < plans[i]!.officers; k++) {
      const id = idNumber(r);
      const row: Record<string, unknown> = {
        orgUnitId: b.orgUnitId,
        name: personName(r),
        gender: r.chance(0.7) ? 'male' : 'female',
        idNumberEnc: cipher.encrypt(id),
        idNumberMasked: maskIdNumber(id),
        bodyId: b.id,
        bodyName: b.name,
        post: r.chance(0.75) ? 'civilServant' : r.chance(0.6) ? 'publicInstitution' : 'contract',
        createdBy: by,
      };
      row.searchText = searchTextOf(officerRegister, row as Row);
      officerRows.push(row);
    }
  }
  const officers = await tx
    .insert(enforcementOfficers)
    .values(officerRows as (typeof enforcementOfficers.$inferInsert)[])
    .returning({ id: enforcementOfficers.id, name: enforcementOfficers.name, orgUnitId: enforcementOfficers.orgUnitId });

  // ---- certificates: the first ~23 officers are new this year, the next ~25 leave this year; the rest hold older ones.
  const yearStart = `${year}-01-01`;
  const newCount = 23;
  const revokedCount = 25;
  const certRows: Record<string, unknown>[] = [];
  const reviewPlans: { index: number; reviews: (ReviewRecord & { reviewedOn: string })[] }[] = [];
  let seq = r.int(1000, 5000);
  const number = () => `37089${r.int(0, 9)}${String(seq++).padStart(5, '0')}`;
  for (const [i, o] of officers.entries()) {
    const isNew = i < newCount;
    const issuedOn = isNew ? dayIn(r, yearStart, today) : dayIn(r, `${year - 8}-01-01`, `${year - 2}-12-31`);
    const revoked = !isNew && i < newCount + revokedCount;
    const revokedOn = revoked ? dayIn(r, yearStart, today) : null;
    const reviews: (ReviewRecord & { reviewedOn: string })[] = [];
    if (!isNew) {
      // The previous years' 年审 were done in December; ~32 of last year's are done this spring, ~10 not yet.
      reviews.push({ year: year - 2, result: 'passed', reviewedOn: `${year - 2}-12-${String(r.int(10, 28)).padStart(2, '0')}` });
      const band = i - newCount - revokedCount;
      if (band >= 0 && band < 32) reviews.push({ year: year - 1, result: r.chance(0.9) ? 'passed' : r.chance(0.5) ? 'failed' : 'absent', reviewedOn: dayIn(r, yearStart, `${year}-03-31`) });
      else if (band >= 32 && band < 42) {
        // 待年审: no review of last year on file.
      } else reviews.push({ year: year - 1, result: 'passed', reviewedOn: `${year - 1}-12-${String(r.int(10, 28)).padStart(2, '0')}` });
    }
    const row: Record<string, unknown> = {
      orgUnitId: o.orgUnitId,
      officerId: o.id,
      officerName: o.name,
      kind: 'enforcement',
      number: number(),
      issuedOn,
      suspended: false,
      revokedOn,
      revokeReason: revoked ? r.pick(['transferred', 'transferred', 'retired', 'retired', 'resigned', 'misconduct', 'other']) : null,
      status: certificateStatus({ issuedOn, revokedOn }, reviews, today),
      createdBy: by,
    };
    row.searchText = searchTextOf(certificateRegister, row as Row);
    certRows.push(row);
    reviewPlans.push({ index: certRows.length - 1, reviews });
  }
  // 8 听证主持人证 issued this year to experienced officers still in post.
  for (let k = 0; k < 8; k++) {
    const o = officers[newCount + revokedCount + 50 + k * 9]!;
    const issuedOn = dayIn(r, yearStart, today);
    const row: Record<string, unknown> = {
      orgUnitId: o.orgUnitId,
      officerId: o.id,
      officerName: o.name,
      kind: 'hearing',
      number: `TZ${year}${String(k + 1).padStart(4, '0')}`,
      issuedOn,
      suspended: false,
      revokedOn: null,
      revokeReason: null,
      status: certificateStatus({ issuedOn }, [], today),
      createdBy: by,
    };
    row.searchText = searchTextOf(certificateRegister, row as Row);
    certRows.push(row);
  }
  const certs = await tx
    .insert(enforcementCertificates)
    .values(certRows as (typeof enforcementCertificates.$inferInsert)[])
    .returning({ id: enforcementCertificates.id, number: enforcementCertificates.number });
  const issuedThisYear = certRows.flatMap((c, i) => {
    if (String(c.issuedOn) < yearStart) return [];
    const o = officerRows[officers.findIndex((x) => x.id === c.officerId)]!;
    const fields = { bodyId: o.bodyId, bodyName: o.bodyName, gender: o.gender, idNumberEnc: o.idNumberEnc, idNumberMasked: o.idNumberMasked, post: o.post } as Record<string, string>;
    return [
      {
        ...fields,
        orgUnitId: String(c.orgUnitId),
        name: String(c.officerName),
        kind: String(c.kind),
        officerId: String(c.officerId),
        certificateId: certs[i]!.id,
        number: certs[i]!.number,
        issuedOn: String(c.issuedOn),
      },
    ];
  }) as Parameters<typeof seedApplications>[1];
  const applications = await seedApplications(ctx, issuedThisYear, bodies);
  const reviewRows: Record<string, unknown>[] = [];
  for (const plan of reviewPlans) {
    const c = certRows[plan.index]!;
    for (const rv of plan.reviews) {
      const row: Record<string, unknown> = {
        orgUnitId: c.orgUnitId,
        certificateId: certs[plan.index]!.id,
        certificateNumber: c.number,
        officerName: c.officerName,
        year: rv.year,
        result: rv.result,
        reviewedOn: rv.reviewedOn,
        createdBy: by,
      };
      row.searchText = searchTextOf(reviewRegister, row as Row);
      reviewRows.push(row);
    }
  }
  for (let i = 0; i < reviewRows.length; i += 500) await tx.insert(enforcementReviews).values(reviewRows.slice(i, i + 500) as (typeof enforcementReviews.$inferInsert)[]);

  // ---- training this year: most reach 60 学时, about one in eight falls short.
  const trainingRows: Record<string, unknown>[] = [];
  for (const [i, o] of officers.entries()) {
    if (i >= newCount && i < newCount + revokedCount) continue;
    const target = r.chance(0.12) ? r.int(20, 55) : r.int(60, 84);
    let total = 0;
    // One record per officer, day and course (the register's natural key): a repeat draw is drawn again.
    const taken = new Set<string>();
    while (total < target) {
      const hours = Math.min(target - total, r.pick([2, 4, 4, 6, 8, 12]));
      const [trainedOn, course] = [dayIn(r, yearStart, today), r.pick(courses)];
      if (taken.has(`${trainedOn}|${course}`)) continue;
      taken.add(`${trainedOn}|${course}`);
      total += hours;
      const row: Record<string, unknown> = {
        orgUnitId: o.orgUnitId,
        officerId: o.id,
        officerName: o.name,
        trainedOn,
        course,
        hours,
        source: r.pick(['online', 'offline', 'cityPlatform']),
        createdBy: by,
      };
      row.searchText = searchTextOf(trainingRegister, row as Row);
      trainingRows.push(row);
    }
  }
  for (let i = 0; i < trainingRows.length; i += 500) await tx.insert(enforcementTrainings).values(trainingRows.slice(i, i + 500) as (typeof enforcementTrainings.$inferInsert)[]);

  // ---- 执法事项 (~150) and 裁量基准 for most 处罚 items
  const itemRows: Record<string, unknown>[] = [];
  let itemSeq = 1;
  for (const b of bodies) {
    const words = itemWords[b.field] ?? itemWords.other!;
    const n = r.int(10, 13);
    for (let k = 0; k < n; k++) {
      const kind = r.chance(0.6) ? 'penalty' : r.pick(otherKinds);
      const subject = words[k % words.length]!;
      const name =
        kind === 'penalty' ? `对${subject}的行政处罚` : `${subject}相关${kind === 'inspection' ? '行政检查' : kind === 'coercion' ? '行政强制措施' : kind === 'licence' ? '行政许可' : '事项'}`;
      const row: Record<string, unknown> = {
        orgUnitId: b.orgUnitId,
        code: `SX${String(itemSeq++).padStart(4, '0')}`,
        name: `${name}（${b.name.replace(/^区/, '')}）`,
        kind,
        legalBasis: `《${r.pick(['中华人民共和国行政处罚法', '山东省行政执法监督条例', '中华人民共和国食品安全法', '中华人民共和国大气污染防治法', '城市市容和环境卫生管理条例'])}》第${r.int(10, 90)}条`,
        bodyId: b.id,
        bodyName: b.name,
        createdBy: by,
      };
      row.searchText = searchTextOf(itemRegister, row as Row);
      itemRows.push(row);
    }
  }
  const items = await tx
    .insert(enforcementItems)
    .values(itemRows as (typeof enforcementItems.$inferInsert)[])
    .returning({ id: enforcementItems.id, code: enforcementItems.code, name: enforcementItems.name, kind: enforcementItems.kind, orgUnitId: enforcementItems.orgUnitId });
  const standardRows: Record<string, unknown>[] = [];
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.kind !== 'penalty' || r.chance(0.12)) continue;
    const base = r.pick([1000, 2000, 5000, 10_000, 20_000]);
    const levels = [
      ['情节轻微，及时改正，没有造成危害后果', null, null, '责令改正，不予行政处罚'],
      ['情节一般', base, base * 3, null],
      ['情节严重或者拒不改正', base * 3, base * 10, null],
    ] as const;
    for (const [circumstance, min, max, measure] of levels.slice(r.chance(0.4) ? 1 : 0)) {
      const row: Record<string, unknown> = { orgUnitId: item.orgUnitId, itemId: item.id, itemCode: item.code, itemName: item.name, circumstance, fineMin: min, fineMax: max, measure, createdBy: by };
      row.searchText = searchTextOf(standardRegister, row as Row);
      standardRows.push(row);
      counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
    }
  }
  await tx.insert(enforcementStandards).values(standardRows as (typeof enforcementStandards.$inferInsert)[]);
  for (const [id, n] of counts) await tx.update(enforcementItems).set({ standardCount: n }).where(eqId(id));

  // ---- 不罚轻罚清单 (district-wide) and ~200 decisions; some enterprises benefit twice.
  const listRows = leniencyBehaviours.map(([behaviour, field, outcome], k) => {
    const row: Record<string, unknown> = {
      orgUnitId: org.districtId,
      code: `BF${String(k + 1).padStart(3, '0')}`,
      behaviour,
      legalBasis: outcome === 'none' ? '《中华人民共和国行政处罚法》第33条第1款' : '《中华人民共和国行政处罚法》第32条',
      outcome,
      conditions: outcome === 'none' ? '初次违法且危害后果轻微并及时改正的；当事人有证据足以证明没有主观过错的' : '主动消除或者减轻违法行为危害后果的；配合行政机关查处违法行为有立功表现的',
      field,
      createdBy: by,
    };
    row.searchText = searchTextOf(leniencyItemRegister, row as Row);
    return row;
  });
  const list = await tx
    .insert(enforcementLeniencyItems)
    .values(listRows as (typeof enforcementLeniencyItems.$inferInsert)[])
    .returning({ id: enforcementLeniencyItems.id, behaviour: enforcementLeniencyItems.behaviour, outcome: enforcementLeniencyItems.outcome, field: enforcementLeniencyItems.field });
  const entities = Array.from({ length: 185 }, () => ({ name: companyName(r), code: creditCode(r) }));
  const decisionRows: Record<string, unknown>[] = [];
  for (let k = 0; k < 200; k++) {
    const e = k < entities.length ? entities[k]! : r.pick(entities);
    const item = r.pick(list);
    const body = bodies.find((b) => b.field === item.field) ?? bodies[0]!;
    const row: Record<string, unknown> = {
      orgUnitId: body.orgUnitId,
      entityName: e.name,
      creditCode: e.code,
      leniencyItemId: item.id,
      leniencyItemName: item.behaviour,
      outcome: item.outcome,
      decidedOn: dayIn(r, yearStart, today),
      bodyId: body.id,
      bodyName: body.name,
      documentNumber: `${body.name.slice(1, 3)}不罚〔${year}〕${k + 1}号`,
      createdBy: by,
    };
    row.searchText = searchTextOf(decisionRegister, row as Row);
    decisionRows.push(row);
  }
  await tx.insert(enforcementLeniencyDecisions).values(decisionRows as (typeof enforcementLeniencyDecisions.$inferInsert)[]);

  const caseCounts = { ...(await seedCases(ctx)), ...(await seedReviews(ctx)) };
  return {
    ...caseCounts,
    执法主体: bodies.length,
    执法人员: officers.length,
    执法证件: certs.length,
    证件申领: applications,
    年审记录: reviewRows.length,
    培训记录: trainingRows.length,
    执法事项: items.length,
    裁量基准: standardRows.length,
    不罚轻罚清单: list.length,
    不罚轻罚决定: decisionRows.length,
  };
}

function eqId(id: string) {
  return eq(enforcementItems.id, id);
}
