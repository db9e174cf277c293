import { addCalendarDays, isWorkday } from '@fazhi/core';
import { taskOverdue } from '@fazhi/core/inspection';
import { eq } from 'drizzle-orm';
import { attachments } from '../../platform/files/tables.js';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { demoItemRegister, demoTaskRegister, honourRegister, itemRegister, roundRegister, schemeRegister, scoreRegister, subjectRegister, taskRegister } from './registers.js';
import { assessedUnits, writeComputedScores } from './service.js';
import { inspectionDemoItems, inspectionDemoTasks, inspectionHonours, inspectionItems, inspectionRounds, inspectionSchemes, inspectionScores, inspectionSubjects, inspectionTasks } from './tables.js';

type Register = Parameters<typeof searchTextOf>[0];
const withSearch = <T extends Record<string, unknown>>(register: Register, row: T): T & { searchText: string } => ({ ...row, searchText: searchTextOf(register, row as unknown as Row) });
const lastWorkdayOnOrBefore = (d: string) => {
  let x = d;
  while (!isWorkday(x)) x = addCalendarDays(x, -1);
  return x;
};
const maxDate = (a: string, b: string) => (a > b ? a : b);
const firstWorkdayOnOrAfter = (d: string) => {
  let x = d;
  while (!isWorkday(x)) x = addCalendarDays(x, 1);
  return x;
};

const taskTitles = [
  '落实党政主要负责人履行推进法治建设第一责任人职责清单',
  '完善重大行政决策程序制度',
  '开展规范性文件清理',
  '推进行政执法“三项制度”落实',
  '组织领导干部年度述法',
  '开展法治政府建设年度报告公开',
  '推进街道合法性审查全覆盖',
  '健全矛盾纠纷多元化解机制',
  '落实“谁执法谁普法”普法责任制',
  '推进法治政府建设示范创建',
] as const;

/** 法治政府建设示范指标体系's shape: first-level items and their second-level items, bound to platform indicators where one fits. */
const demoSystem = [
  ['1', '政府职能依法全面履行', [['1.1', '证明事项清单管理和告知承诺制落实', 'certification.itemsWithCommitment']]],
  [
    '2',
    '依法行政制度体系完善',
    [
      ['2.1', '规范性文件备案审查及时规范', 'normativeDocs.filingTimelyRate'],
      ['2.2', '规范性文件定期清理', 'normativeDocs.cleanedUp'],
    ],
  ],
  [
    '3',
    '重大行政决策科学民主合法',
    [
      ['3.1', '重大行政决策合法性审核', 'legalReview.onTimeRate'],
      ['3.2', '街道合法性审查全覆盖', 'decisions.subdistrictReviewCoverage'],
    ],
  ],
  [
    '4',
    '行政执法严格规范公正文明',
    [
      ['4.1', '行政执法人员培训达标', 'enforcement.trainingComplianceRate'],
      ['4.2', '行政裁量权基准覆盖', 'enforcement.standardCoverage'],
    ],
  ],
  [
    '5',
    '社会矛盾纠纷依法有效化解',
    [
      ['5.1', '人民调解成功率', 'mediation.successRate'],
      ['5.2', '行政应诉负责人出庭', 'litigation.leaderAppearanceRate'],
    ],
  ],
  [
    '6',
    '法治政府建设组织领导落实到位',
    [
      ['6.1', '法治督察覆盖部门、街道', 'inspection.coverage'],
      ['6.2', '法治建设考核结果运用', null],
    ],
  ],
] as const;

/**
 * One demo year: 工作要点 tasks for every department and 街道 (two overdue), one 督察 round that leaves two
 * departments out (coverage shows a gap) with 整改 at every step, a 考核 scheme computed from the records and
 * published with one appeal, the 示范 system with tasks, and the honours the report names.
 */
export async function seedInspection(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today, users, files } = ctx;
  const by = users.get('fzb') ?? null;
  const stamp = { createdBy: by, updatedBy: by };
  const units = await assessedUnits(tx, org.districtId);
  const justice = org.departments.get('区司法局（区委依法治区办）') ?? org.districtId;
  const evidence = files.put(Buffer.from(`示范高新区${year}年法治督察与考核佐证材料（演示）`, 'utf8'));
  const attach = (entityType: string, entityId: string, orgUnitId: string, filename: string) => ({
    entityType,
    entityId,
    orgUnitId,
    sha256: evidence,
    filename,
    mimeType: 'application/pdf',
    size: 64,
    createdBy: by,
  });
  const files_: ReturnType<typeof attach>[] = [];

  // 工作要点: every unit owns one or two tasks, due through the year.
  const taskRows = units.flatMap((u, i) =>
    Array.from({ length: 1 + (i % 2) }, (_, k) => {
      const title = taskTitles[(i + k * 5) % taskTitles.length]!;
      const dueOn = `${year}-${String(((i * 3 + k * 5) % 11) + 1).padStart(2, '0')}-${String(r.int(10, 28)).padStart(2, '0')}`;
      const stalled = (i === 2 && k === 0) || (i === 7 && k === 0);
      const state = dueOn < today && !stalled ? 'done' : dueOn < today ? 'inProgress' : r.pick(['planned', 'inProgress'] as const);
      const reportedOn = state === 'planned' ? null : addCalendarDays(dueOn < today ? dueOn : today, -r.int(3, 20));
      return withSearch(taskRegister, {
        ...stamp,
        orgUnitId: u.id,
        year,
        title,
        dueOn,
        state,
        overdue: taskOverdue(state, dueOn, today),
        progress: reportedOn ? `已按要求推进，${state === 'done' ? '任务完成' : '正在落实'}` : null,
        progressReportedOn: reportedOn,
        completedOn: state === 'done' ? addCalendarDays(dueOn, -r.int(0, 5)) : null,
      });
    }),
  );
  await tx.insert(inspectionTasks).values(taskRows);

  // 督察: one round over the months before today; two departments not reached this year.
  const endOn = lastWorkdayOnOrBefore(addCalendarDays(today, -7));
  const startOn = maxDate(`${year}-01-05`, addCalendarDays(endOn, -75));
  const [round] = await tx
    .insert(inspectionRounds)
    .values(
      withSearch(roundRegister, {
        ...stamp,
        orgUnitId: justice,
        year,
        title: `${year}年度法治建设督察`,
        startOn,
        endOn,
        focus: '党政主要负责人履行推进法治建设第一责任人职责情况；依法治区工作要点落实；行政执法规范化',
      }),
    )
    .returning({ id: inspectionRounds.id, title: inspectionRounds.title });
  const inspected = units.filter((_, i) => i !== 4 && i !== 9);
  const span = Math.max(1, Math.round((Date.parse(endOn) - Date.parse(startOn)) / 86_400_000) - 30);
  const subjects = inspected.map((u, i) => {
    const inspectedOn = firstWorkdayOnOrAfter(addCalendarDays(startOn, r.int(0, span)));
    const kind = i % 5; // 0,1 accepted; 2 reported; 3 rectifying; 4 clean
    const noticedOn = kind < 4 ? addCalendarDays(inspectedOn, 5) : null;
    const rectifyDueOn = noticedOn ? addCalendarDays(noticedOn, 30) : null;
    const reportedOn = kind < 3 && noticedOn ? addCalendarDays(noticedOn, r.int(10, 20)) : null;
    const acceptedOn = kind < 2 && reportedOn ? addCalendarDays(reportedOn, 3) : kind === 4 ? addCalendarDays(inspectedOn, 3) : null;
    const state = kind < 2 ? 'accepted' : kind === 2 ? 'reported' : kind === 3 ? 'rectifying' : 'clean';
    return withSearch(subjectRegister, {
      ...stamp,
      orgUnitId: u.id,
      roundId: round!.id,
      roundTitle: round!.title,
      inspectedOn,
      firstDutyInspected: i % 4 !== 3,
      findings: kind < 4 ? r.pick(['第一责任人述法报告内容不够具体', '规范性文件未按期报备', '行政执法案卷说理不充分', '法治学习记录不完整']) : null,
      state,
      noticeNumber: noticedOn ? `高新督改〔${year}〕${i + 1}号` : null,
      noticedOn,
      rectifyDueOn,
      requirements: noticedOn ? '针对督察发现的问题制定整改方案，限期整改并报送整改报告' : null,
      reportedOn,
      rectification: reportedOn ? '已制定整改方案并逐项落实，相关制度已修订' : null,
      acceptedOn,
      acceptanceNote: kind < 2 ? '整改到位，验收通过' : null,
      overdue: state === 'rectifying' && rectifyDueOn !== null && rectifyDueOn < today,
    });
  });
  const subjectIds = await tx.insert(inspectionSubjects).values(subjects).returning({ id: inspectionSubjects.id, orgUnitId: inspectionSubjects.orgUnitId, state: inspectionSubjects.state });
  for (const s of subjectIds) {
    files_.push(attach('inspection.subject', s.id, s.orgUnitId, '督察记录.pdf'));
    if (s.state === 'accepted' || s.state === 'reported') files_.push(attach('inspection.subject', s.id, s.orgUnitId, '整改报告.pdf'));
  }

  // 考核: two items computed from the records, two scored by hand with evidence; published a few days ago.
  const [scheme] = await tx
    .insert(inspectionSchemes)
    .values(withSearch(schemeRegister, { ...stamp, orgUnitId: org.districtId, year, title: `${year}年度法治建设考核方案`, appealDays: 5 }))
    .returning({ id: inspectionSchemes.id, title: inspectionSchemes.title });
  const itemDefs = [
    {
      code: 'A01',
      name: '依法治区工作要点任务完成',
      weight: 30,
      method: 'indicator',
      indicatorId: 'inspection.taskCompletionRate',
      rule: 'proportional',
      target: 100,
      criteria: '按工作要点任务完成率计分',
    },
    { code: 'A02', name: '普法活动开展', weight: 20, method: 'indicator', indicatorId: 'publicity.events', rule: 'threshold', target: 2, criteria: '全年开展普法活动2场以上得满分' },
    { code: 'B01', name: '第一责任人履职', weight: 30, method: 'manual', indicatorId: null, rule: null, target: null, criteria: '对照第一责任人职责清单和督察结果评分' },
    { code: 'B02', name: '法治政府建设示范创建', weight: 20, method: 'manual', indicatorId: null, rule: null, target: null, criteria: '对照示范创建任务分解落实情况评分' },
  ];
  const items = await tx
    .insert(inspectionItems)
    .values(itemDefs.map((d) => withSearch(itemRegister, { ...stamp, ...d, orgUnitId: org.districtId, schemeId: scheme!.id, schemeTitle: scheme!.title })))
    .returning();
  const computed = await writeComputedScores(tx, by, { id: scheme!.id, year, orgUnitId: org.districtId });
  const have = new Set((await tx.select({ itemId: inspectionScores.itemId, orgUnitId: inspectionScores.orgUnitId }).from(inspectionScores)).map((s) => `${s.itemId}:${s.orgUnitId}`));
  const manual = items.flatMap((item) =>
    units
      .filter((u) => !have.has(`${item.id}:${u.id}`))
      .map((u) =>
        withSearch(scoreRegister, {
          ...stamp,
          orgUnitId: u.id,
          schemeId: scheme!.id,
          itemId: item.id,
          year,
          itemCode: item.code,
          itemName: item.name,
          score: Math.round(item.weight * (0.7 + r.int(0, 30) / 100) * 10) / 10,
          basis: item.method === 'manual' ? '依据督察记录、述法报告和示范创建台账评分' : '指标无数据，依据台账人工评分',
          computed: false,
        }),
      ),
  );
  const manualIds = await tx.insert(inspectionScores).values(manual).returning({ id: inspectionScores.id, orgUnitId: inspectionScores.orgUnitId });
  for (const s of manualIds) files_.push(attach('inspection.score', s.id, s.orgUnitId, '评分佐证.pdf'));
  const publishedOn = lastWorkdayOnOrBefore(addCalendarDays(today, -2));
  await tx.update(inspectionSchemes).set({ publishedOn }).where(eq(inspectionSchemes.id, scheme!.id));
  await tx.update(inspectionScores).set({ published: true }).where(eq(inspectionScores.schemeId, scheme!.id));
  const [appealed] = manualIds;
  if (appealed) {
    await tx.update(inspectionScores).set({ state: 'appealed', appealedOn: publishedOn, appealReason: '已按要求报送述法报告，请求复核' }).where(eq(inspectionScores.id, appealed.id));
  }

  // 示范创建: the district's system (its figures are the district's) and two tasks per second-level item.
  const demoItems = demoSystem.flatMap(([code, title, children]) => [
    withSearch(demoItemRegister, { ...stamp, orgUnitId: org.districtId, year, level: 'first', code, title, parentCode: null, indicatorId: null }),
    ...children.map(([c, t, indicatorId]) => withSearch(demoItemRegister, { ...stamp, orgUnitId: org.districtId, year, level: 'second', code: c, title: t, parentCode: code, indicatorId })),
  ]);
  const demoRows = await tx
    .insert(inspectionDemoItems)
    .values(demoItems)
    .returning({ id: inspectionDemoItems.id, code: inspectionDemoItems.code, level: inspectionDemoItems.level, title: inspectionDemoItems.title });
  const demoTasks = demoRows
    .filter((d) => d.level === 'second')
    .flatMap((d, i) =>
      [units[i % units.length]!, units[(i + 5) % units.length]!].map((u, k) => {
        const dueOn = `${year}-${String(((i + k * 4) % 11) + 1).padStart(2, '0')}-25`;
        const done = dueOn < today && (i + k) % 4 !== 0;
        return withSearch(demoTaskRegister, {
          ...stamp,
          orgUnitId: u.id,
          demoItemId: d.id,
          itemCode: d.code,
          title: `落实“${d.title}”创建要求`,
          dueOn,
          state: done ? 'done' : dueOn < today ? 'inProgress' : 'planned',
          selfAssessment: done ? r.pick(['met', 'met', 'partly'] as const) : 'notAssessed',
          selfAssessmentNote: done ? '对照指标要求逐项自查，台账齐全' : null,
          supervision: !done && dueOn < today ? 'urged' : 'onTrack',
          completedOn: done ? dueOn : null,
        });
      }),
    );
  await tx.insert(inspectionDemoTasks).values(demoTasks);

  // Honours the report's “获评” sentences name.
  const subdistricts = [...org.subdistricts.values()];
  const honours = [
    { kind: 'topTenEvent', level: 'municipal', title: '《强化少审工作 护航青少年成长》入选全市法治为民十大事件', awardedBy: '市委全面依法治市委员会办公室', orgUnitId: justice },
    { kind: 'typicalSubdistrict', level: 'municipal', title: '市级法治建设典型街道', awardedBy: '市委全面依法治市委员会办公室', orgUnitId: subdistricts[r.int(0, subdistricts.length - 1)]! },
    { kind: 'topTenCaseFile', level: 'municipal', title: '全市行政执法十佳案卷', awardedBy: '市司法局', orgUnitId: org.departments.get('区市场监督管理局') ?? justice },
    { kind: 'typicalCase', level: 'provincial', title: '全省法治政府建设典型案例', awardedBy: '省委全面依法治省委员会办公室', orgUnitId: justice },
  ].map((h) => withSearch(honourRegister, { ...stamp, ...h, year, writeUp: `${h.title}（演示数据）` }));
  await tx.insert(inspectionHonours).values(honours);
  if (files_.length) await tx.insert(attachments).values(files_);

  return {
    inspectionTasks: taskRows.length,
    inspectionSubjects: subjects.length,
    inspectionScores: computed.computed + manual.length,
    inspectionDemoTasks: demoTasks.length,
    inspectionHonours: honours.length,
  };
}
