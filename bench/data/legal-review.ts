import { addCalendarDays } from '@fazhi/core';
import { concludedReviewRow, type DirectReviewKind } from '../../apps/server/src/modules/legal-review/seed.js';
import { legalReviewRequests } from '../../apps/server/src/modules/legal-review/tables.js';
import { departmentNames } from '../../apps/server/src/seed/demo-district.js';
import type { DataContext, DataGenerator } from './index.js';

/** Per district-year: ~130 contracts, major enforcement decisions and other matters, as the demo seed has. */
const requestsPerDistrictYear = 130;
const kinds = [
  ['contract', 62],
  ['enforcementDecision', 22],
  ['other', 36],
] as const;

async function generateYear(ctx: DataContext, year: number) {
  const { random: r, org, asOf } = ctx;
  const departments = departmentNames.filter((n) => !n.startsWith('区司法局')).map((n) => [n, org.departments.get(n)!] as [string, string]);
  const streets = org.allSubdistricts.map((id, i) => [`第${i + 1}街道`, id] as [string, string]);
  const count = Math.max(1, Math.round((requestsPerDistrictYear * ctx.scale) / ctx.years.length));
  const rows: (typeof legalReviewRequests.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const kind: DirectReviewKind = r.weighted(kinds);
    const unit = kind === 'enforcementDecision' ? r.pick(departments) : r.pick([...departments, ...streets]);
    const receivedOn = addCalendarDays(`${year}-01-04`, Math.floor((i / count) * 350) + r.int(0, 3));
    if (receivedOn > asOf) continue;
    rows.push({ ...concludedReviewRow(r, kind, unit, receivedOn, asOf, year), id: ctx.newId() } as typeof legalReviewRequests.$inferInsert);
  }
  await ctx.insert(legalReviewRequests, rows);
}

export const legalReviewData: DataGenerator = {
  module: 'legalReview',
  async generate(ctx) {
    for (const year of ctx.years) await generateYear(ctx, year);
  },
};
