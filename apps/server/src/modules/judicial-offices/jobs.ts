import { toIsoDate } from '@fazhi/core';
import { assistantState } from '@fazhi/core/judicial-offices';
import { eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/service.js';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { assistantRegister } from './registers.js';
import { judicialAssistants } from './tables.js';

/** 在岗 / 已解聘 follow the calendar; training hours are recounted too (a deleted training record leaves no hook). */
export async function refreshAssistants(db: Db, today: string) {
  let changed = 0;
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: judicialAssistants.id, hiredOn: judicialAssistants.hiredOn, exitOn: judicialAssistants.exitOn, state: judicialAssistants.state })
      .from(judicialAssistants)
      .where(isNull(judicialAssistants.deletedAt));
    // One statement for every assistant's hours, rewriting only the totals that changed.
    await tx.execute(
      sql`update judicial_assistants a set training_hours = t.hours from (select s.id, coalesce(sum(tr.hours) filter (where tr.deleted_at is null), 0) as hours from judicial_assistants s left join judicial_trainings tr on tr.assistant_id = s.id group by s.id) t where t.id = a.id and a.training_hours <> t.hours`,
    );
    for (const a of rows) {
      const state = assistantState(a, today);
      if (state === a.state) continue;
      await tx.update(judicialAssistants).set({ state }).where(eq(judicialAssistants.id, a.id));
      await recordAudit(
        tx,
        { userId: null, displayName: '系统', ip: null },
        {
          action: 'state.refresh',
          entityType: assistantRegister.spec.entity,
          entityId: a.id,
          summary: `在岗状态按聘用、解聘日期更新（${today}）`,
          changes: [{ field: 'state', from: a.state, to: state }],
        },
      );
      changed++;
    }
  });
  return changed;
}

export const judicialOfficesJobs: JobDefinition[] = [
  {
    kind: 'judicialOffices.assistants',
    schedule: (now) => [{ key: `judicialOffices.assistants:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      await refreshAssistants(services.db, String(payload.today));
    },
  },
];
