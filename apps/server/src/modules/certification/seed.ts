import { addCalendarDays, addWorkingDays } from '@fazhi/core';
import { verificationDueOn } from '@fazhi/core/certification';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { itemRegister, statRegister, verificationRegister } from './registers.js';
import { certItems, certServiceStats, certVerifications } from './tables.js';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** 证明事项 by requiring department, with the basis that sets them. */
const itemsByDepartment: Record<string, readonly (readonly [string, string])[]> = {
  区公安分局: [
    ['无犯罪记录证明', '《公安机关办理犯罪记录查询工作规定》'],
    ['户籍证明', '《中华人民共和国户口登记条例》'],
    ['亲属关系证明', '《中华人民共和国户口登记条例》'],
    ['居住证明', '《居住证暂行条例》第九条'],
    ['身份证遗失证明', '《中华人民共和国居民身份证法》'],
    ['出生时间证明', '《中华人民共和国户口登记条例》第七条'],
  ],
  区人力资源和社会保障局: [
    ['社会保险缴费证明', '《中华人民共和国社会保险法》'],
    ['就业失业登记证明', '《就业服务与就业管理规定》'],
    ['劳动关系证明', '《中华人民共和国劳动合同法》'],
    ['职业资格证明', '《国家职业资格目录》'],
    ['工伤认定证明', '《工伤保险条例》第十八条'],
    ['退休证明', '《国务院关于工人退休、退职的暂行办法》'],
    ['养老保险待遇领取资格证明', '《中华人民共和国社会保险法》'],
  ],
  区市场监督管理局: [
    ['营业执照遗失证明', '《中华人民共和国市场主体登记管理条例》'],
    ['食品经营场所证明', '《食品经营许可和备案管理办法》'],
    ['住所（经营场所）使用证明', '《中华人民共和国市场主体登记管理条例》第十七条'],
    ['企业名称预先核准证明', '《企业名称登记管理规定》'],
    ['特种设备使用证明', '《中华人民共和国特种设备安全法》'],
    ['计量器具检定证明', '《中华人民共和国计量法》'],
    ['个体工商户经营者身份证明', '《促进个体工商户发展条例》'],
  ],
  区住房和城乡建设局: [
    ['房屋权属证明', '《不动产登记暂行条例》'],
    ['无房证明', '《公共租赁住房管理办法》'],
    ['施工许可资金到位证明', '《建筑工程施工许可管理办法》第四条'],
    ['建筑业企业资质证明', '《建筑业企业资质管理规定》'],
    ['物业服务合同备案证明', '《物业管理条例》'],
    ['住房困难证明', '《公共租赁住房管理办法》第七条'],
  ],
  区自然资源和规划局: [
    ['土地权属证明', '《中华人民共和国土地管理法》'],
    ['宅基地使用证明', '《中华人民共和国土地管理法》第六十二条'],
    ['规划条件证明', '《中华人民共和国城乡规划法》'],
    ['不动产登记证明', '《不动产登记暂行条例》'],
    ['测绘成果证明', '《中华人民共和国测绘法》'],
  ],
  区财政局: [
    ['政府采购供应商无重大违法记录证明', '《中华人民共和国政府采购法》第二十二条'],
    ['会计从业经历证明', '《会计专业技术人员继续教育规定》'],
    ['财政补贴资金拨付证明', '《财政违法行为处罚处分条例》'],
  ],
  区生态环境分局: [
    ['排污许可证明', '《排污许可管理条例》'],
    ['环境影响评价批复证明', '《中华人民共和国环境影响评价法》'],
    ['危险废物经营证明', '《危险废物经营许可证管理办法》'],
    ['建设项目竣工环保验收证明', '《建设项目环境保护管理条例》第十七条'],
  ],
  区经济发展局: [
    ['企业投资项目备案证明', '《企业投资项目核准和备案管理条例》'],
    ['高新技术企业认定证明', '《高新技术企业认定管理办法》'],
    ['节能审查证明', '《固定资产投资项目节能审查办法》'],
    ['中小企业划型证明', '《中小企业划型标准规定》'],
  ],
  区综合行政执法局: [
    ['城市道路占用许可证明', '《城市道路管理条例》第三十一条'],
    ['户外广告设置证明', '《城市市容和环境卫生管理条例》'],
    ['建筑垃圾处置证明', '《城市建筑垃圾管理规定》'],
  ],
  区党政办公室: [
    ['政务服务事项办理证明', '《优化营商环境条例》'],
    ['信息公开答复证明', '《中华人民共和国政府信息公开条例》'],
  ],
};
/** Items the 街道 ask for on behalf of residents. */
const subdistrictItems = [
  ['困难群众认定证明', '《社会救助暂行办法》'],
  ['低保家庭证明', '《社会救助暂行办法》第十一条'],
  ['独生子女证明', '《山东省人口与计划生育条例》'],
] as const;

const commitmentBasis = '《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）';

/** 政务服务 units with their share of the district's figures at year end. */
const statUnits: readonly (readonly [string, number, number, number])[] = [
  // [unit, 电子证照应用事项 at year end, 跨省通办事项 at year end, share of the year's 跨省通办办件量]
  ['区公安分局', 168, 42, 0.24],
  ['区人力资源和社会保障局', 152, 46, 0.22],
  ['区市场监督管理局', 176, 38, 0.2],
  ['区住房和城乡建设局', 96, 22, 0.08],
  ['区自然资源和规划局', 88, 20, 0.07],
  ['区党政办公室', 118, 48, 0.19],
];

export async function seedCertification(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, org, year, today } = ctx;
  const itemRows: Insert<typeof certItems>[] = [];
  const add = (orgUnitId: string, name: string, basis: string) => {
    const n = itemRows.length + 1;
    const cancelled = r.chance(0.15);
    const commitment = !cancelled && r.chance(0.35);
    const handling = cancelled
      ? 'cancelled'
      : commitment
        ? 'commitment'
        : r.weighted([
            ['kept', 6],
            ['interDepartment', 2],
            ['online', 2],
          ] as const);
    const effectiveOn = `${year - r.int(1, 4)}-0${r.int(1, 9)}-01`;
    const adjusted = cancelled || r.chance(0.2);
    const adjustedOn = adjusted ? addCalendarDays(`${year}-01-01`, r.int(10, 300)) : null;
    const row: Insert<typeof certItems> = {
      orgUnitId,
      code: `ZM-${String(n).padStart(3, '0')}`,
      name,
      legalBasis: basis,
      settingBasis: commitment ? commitmentBasis : basis,
      handling,
      commitmentApplies: commitment,
      effectiveOn,
      lastAdjustment: adjusted ? (cancelled ? 'cancelled' : 'changed') : null,
      adjustedOn: adjustedOn && adjustedOn < today ? adjustedOn : null,
      adjustmentDocument: adjusted ? `示高政办发〔${year}〕${r.int(1, 60)}号` : null,
    };
    if (row.lastAdjustment && !row.adjustedOn) row.adjustedOn = `${year}-01-15`;
    row.searchText = searchTextOf(itemRegister, row as Row);
    itemRows.push(row);
  };
  for (const [dept, items] of Object.entries(itemsByDepartment)) for (const [name, basis] of items) add(org.departments.get(dept)!, name, basis);
  for (const id of org.subdistricts.values()) for (const [name, basis] of subdistrictItems) add(id, name, basis);
  const items = await tx.insert(certItems).values(itemRows).returning({ id: certItems.id, name: certItems.name, orgUnitId: certItems.orgUnitId, handling: certItems.handling });

  // 协助核查: a requesting unit asks the unit that holds the fact (the item's owner) instead of the applicant.
  const live = items.filter((i) => i.handling !== 'cancelled');
  const requesters = [...org.departments.values(), ...org.subdistricts.values()];
  const verificationRows: Insert<typeof certVerifications>[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < 80; k++) {
    const item = r.pick(live);
    const orgUnitId = r.pick(requesters.filter((u) => u !== item.orgUnitId));
    const requestedOn = addWorkingDays(`${year}-01-02`, Math.floor((k * 225) / 80) + r.int(0, 2));
    if (requestedOn > today) continue;
    const dueOn = verificationDueOn(requestedOn);
    const roll = r.next();
    const open = dueOn >= today || roll < 0.05; // a few left unanswered past due
    const answeredOn = open ? null : addWorkingDays(requestedOn, roll < 0.12 ? r.int(6, 9) : r.int(1, 5));
    const returned = !open && roll > 0.93;
    const row: Insert<typeof certVerifications> = {
      orgUnitId,
      respondingUnitId: item.orgUnitId,
      itemId: item.id,
      itemName: item.name,
      matter: `核查申请人${item.name.replace(/证明$/, '')}情况`,
      requestedOn,
      dueOn,
      state: open ? 'requested' : returned ? 'returned' : 'answered',
      result:
        open || returned
          ? null
          : r.weighted([
              ['true', 17],
              ['false', 2],
              ['unable', 1],
            ] as const),
      answeredOn: answeredOn && answeredOn > today ? today : answeredOn,
      returnReason: returned ? '核查事项表述不清，请补充申请人身份信息后重新发起' : null,
      overdue: open ? dueOn < today : (answeredOn ?? '') > dueOn,
    };
    row.searchText = searchTextOf(verificationRegister, row as Row);
    // One request per unit, day and matter (the register's natural key), so an export imports back onto itself.
    const key = `${row.orgUnitId}|${row.requestedOn}|${row.matter}`;
    if (seen.has(key)) continue;
    seen.add(key);
    verificationRows.push(row);
  }
  await tx.insert(certVerifications).values(verificationRows);

  // 政务服务 monthly figures: item counts grow to the year-end stock; cases follow the unit's share of ~75,000.
  const statRows: Insert<typeof certServiceStats>[] = [];
  const lastMonth = Number(today.slice(5, 7));
  for (const [unit, eLicense, crossItems, share] of statUnits) {
    const orgUnitId = org.departments.get(unit)!;
    for (let m = 1; m <= Math.min(12, lastMonth); m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      const grow = (end: number) => Math.round(end * (0.8 + (0.2 * m) / 12));
      const row: Insert<typeof certServiceStats> = {
        orgUnitId,
        month,
        monthOn: `${month}-01`,
        eLicenseServices: grow(eLicense),
        crossProvinceItems: grow(crossItems),
        crossProvinceCases: Math.round((75_000 * share) / 12) + r.int(-150, 150),
      };
      row.searchText = searchTextOf(statRegister, row as Row);
      statRows.push(row);
    }
  }
  await tx.insert(certServiceStats).values(statRows);
  return { certItems: itemRows.length, certVerifications: verificationRows.length, certServiceStats: statRows.length };
}
