import type { RoleCode } from '@fazhi/core';
import type { Db } from '../platform/db/client.js';
import { hashPassword } from '../platform/auth/password.js';
import { roleGrants, users } from '../platform/auth/tables.js';
import { insertOrgUnit } from '../platform/org/service.js';

export const demoPassword = 'Fazhi@2026demo';

export const departmentNames = [
  '区党政办公室',
  '区司法局（区委依法治区办）',
  '区经济发展局',
  '区财政局',
  '区自然资源和规划局',
  '区住房和城乡建设局',
  '区生态环境分局',
  '区市场监督管理局',
  '区人力资源和社会保障局',
  '区综合行政执法局',
  '区公安分局',
] as const;

export const parkNames = ['示范高新区智能制造产业园', '示范高新区生物医药产业园'] as const;
export const subdistrictNames = ['东湖街道', '西岭街道', '南苑街道', '北辰街道'] as const;

const villageWords =
  '柳园杏林荷塘槐树枣庄李营王庄张楼刘屯孙家赵村陈集周寨吴桥郑岗马店朱庙胡营郭庄何湾高庄林场罗岭梁山宋楼唐庄韩屯冯集邓营曹庄彭楼曾家肖庄田庄董村袁楼潘庄于屯蒋庄蔡营余庄杜楼叶庄程庄苏庄魏庄吕楼丁庄任庄沈楼姚庄卢庄姜屯崔楼钟庄谭庄陆庄汪庄范庄金庄石庄廖庄贾庄夏庄韦庄付庄方庄白庄邹庄孟庄熊庄秦庄邱庄江庄尹庄薛庄闫庄段庄雷庄侯庄龙庄史庄陶庄黎庄贺庄顾庄毛庄郝庄龚庄邵庄万庄钱庄严庄';

export type DemoOrg = {
  districtId: string;
  departments: Map<string, string>;
  subdistricts: Map<string, string>;
  communities: string[];
  /** 园区 (industrial parks), served by their own legal adviser (“一园区一法律顾问”). */
  parks: string[];
};

/**
 * Sorts a 街道's units in the demo's own order: their 街道 as created, then their place in it. Ordering by `path`
 * would follow the random ids, so each install's seeded draws, and the demo's figures, would come out different.
 */
export function byDemoOrder(org: DemoOrg) {
  const streets = [...org.subdistricts.values()];
  type Unit = { parentId: string | null; sortOrder: number; name: string };
  return (a: Unit, b: Unit) => streets.indexOf(a.parentId ?? '') - streets.indexOf(b.parentId ?? '') || a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);
}

/** 示范高新区: ~11 departments, 4 街道 each with a 司法所, a 调解委员会 and 25 村(社区). */
export async function seedOrgTree(db: Db): Promise<DemoOrg> {
  const district = await insertOrgUnit(db, { parentId: null, name: '示范高新区', kind: 'district', code: '370899' });
  const departments = new Map<string, string>();
  let order = 0;
  for (const name of departmentNames) {
    const u = await insertOrgUnit(db, { parentId: district.id, name, kind: 'department', sortOrder: order++ });
    departments.set(name, u.id);
  }
  const subdistricts = new Map<string, string>();
  const communities: string[] = [];
  const words = [...villageWords].reduce<string[]>((acc, ch, i, all) => (i % 2 === 0 ? [...acc, ch + (all[i + 1] ?? '')] : acc), []);
  let w = 0;
  for (const name of subdistrictNames) {
    const s = await insertOrgUnit(db, { parentId: district.id, name, kind: 'subdistrict', sortOrder: order++ });
    subdistricts.set(name, s.id);
    const short = name.replace('街道', '');
    await insertOrgUnit(db, { parentId: s.id, name: `${short}司法所`, kind: 'judicialOffice', sortOrder: 0 });
    await insertOrgUnit(db, { parentId: s.id, name: `${short}街道人民调解委员会`, kind: 'mediationCommittee', sortOrder: 1 });
    for (let i = 0; i < 25; i++) {
      const word = words[w++ % words.length]!;
      const c = await insertOrgUnit(db, { parentId: s.id, name: i % 3 === 0 ? `${word}社区` : `${word}村`, kind: 'community', sortOrder: 10 + i });
      communities.push(c.id);
    }
  }
  const parks: string[] = [];
  for (const name of parkNames) parks.push((await insertOrgUnit(db, { parentId: district.id, name, kind: 'park', sortOrder: order++ })).id);
  return { districtId: district.id, departments, subdistricts, communities, parks };
}

type DemoUser = { username: string; displayName: string; unit: string; roles: RoleCode[] };

/** One account per role; all share the documented demo password and need no first-login change. */
export function demoUsers(org: DemoOrg): (DemoUser & { orgUnitId: string })[] {
  const dept = (n: (typeof departmentNames)[number]) => org.departments.get(n)!;
  const sub = (n: (typeof subdistrictNames)[number]) => org.subdistricts.get(n)!;
  return [
    { username: 'admin', displayName: '系统管理员', unit: 'district', roles: ['admin'], orgUnitId: org.districtId },
    { username: 'fzb', displayName: '周法治（法治办）', unit: 'district', roles: ['coordinator'], orgUnitId: org.districtId },
    { username: 'leader', displayName: '孙区长', unit: 'district', roles: ['leader'], orgUnitId: org.districtId },
    { username: 'inspector', displayName: '钱督察', unit: 'district', roles: ['inspector'], orgUnitId: org.districtId },
    { username: 'zrzy', displayName: '李自然（自然资源局法制科）', unit: 'd', roles: ['legalStaff'], orgUnitId: dept('区自然资源和规划局') },
    { username: 'zjj', displayName: '王住建（住建局法制科）', unit: 'd', roles: ['legalStaff'], orgUnitId: dept('区住房和城乡建设局') },
    { username: 'scjg', displayName: '赵市监（市场监管局法制科）', unit: 'd', roles: ['legalStaff'], orgUnitId: dept('区市场监督管理局') },
    { username: 'donghu', displayName: '陈东湖（东湖街道）', unit: 's', roles: ['legalStaff', 'judicialOfficeStaff'], orgUnitId: sub('东湖街道') },
    { username: 'xiling', displayName: '刘西岭（西岭街道）', unit: 's', roles: ['legalStaff', 'judicialOfficeStaff'], orgUnitId: sub('西岭街道') },
    { username: 'adviser', displayName: '吴律师（法律顾问）', unit: 'district', roles: ['adviser'], orgUnitId: org.districtId },
    // A village 人民调解员: the first 村(社区) under 东湖街道 (its committee is that village's own).
    { username: 'mediator', displayName: '郑调解（柳园社区调委会）', unit: 'c', roles: ['mediator'], orgUnitId: org.communities[0]! },
    // 社区矫正: the district's 社区矫正机构 (区司法局) sees every 司法所; a 司法所's staff hold the role at its 街道, like donghu.
    { username: 'sqjz', displayName: '郭矫正（区司法局社区矫正科）', unit: 'district', roles: ['correctionStaff'], orgUnitId: org.districtId },
    { username: 'dhjz', displayName: '马东所（东湖司法所社区矫正）', unit: 's', roles: ['correctionStaff'], orgUnitId: sub('东湖街道') },
    { username: 'xljz', displayName: '黄西所（西岭司法所社区矫正）', unit: 's', roles: ['correctionStaff'], orgUnitId: sub('西岭街道') },
    // A person under correction at 东湖司法所 with the phone app (在矫通); the seed links the account to one subject.
    { username: 'jzdx', displayName: '在矫通演示对象', unit: 's', roles: ['correctionSubject'], orgUnitId: sub('东湖街道') },
  ];
}

export async function seedUsers(db: Db, org: DemoOrg) {
  const passwordHash = await hashPassword(demoPassword);
  const ids = new Map<string, string>();
  for (const u of demoUsers(org)) {
    const [row] = await db.insert(users).values({ username: u.username, displayName: u.displayName, orgUnitId: u.orgUnitId, passwordHash, mustChangePassword: false }).returning({ id: users.id });
    ids.set(u.username, row!.id);
    for (const role of u.roles) await db.insert(roleGrants).values({ userId: row!.id, role, orgUnitId: u.orgUnitId });
  }
  return ids;
}
