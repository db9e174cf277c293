import { eq } from 'drizzle-orm';
import type { Db } from '../../apps/server/src/platform/db/client.js';
import { insertOrgUnit } from '../../apps/server/src/platform/org/service.js';
import { orgUnits } from '../../apps/server/src/platform/org/tables.js';
import { seedOrgTree, seedUsers, type DemoOrg } from '../../apps/server/src/seed/demo-district.js';

/** The demo district plus the extra 街道 that larger scales spread their records over. */
export type BenchOrg = DemoOrg & {
  districtPath: string;
  /** The demo's four 街道 followed by the extra ones. */
  allSubdistricts: string[];
  users: Map<string, string>;
};

const subdistrictWords = '光明和平胜利解放建设人民文化新华向阳红旗东风前进幸福团结友谊长安兴隆繁荣振兴朝阳育才春晖金山银河翠屏青云白云秀水锦绣凤凰龙泉';

/**
 * Scale N spreads N district-years over up to five years, i.e. about N/years districts' worth of records a year.
 * Rather than more districts (the `fzb` account sees one), the one district grows four 街道 per extra
 * district-year, each with a 司法所, a 调解委员会 and five 村(社区), so records land on many units.
 */
export function extraSubdistrictCount(scale: number, years: number): number {
  return Math.max(0, Math.ceil(scale / years) - 1) * 4;
}

export async function seedPlatform(tx: Db, scale: number, years: number): Promise<BenchOrg> {
  const org = await seedOrgTree(tx);
  const users = await seedUsers(tx, org);
  const words = [...subdistrictWords].reduce<string[]>((acc, ch, i, all) => (i % 2 === 0 ? [...acc, ch + (all[i + 1] ?? '')] : acc), []);
  const allSubdistricts = [...org.subdistricts.values()];
  const extra = extraSubdistrictCount(scale, years);
  for (let i = 0; i < extra; i++) {
    const word = words[i % words.length]!;
    const round = Math.floor(i / words.length);
    const name = `${word}${round ? round + 1 : ''}街道`;
    const s = await insertOrgUnit(tx, { parentId: org.districtId, name, kind: 'subdistrict', sortOrder: 100 + i });
    org.subdistricts.set(name, s.id);
    allSubdistricts.push(s.id);
    const short = name.replace('街道', '');
    await insertOrgUnit(tx, { parentId: s.id, name: `${short}司法所`, kind: 'judicialOffice', sortOrder: 0 });
    await insertOrgUnit(tx, { parentId: s.id, name: `${short}街道人民调解委员会`, kind: 'mediationCommittee', sortOrder: 1 });
    for (let k = 0; k < 5; k++) {
      const c = await insertOrgUnit(tx, { parentId: s.id, name: `${short}第${k + 1}社区`, kind: 'community', sortOrder: 10 + k });
      org.communities.push(c.id);
    }
  }
  const [district] = await tx.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, org.districtId));
  return { ...org, districtPath: district!.path, allSubdistricts, users };
}
