import { toIsoDate } from '@fazhi/core';
import { scoreWorkflow, subjectWorkflow, type ScoreState, type SubjectState } from '@fazhi/core/inspection';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { attachments } from '../../platform/files/tables.js';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { scoreRegister, subjectRegister } from './registers.js';
import { inspectionItems, inspectionSchemes } from './tables.js';

const dateOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** Files attached to a record: the evidence a 督察 record, 整改 report or acceptance rests on. */
export async function evidenceCount(db: Db, entityType: string, id: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(attachments)
    .where(and(eq(attachments.entityType, entityType), eq(attachments.entityId, id), isNull(attachments.deletedAt)));
  return Number(row?.n ?? 0);
}

/** 已督察 → 整改中 → 整改已报告 → 验收通过 (or 无问题办结) on the subject register. */
export const subjectFlow = bindWorkflow({
  workflow: subjectWorkflow,
  register: subjectRegister,
  facts: async (db, row) => ({
    state: row.state as SubjectState,
    inspectedOn: String(row.inspectedOn),
    findings: dateOrNull(row.findings),
    noticedOn: dateOrNull(row.noticedOn),
    reportedOn: dateOrNull(row.reportedOn),
    evidence: await evidenceCount(db, 'inspection.subject', row.id),
  }),
  derive: (row) => ({ overdue: row.state === 'rectifying' && typeof row.rectifyDueOn === 'string' && row.rectifyDueOn < toIsoDate(new Date()) }),
});

/** 已评分 → 申诉中 → 申诉已办结 on the score register; the window runs from the scheme's publication. */
export const scoreFlow = bindWorkflow({
  workflow: scoreWorkflow,
  register: scoreRegister,
  facts: async (db, row) => {
    const [s] = await db
      .select({ publishedOn: inspectionSchemes.publishedOn, appealDays: inspectionSchemes.appealDays, weight: inspectionItems.weight })
      .from(inspectionItems)
      .innerJoin(inspectionSchemes, eq(inspectionSchemes.id, inspectionItems.schemeId))
      .where(eq(inspectionItems.id, String(row.itemId)));
    return { state: row.state as ScoreState, publishedOn: s?.publishedOn ?? null, appealDays: s?.appealDays ?? 5, weight: s?.weight ?? 0 };
  },
});
