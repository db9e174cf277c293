import { addCalendarDays, isWorkday, maskIdNumber, maskPhone } from '@fazhi/core';
import { eventKinds, taskOverdue } from '@fazhi/core/publicity';
import { orgUnits } from '../../platform/org/tables.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { Row } from '../../platform/register/define.js';
import type { SeedContext } from '../../seed/context.js';
import { idNumber, personName } from '../../seed/people.js';
import type { Random } from '../../seed/random.js';
import { dutyRegister, eventRegister, liaisonRegister, ratingRegister, siteRegister, taskRegister, trainingRegister } from './registers.js';
import { publicityDuties, publicityEvents, publicityLiaisons, publicityRatings, publicitySites, publicityTasks, publicityTrainings } from './tables.js';

type Register = Parameters<typeof searchTextOf>[0];
const withSearch = (register: Register, row: Record<string, unknown>): Record<string, unknown> => ({ ...row, searchText: searchTextOf(register, row as Row) });
const phone = (r: Random) => `1${r.pick(['35', '37', '39', '58', '86', '88'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;

/** A working day from `from` to `to` (events and sessions are held on working days). */
function workdayBetween(r: Random, from: string, to: string): string {
  const days = Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  let d = addCalendarDays(from, r.int(0, days));
  while (!isWorkday(d) && d > from) d = addCalendarDays(d, -1);
  return d;
}

const taskTitles = [
  '制定“八五”普法规划实施方案',
  '编制年度普法责任清单',
  '落实国家工作人员学法用法制度',
  '开展宪法学习宣传教育',
  '推动民法典走到群众身边',
  '建设村(社区)法治文化阵地',
  '培育“法律明白人”队伍',
  '开展法治示范村(社区)创建',
  '推进守法普法示范镇街创建',
  '开展青少年法治教育',
  '开展“法律进企业”服务',
  '建设网络普法平台',
  '开展以案释法活动',
  '组织领导干部旁听庭审',
  '开展全民国家安全教育日宣传',
  '落实媒体公益普法责任',
  '开展普法志愿服务',
  '完成“八五”普法中期评估',
  '推进法治文化精品创作',
  '开展普法依法治理总结验收',
] as const;

const dutyItems = [
  ['本部门主管法律法规', '管理和服务对象', '发放宣传资料、现场解答', '全年'],
  ['行政执法中以案释法', '行政相对人', '执法过程中释法说理', '执法时'],
  ['宪法、民法典', '本单位工作人员', '集中学习', '每季度'],
] as const;

const placeOf = (kind: string, unit: string) => (kind.startsWith('into') ? `${unit}` : `${unit}文化广场`);

/** One demo year: 20 plan tasks, 责任清单 for every department, ~150 events, ~100 阵地, ~320 明白人, ratings, ~5,000 人次 of training. */
export async function seedPublicity(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today, cipher } = ctx;
  const coordinator = ctx.users.get('fzb') ?? null;
  const departments = [...org.departments.values()];
  const subdistricts = [...org.subdistricts.values()];
  const justice = org.departments.get('区司法局（区委依法治区办）') ?? departments[0]!;
  const names = new Map((await tx.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits)).map((u) => [u.id, u.name]));

  // Plan tasks: most due this year and done; a few still open, two past their deadline (flagged overdue).
  const tasks = taskTitles.map((title, i) => {
    const dueOn = i < 16 ? `${year}-${String((i % 11) + 1).padStart(2, '0')}-28` : `${year + 1}-06-30`;
    const open = i === 3 || i === 9;
    const finishedOn = addCalendarDays(dueOn, -r.int(1, 20));
    // Done only when it was finished on or before today.
    const state = i >= 16 || open || finishedOn > today ? 'inProgress' : 'done';
    const completedOn = state === 'done' ? finishedOn : null;
    return withSearch(taskRegister, {
      orgUnitId: i % 3 === 0 ? justice : r.pick(departments),
      title,
      dueOn,
      state,
      completedOn,
      overdue: taskOverdue(state, dueOn, today),
      midtermConclusion: r.weighted([
        ['excellent', 5],
        ['passed', 4],
      ] as const),
      midtermScore: r.int(80, 98),
      createdBy: coordinator,
    });
  });
  await tx.insert(publicityTasks).values(tasks as (typeof publicityTasks.$inferInsert)[]);

  const duties = departments.flatMap((orgUnitId) =>
    dutyItems.map(([content, audience, form, timing]) => withSearch(dutyRegister, { orgUnitId, year, content, audience, form, timing, completed: r.chance(0.85), completion: null })),
  );
  await tx.insert(publicityDuties).values(duties as (typeof publicityDuties.$inferInsert)[]);

  // Events: the weeks and months on their dates, the 十进 through the year.
  const events: Record<string, unknown>[] = [];
  const dated: Record<string, [string, string]> = {
    constitutionWeek: [`${year}-12-01`, `${year}-12-04`],
    constitutionDay: [`${year}-12-04`, `${year}-12-04`],
    civilCodeMonth: [`${year}-05-01`, `${year}-05-31`],
    securityDay: [`${year}-04-15`, `${year}-04-15`],
  };
  const kinds = eventKinds.items.map((k) => k.code);
  const seen = new Set<string>();
  for (let k = 0; k < 150; k++) {
    const kind = kinds[k % kinds.length]!;
    const [from, to] = dated[kind] ?? [`${year}-01-02`, today];
    const heldOn = (to > today ? today : to) < from ? from : workdayBetween(r, from, to > today ? today : to);
    if (heldOn > today) continue;
    const orgUnitId = k % 2 ? r.pick(org.communities) : r.pick([...subdistricts, ...departments]);
    const label = eventKinds.label(kind);
    // The register's natural key (unit, day, title) names one event: a repeat draw is skipped.
    const key = `${orgUnitId}|${heldOn}|${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push(
      withSearch(eventRegister, {
        orgUnitId,
        kind,
        title: `${label}法治宣传活动（${names.get(orgUnitId) ?? ''}）`,
        heldOn,
        place: placeOf(kind, names.get(orgUnitId) ?? ''),
        participants: r.int(30, 300),
        published: r.chance(0.8),
        summary: null,
        createdBy: coordinator,
      }),
    );
  }
  await tx.insert(publicityEvents).values(events as (typeof publicityEvents.$inferInsert)[]);

  // 阵地: one in each 村(社区) but two, plus one per 街道; two honoured this year.
  const siteKindsCycle = ['corridor', 'square', 'park', 'civilCode'] as const;
  const sites = [...org.communities.slice(0, org.communities.length - 2), ...subdistricts].map((orgUnitId, i) =>
    withSearch(siteRegister, {
      orgUnitId,
      name: `${names.get(orgUnitId) ?? ''}${i >= org.communities.length - 2 ? '民法典主题公园' : '法治文化阵地'}`,
      kind: i >= org.communities.length - 2 ? 'civilCode' : siteKindsCycle[i % 4],
      builtYear: year - r.int(0, 3),
      honour: i === 5 || i === 40 ? '最受群众欢迎的法治文化阵地' : null,
      honourLevel: i === 5 || i === 40 ? 'municipal' : null,
      honourYear: i === 5 || i === 40 ? year : null,
    }),
  );
  await tx.insert(publicitySites).values(sites as (typeof publicitySites.$inferInsert)[]);

  // 318 in post: 3 per 村(社区), one of them the 法治带头人, plus 18 more; a few left the post.
  const liaisons: Record<string, unknown>[] = [];
  for (let k = 0; k < 322; k++) {
    const orgUnitId = org.communities[k % org.communities.length]!;
    const id = idNumber(r);
    const tel = phone(r);
    const mode = r.weighted([
      ['both', 6],
      ['online', 2],
      ['offline', 2],
    ] as const);
    liaisons.push(
      withSearch(liaisonRegister, {
        orgUnitId,
        name: personName(r),
        gender: r.chance(0.55) ? 'male' : 'female',
        idNumberEnc: cipher.encrypt(id),
        idNumberMasked: maskIdNumber(id),
        phoneEnc: cipher.encrypt(tel),
        phoneMasked: maskPhone(tel),
        role: k < org.communities.length ? 'leader' : 'liaison',
        appointedOn: `${year - r.int(0, 2)}-03-01`,
        leftOn: k >= 318 ? addCalendarDays(today, -r.int(10, 60)) : null,
        trainingMode: mode,
        trainingHours: r.pick([4, 6, 8, 12]),
      }),
    );
  }
  await tx.insert(publicityLiaisons).values(liaisons as (typeof publicityLiaisons.$inferInsert)[]);

  // Ratings of this year (3 市级法治示范村, 1 市级守法普法示范镇街) and a few from earlier years at other levels.
  const ratings = [
    ...r.sample(org.communities, 3).map((orgUnitId) => ({ orgUnitId, kind: 'ruleOfLawVillage', level: 'municipal', year, batch: `${year}年度` })),
    { orgUnitId: subdistricts[0]!, kind: 'lawAbidingTown', level: 'municipal', year, batch: `${year}年度` },
    ...r.sample(org.communities, 4).map((orgUnitId) => ({ orgUnitId, kind: 'democracyVillage', level: 'provincial', year: year - 2, batch: '第九批' })),
    ...r.sample(org.communities, 6).map((orgUnitId) => ({ orgUnitId, kind: 'ruleOfLawVillage', level: 'district', year: year - 1, batch: `${year - 1}年度` })),
  ].map((row) => withSearch(ratingRegister, row));
  await tx.insert(publicityRatings).values(ratings as (typeof publicityRatings.$inferInsert)[]);

  // Training sessions: 40 sessions of 100–160 人次 (~5,200 in all).
  const trainings: Record<string, unknown>[] = [];
  const held = new Set<string>();
  for (let k = 0; k < 40; k++) {
    const orgUnitId = k % 4 === 0 ? justice : r.pick([...departments, ...subdistricts]);
    const title = r.pick(['领导干部学法专题讲座', '宪法专题学习', '民法典专题培训', '行政执法人员法律知识培训', '国家安全法专题学习', '网络学法用法平台集中学习']);
    const heldOn = workdayBetween(r, `${year}-01-05`, today);
    if (held.has(`${orgUnitId}|${heldOn}|${title}`)) continue;
    held.add(`${orgUnitId}|${heldOn}|${title}`);
    trainings.push(
      withSearch(trainingRegister, {
        orgUnitId,
        title,
        heldOn,
        mode: r.pick(['online', 'offline', 'both']),
        participants: r.int(100, 160),
        hours: r.pick([2, 3, 4]),
        createdBy: coordinator,
      }),
    );
  }
  await tx.insert(publicityTrainings).values(trainings as (typeof publicityTrainings.$inferInsert)[]);

  return {
    publicityTasks: tasks.length,
    publicityDuties: duties.length,
    publicityEvents: events.length,
    publicitySites: sites.length,
    publicityLiaisons: liaisons.length,
    publicityRatings: ratings.length,
    publicityTrainings: trainings.length,
  };
}
