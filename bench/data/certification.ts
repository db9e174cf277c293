import { addWorkingDays } from '@fazhi/core';
import { verificationDueOn } from '@fazhi/core/certification';
import { asc, inArray } from 'drizzle-orm';
import { itemRegister, verificationRegister } from '../../apps/server/src/modules/certification/registers.js';
import { certItems, certVerifications } from '../../apps/server/src/modules/certification/tables.js';
import { orgUnits } from '../../apps/server/src/platform/org/tables.js';
import type { RegisterDef, Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import type { DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/certification/seed.ts), per district-year: ~120 证明事项 over the
// departments and 街道 (15 % 取消, a third 告知承诺), and ~80 协助核查 requests a year from another unit to the
// item's owner, most answered within the 5-working-day limit. Scale multiplies both.

const withSearch = <T extends Record<string, unknown>>(def: RegisterDef, row: T): T => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });

export const certificationData: DataGenerator = {
  module: 'certification',
  async generate(ctx) {
    const { random: r, org, years, asOf, scale } = ctx;
    const by = org.users.get('fzb') ?? null;
    const units = await ctx.tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(inArray(orgUnits.kind, ['department', 'subdistrict']))
      .orderBy(asc(orgUnits.path));
    const items = Array.from({ length: Math.round(120 * scale) }, (_, k) => {
      const handling = r.chance(0.15) ? 'cancelled' : r.chance(0.35) ? 'commitment' : r.pick(['kept', 'kept', 'kept', 'interDepartment', 'online']);
      return withSearch(itemRegister, {
        id: ctx.newId(),
        orgUnitId: r.pick(units).id,
        code: `ZM-${String(k + 1).padStart(6, '0')}`,
        name: `证明事项${k + 1}证明`,
        legalBasis: '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
        handling,
        commitmentApplies: handling === 'commitment',
        effectiveOn: `${years[0]!}-01-01`,
        createdBy: by,
      });
    });
    await ctx.insert(certItems, items);
    const live = items.filter((i) => i.handling !== 'cancelled');
    const verifications = years.flatMap((year) =>
      Array.from({ length: Math.round(80 * scale) }, (_, k) => {
        const item = r.pick(live);
        const requester = r.pick(units.filter((u) => u.id !== item.orgUnitId));
        const requestedOn = addWorkingDays(`${year}-01-02`, r.int(0, 240));
        const dueOn = verificationDueOn(requestedOn);
        const open = dueOn >= asOf || r.chance(0.05);
        const answered = open ? null : addWorkingDays(requestedOn, r.chance(0.1) ? r.int(6, 9) : r.int(1, 5));
        const answeredOn = answered && answered > asOf ? asOf : answered;
        return withSearch(verificationRegister, {
          id: ctx.newId(),
          orgUnitId: requester.id,
          respondingUnitId: item.orgUnitId,
          itemId: item.id,
          itemName: item.name,
          matter: `核查申请人${item.name}情况（${year}-${k + 1}）`,
          requestedOn,
          dueOn,
          state: open ? 'requested' : 'answered',
          result: open ? null : r.pick(['true', 'true', 'true', 'false', 'unable']),
          answeredOn,
          overdue: open ? dueOn < asOf : answeredOn! > dueOn,
          createdBy: by,
        });
      }).filter((v) => v.requestedOn <= asOf),
    );
    await ctx.insert(certVerifications, verifications);
  },
};
