import { maskIdNumber } from '@fazhi/core';
import { caseDueDates, caseStage, certificateStatus } from '@fazhi/core/enforcement';
import { asc, inArray } from 'drizzle-orm';
import { caseRegister } from '../../apps/server/src/modules/enforcement/case-registers.js';
import { bodyRegister, certificateRegister, decisionRegister, itemRegister, officerRegister, trainingRegister } from '../../apps/server/src/modules/enforcement/registers.js';
import {
  enforcementBodies,
  enforcementCases,
  enforcementCertificates,
  enforcementItems,
  enforcementLeniencyDecisions,
  enforcementLeniencyItems,
  enforcementOfficers,
  enforcementStandards,
  enforcementTrainings,
} from '../../apps/server/src/modules/enforcement/tables.js';
import { orgUnits } from '../../apps/server/src/platform/org/tables.js';
import type { RegisterDef, Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import { companyName, creditCode, idNumber, personName } from '../../apps/server/src/seed/people.js';
import type { DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/enforcement/seed.ts), per district-year: one body per department and
// 街道, ~300 officers with an 执法证 each, ~8 training records per officer, ~150 执法事项 (60 % 处罚, most with
// three 裁量基准) and ~200 不罚轻罚 decisions. Scale adds bodies (one per extra 街道) and multiplies the rest.

const withSearch = <T extends Record<string, unknown>>(def: RegisterDef, row: T): T => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

export const enforcementData: DataGenerator = {
  module: 'enforcement',
  async generate(ctx) {
    const { random: r, org, years, asOf, cipher, scale } = ctx;
    const by = org.users.get('fzb') ?? null;
    const units = await ctx.tx
      .select({ id: orgUnits.id, name: orgUnits.name })
      .from(orgUnits)
      .where(inArray(orgUnits.kind, ['department', 'subdistrict']))
      .orderBy(asc(orgUnits.path));
    const bodies = units.map((u) =>
      withSearch(bodyRegister, {
        id: ctx.newId(),
        orgUnitId: u.id,
        name: `${u.name}执法队`,
        kind: 'statutory',
        field: r.pick(['market', 'urban', 'ecology', 'housing', 'other']),
        legalBasis: '《中华人民共和国行政处罚法》第17条',
        entrustState: 'none',
        createdBy: by,
      }),
    );
    await ctx.insert(enforcementBodies, bodies);
    const last = years.at(-1)!;
    const officers = Array.from({ length: Math.round(300 * scale) }, () => {
      const b = r.pick(bodies);
      const id = idNumber(r);
      return withSearch(officerRegister, {
        id: ctx.newId(),
        orgUnitId: b.orgUnitId,
        name: personName(r),
        gender: r.chance(0.7) ? 'male' : 'female',
        idNumberEnc: cipher.encrypt(id),
        idNumberMasked: maskIdNumber(id),
        bodyId: b.id,
        bodyName: b.name,
        post: 'civilServant',
        createdBy: by,
      });
    });
    await ctx.insert(enforcementOfficers, officers);
    let seq = 0;
    const certificates = officers.map((o) => {
      const issuedOn = `${r.pick(years)}-0${r.int(1, 9)}-1${r.int(0, 9)}`;
      const revokedOn = r.chance(0.08) ? `${last}-11-0${r.int(1, 9)}` : null;
      return withSearch(certificateRegister, {
        id: ctx.newId(),
        orgUnitId: o.orgUnitId,
        officerId: o.id,
        officerName: o.name,
        kind: 'enforcement',
        number: `37${String(seq++).padStart(9, '0')}`,
        issuedOn,
        suspended: false,
        revokedOn: revokedOn && revokedOn > issuedOn ? revokedOn : null,
        revokeReason: revokedOn && revokedOn > issuedOn ? 'transferred' : null,
        status: certificateStatus({ issuedOn, revokedOn }, [], asOf),
        createdBy: by,
      });
    });
    await ctx.insert(enforcementCertificates, certificates);
    const trainings = officers.flatMap((o) =>
      Array.from({ length: r.int(5, 10) }, () =>
        withSearch(trainingRegister, {
          id: ctx.newId(),
          orgUnitId: o.orgUnitId,
          officerId: o.id,
          officerName: o.name,
          trainedOn: `${r.pick(years)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
          course: '行政执法专题培训',
          hours: r.pick([4, 6, 8, 12]),
          source: r.pick(['online', 'offline', 'cityPlatform']),
          createdBy: by,
        }),
      ),
    );
    await ctx.insert(enforcementTrainings, trainings);
    const items = Array.from({ length: Math.round(150 * scale) }, (_, k) => {
      const b = r.pick(bodies);
      return withSearch(itemRegister, {
        id: ctx.newId(),
        orgUnitId: b.orgUnitId,
        code: `SX${String(k + 1).padStart(6, '0')}`,
        name: `执法事项${k + 1}`,
        kind: r.chance(0.6) ? 'penalty' : 'inspection',
        legalBasis: '《中华人民共和国行政处罚法》第34条',
        bodyId: b.id,
        bodyName: b.name,
        standardCount: 0,
        createdBy: by,
      });
    });
    await ctx.insert(enforcementItems, items);
    const standards = items
      .filter((i) => i.kind === 'penalty' && r.chance(0.85))
      .flatMap((i) =>
        [1, 2, 3].map((level) => ({
          id: ctx.newId(),
          orgUnitId: i.orgUnitId,
          itemId: i.id,
          itemCode: i.code,
          itemName: i.name,
          circumstance: `第${level}档`,
          fineMin: level * 1000,
          fineMax: level * 3000,
          createdBy: by,
          searchText: '',
        })),
      );
    await ctx.insert(enforcementStandards, standards);
    const list = Array.from({ length: 20 }, (_, k) => ({
      id: ctx.newId(),
      orgUnitId: org.districtId,
      code: `BF${String(k + 1).padStart(3, '0')}`,
      behaviour: `轻微违法行为${k + 1}`,
      legalBasis: '《中华人民共和国行政处罚法》第33条',
      outcome: 'none',
      conditions: '初次违法且危害后果轻微并及时改正',
      field: 'market',
      createdBy: by,
      searchText: '',
    }));
    await ctx.insert(enforcementLeniencyItems, list);
    const entities = Array.from({ length: Math.round(170 * scale) }, () => ({ name: companyName(r), code: creditCode(r) }));
    const decisions = Array.from({ length: Math.round(200 * scale) }, (_, k) => {
      const b = r.pick(bodies);
      const e = r.pick(entities);
      const item = r.pick(list);
      return withSearch(decisionRegister, {
        id: ctx.newId(),
        orgUnitId: b.orgUnitId,
        entityName: e.name,
        creditCode: e.code,
        leniencyItemId: item.id,
        leniencyItemName: item.behaviour,
        outcome: 'none',
        decidedOn: `${r.pick(years)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
        bodyId: b.id,
        bodyName: b.name,
        documentNumber: `不罚〔${last}〕${k + 1}号`,
        createdBy: by,
      });
    });
    await ctx.insert(enforcementLeniencyDecisions, decisions);

    // 执法案件: ~1,500 per scale unit (scale 100 ≈ 150,000), two officers of the item's unit, dates as the demo's.
    const officersOf = new Map<string, typeof officers>();
    for (const o of officers) officersOf.set(o.orgUnitId, [...(officersOf.get(o.orgUnitId) ?? []), o]);
    const caseItems = items.filter((i) => (officersOf.get(i.orgUnitId)?.length ?? 0) >= 2);
    const bodyOf = new Map(bodies.map((b) => [b.id, b]));
    const cases = Array.from({ length: Math.round(1500 * scale) }, (_, k) => {
      const item = r.pick(caseItems);
      const staff = officersOf.get(item.orgUnitId)!;
      const o1 = r.pick(staff);
      const o2 = r.pick(staff.filter((o) => o.id !== o1.id));
      const filedOn = `${r.pick(years)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
      const d = new Date(`${filedOn}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + r.int(5, 100));
      const decided = d.toISOString().slice(0, 10);
      const decidedOn = decided < asOf ? decided : null;
      const row: Record<string, unknown> = {
        id: ctx.newId(),
        orgUnitId: item.orgUnitId,
        caseNumber: `立〔${filedOn.slice(0, 4)}〕${String(k + 1).padStart(7, '0')}号`,
        itemId: item.id,
        itemName: item.name,
        itemKind: item.kind,
        bodyId: item.bodyId,
        bodyName: bodyOf.get(item.bodyId)!.name,
        partyKind: r.chance(0.3) ? 'person' : 'organisation',
        partyName: r.chance(0.3) ? personName(r) : companyName(r),
        officer1Id: o1.id,
        officer2Id: o2.id,
        officerNames: `${o1.name}、${o2.name}`,
        filedOn,
        major: r.chance(0.05),
        decidedOn,
        outcome: decidedOn ? (item.kind === 'penalty' ? 'penalty' : 'other') : null,
        disclosedOn: decidedOn && r.chance(0.95) ? decidedOn : null,
        online: r.chance(0.97),
        createdBy: by,
      };
      const dates = row as Parameters<typeof caseDueDates>[0];
      Object.assign(row, caseDueDates(dates), { stage: caseStage(dates) });
      return withSearch(caseRegister, row);
    });
    // Stored in the order they were filed, as a running platform stores them: a year's cases then sit together on disk,
    // which the year's figures depend on (in random order every year touches nearly every page of the table).
    cases.sort((a, b) => String(a.filedOn).localeCompare(String(b.filedOn)));
    await ctx.insert(enforcementCases, cases as (typeof enforcementCases.$inferInsert)[]);
  },
};
