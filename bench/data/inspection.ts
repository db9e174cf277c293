import { taskOverdue } from '@fazhi/core/inspection';
import { honourRegister, roundRegister, subjectRegister, taskRegister } from '../../apps/server/src/modules/inspection/registers.js';
import { inspectionHonours, inspectionRounds, inspectionSubjects, inspectionTasks } from '../../apps/server/src/modules/inspection/tables.js';
import type { RegisterDef, Row } from '../../apps/server/src/platform/register/define.js';
import { searchTextOf } from '../../apps/server/src/platform/register/service.js';
import type { DataGenerator } from './index.js';

// As the demo seed (apps/server/src/modules/inspection/seed.ts), per year: two 工作要点 tasks per department and
// 街道, one 督察 round reaching most of them with 整改 at every step, and a few honours.
const withSearch = <T extends Record<string, unknown>>(def: RegisterDef, row: T): T => ({ ...row, searchText: searchTextOf(def, row as unknown as Row) });
const states = ['inspected', 'rectifying', 'reported', 'accepted', 'clean'] as const;

export const inspectionData: DataGenerator = {
  module: 'inspection',
  async generate(ctx) {
    const { random: r, org, years, asOf } = ctx;
    const coordinator = org.users.get('fzb') ?? null;
    const by = { createdBy: coordinator, updatedBy: coordinator };
    const units = [...org.departments.values(), ...org.allSubdistricts];
    for (const year of years) {
      const tasks = units.flatMap((orgUnitId, i) =>
        [0, 1].map((k) => {
          const dueOn = `${year}-${String(((i + k * 6) % 12) + 1).padStart(2, '0')}-20`;
          const state = dueOn < asOf ? (r.chance(0.85) ? 'done' : 'inProgress') : r.pick(['planned', 'inProgress']);
          return withSearch(taskRegister, {
            id: ctx.newId(),
            orgUnitId,
            year,
            title: `依法治区工作要点任务${i + 1}-${k + 1}`,
            dueOn,
            state,
            overdue: taskOverdue(state, dueOn, asOf),
            completedOn: state === 'done' ? dueOn : null,
            ...by,
          });
        }),
      );
      await ctx.insert(inspectionTasks, tasks);
      const roundId = ctx.newId();
      const title = `${year}年度法治建设督察`;
      const startOn = `${year}-09-01` < asOf ? `${year}-09-01` : `${year}-01-05`;
      await ctx.insert(inspectionRounds, [withSearch(roundRegister, { id: roundId, orgUnitId: org.districtId, year, title, startOn, endOn: `${year}-11-30`, focus: '第一责任人履职', ...by })]);
      const subjects = units
        .filter(() => r.chance(0.9))
        .map((orgUnitId) => {
          const state = r.pick(states);
          return withSearch(subjectRegister, {
            id: ctx.newId(),
            orgUnitId,
            roundId,
            roundTitle: title,
            inspectedOn: startOn,
            firstDutyInspected: r.chance(0.8),
            findings: state === 'clean' ? null : '第一责任人述法报告不够具体',
            state,
            ...by,
          });
        });
      await ctx.insert(inspectionSubjects, subjects);
      const honours = Array.from({ length: 3 }, (_, k) =>
        withSearch(honourRegister, {
          id: ctx.newId(),
          orgUnitId: r.pick(units),
          kind: r.pick(['typicalSubdistrict', 'topTenEvent', 'typicalCase']),
          level: 'municipal',
          title: `法治建设荣誉${year}-${k + 1}`,
          awardedBy: '市委依法治市办',
          year,
          ...by,
        }),
      );
      await ctx.insert(inspectionHonours, honours);
    }
  },
};
