import { addCalendarDays, maskIdNumber, maskPhone } from '@fazhi/core';
import { activityKinds, helpEndOn } from '@fazhi/core/resettlement';
import { asc, eq } from 'drizzle-orm';
import { orgUnits } from '../../platform/org/tables.js';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { idNumber, personName } from '../../seed/people.js';
import { activityRegister, personRegister } from './registers.js';
import { resettlementActivities, resettlementPersons } from './tables.js';

const crimes = [
  ['盗窃罪', '有期徒刑一年六个月'],
  ['故意伤害罪', '有期徒刑二年'],
  ['诈骗罪', '有期徒刑三年'],
  ['危险驾驶罪', '拘役四个月'],
  ['寻衅滋事罪', '有期徒刑一年'],
  ['开设赌场罪', '有期徒刑二年六个月'],
  ['帮助信息网络犯罪活动罪', '有期徒刑一年二个月'],
  ['非法吸收公众存款罪', '有期徒刑三年六个月'],
] as const;
const prisons = ['山东省任城监狱', '山东省鲁宁监狱', '济宁市看守所', '山东省女子监狱', '山东省微湖监狱'];
const contents: Record<string, string> = {
  visit: '入户走访，了解家庭生活和思想动态',
  talk: '谈话教育，重申遵纪守法要求',
  jobHelp: '对接园区企业招聘，推荐就业岗位',
  reliefHelp: '协助申请临时救助和低保',
  counselling: '联系心理咨询师开展心理疏导',
  other: '节日慰问',
};

/** ~40 刑满释放人员 over five years across the 司法所, with 衔接, 安置, 帮教小组 and a year of 帮教记录. */
export async function seedResettlement(ctx: SeedContext): Promise<Record<string, number>> {
  const { tx, r, year, today, cipher } = ctx;
  const offices = await tx.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice')).orderBy(asc(orgUnits.sortOrder), asc(orgUnits.name));
  if (!offices.length) return {};
  const by = ctx.users.get('fzb') ?? null;
  const persons: Row[] = [];
  for (let k = 0; k < 40; k++) {
    const office = offices[k % offices.length]!;
    // Eight a year over five years, the newest in the demo year up to today.
    const yearOf = year - Math.floor(k / 8);
    const releasedOn = addCalendarDays(`${yearOf}-01-05`, Math.floor(((k % 8) * 350) / 8) + r.int(0, 20));
    if (releasedOn > today) continue;
    const [crime, sentence] = r.pick([...crimes]);
    const keyPerson = r.chance(0.25);
    const fresh = releasedOn > addCalendarDays(today, -5);
    const handedOver = !fresh || r.chance(0.5);
    const placed = r.chance(fresh ? 0.3 : 0.95);
    const id = idNumber(r);
    const phone = `1${r.pick(['35', '37', '58', '86'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
    const street = office.name.replace(/司法所$/, '');
    const row = {
      id: crypto.randomUUID(),
      orgUnitId: office.id,
      name: personName(r),
      gender: r.chance(0.88) ? 'male' : 'female',
      idNumberEnc: cipher.encrypt(id),
      idNumberMasked: maskIdNumber(id),
      phoneEnc: cipher.encrypt(phone),
      phoneMasked: maskPhone(phone),
      householdAddress: `${street}街道${r.pick(['柳园', '东湖', '北辰', '南岸', '青山'])}社区${r.int(1, 30)}号`,
      residenceAddress: r.chance(0.8)
        ? `${street}街道${r.pick(['柳园', '东湖', '北辰', '南岸', '青山'])}社区${r.int(1, 30)}号`
        : `济宁市任城区${r.pick(['建设路', '共青团路', '红星路'])}${r.int(1, 200)}号`,
      crime,
      sentence,
      prison: r.pick(prisons),
      releasedOn,
      helpEndOn: helpEndOn(releasedOn),
      keyPerson,
      noticeReceivedOn: r.chance(0.95) ? addCalendarDays(releasedOn, -r.int(25, 35)) : null,
      handoverOn: handedOver ? (keyPerson ? releasedOn : addCalendarDays(releasedOn, r.int(0, 2))) : null,
      handoverMode: handedOver ? (keyPerson ? 'escorted' : r.chance(0.95) ? 'reported' : 'traced') : null,
      placementKind: placed ? r.pick(['employed', 'employed', 'selfEmployed', 'farming', 'welfare', 'family']) : fresh ? null : 'none',
      placedOn: placed ? addCalendarDays(releasedOn, r.int(10, 90)) : null,
      helpTeam: handedOver ? `司法所工作人员、社区网格员、${r.pick(['父亲', '母亲', '配偶', '兄长'])}` : null,
      riskLevel: keyPerson ? 'high' : r.pick(['medium', 'low', 'low']),
      lostContact: false,
      note: null,
      createdBy: by,
      updatedBy: by,
    };
    if (row.placedOn && row.placedOn > today) row.placedOn = today;
    persons.push({ ...row, searchText: searchTextOf(personRegister, row as unknown as Row) } as unknown as Row);
  }
  await tx.insert(resettlementPersons).values(persons as unknown as (typeof resettlementPersons.$inferInsert)[]);

  const activities: Row[] = [];
  const yearStart = `${year}-01-01`;
  for (const person of persons) {
    if (!person.helpTeam || String(person.helpEndOn) < yearStart) continue;
    const from = String(person.releasedOn) > yearStart ? String(person.releasedOn) : yearStart;
    const span = Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000);
    // Quarterly or more often for the high-risk; a few people with nothing this year keep 帮教率 honest.
    const n = person.riskLevel === 'high' ? 6 : r.chance(0.9) ? r.int(2, 4) : 0;
    const days = new Set<string>();
    for (let i = 0; i < n && span > 0; i++) days.add(addCalendarDays(from, r.int(0, span)));
    for (const occurredOn of days) {
      const kind = r.pick(activityKinds.codes as unknown as string[]);
      const row = {
        id: crypto.randomUUID(),
        orgUnitId: person.orgUnitId,
        personId: person.id,
        personName: person.name,
        occurredOn,
        kind,
        content: contents[kind]!,
        participants: '司法所工作人员、社区网格员',
        createdBy: by,
        updatedBy: by,
      };
      activities.push({ ...row, searchText: searchTextOf(activityRegister, row as unknown as Row) } as unknown as Row);
    }
  }
  // One 帮教记录 per person, day and kind (the register's natural key).
  const unique = [...new Map(activities.map((a) => [`${a.personId}|${a.occurredOn}|${a.kind}`, a])).values()];
  if (unique.length) await tx.insert(resettlementActivities).values(unique as unknown as (typeof resettlementActivities.$inferInsert)[]);
  return { resettlementPersons: persons.length, resettlementActivities: unique.length };
}
