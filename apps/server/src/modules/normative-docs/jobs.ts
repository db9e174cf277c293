import { addCalendarDays, nearDueDays, toIsoDate } from '@fazhi/core';
import { documentSpec, evaluationDueOn } from '@fazhi/core/normative-docs';
import { and, eq, inArray, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { normativeDocuments as d } from './tables.js';

const system = { userId: null, displayName: '系统', ip: null };
const label = (doc: { title: string; docNumber: string | null }) => `《${doc.title}》${doc.docNumber ? `（${doc.docNumber}）` : ''}`;

/** Documents whose validity ran out before `today` become 失效, each change audited as the system's. */
export async function expireDocuments(db: Db, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(d)
      .where(and(isNull(d.deletedAt), eq(d.state, 'inForce'), lt(d.expiresOn, today)))
      .for('update');
    for (const doc of due) {
      const values = { state: 'expired', validity: 'expired', endedOn: addCalendarDays(doc.expiresOn!, 1), endReason: `有效期至${doc.expiresOn}届满，自动失效` };
      await tx
        .update(d)
        .set({ ...values, version: doc.version + 1, updatedAt: new Date(), updatedBy: null })
        .where(eq(d.id, doc.id));
      await recordAudit(tx, system, { action: 'validity.expire', entityType: documentSpec.entity, entityId: doc.id, summary: `${label(doc)}有效期届满失效`, changes: diffFields(doc, values) });
    }
    return due.length;
  });
}

/** Reminders: evaluation from 6 months before expiry (unless evaluated since), filing near due, and filing overdue. */
export async function raiseReminders(db: Db, today: string) {
  const expiring = await db
    .select({ id: d.id, orgUnitId: d.orgUnitId, title: d.title, docNumber: d.docNumber, expiresOn: d.expiresOn, evaluatedOn: d.evaluatedOn })
    .from(d)
    .where(and(isNull(d.deletedAt), eq(d.state, 'inForce'), isNotNull(d.expiresOn), lte(d.expiresOn, addCalendarDays(today, 190))));
  const evaluations = expiring
    .filter((x) => evaluationDueOn(x.expiresOn!) <= today && !(x.evaluatedOn && x.evaluatedOn >= evaluationDueOn(x.expiresOn!)))
    .map((x) => ({
      key: `normativeDocs.evaluate:${x.id}:${x.expiresOn}`,
      module: 'normativeDocs' as const,
      orgUnitId: x.orgUnitId,
      level: 'reminder' as const,
      title: `${label(x)}有效期至${x.expiresOn}，请开展评估，作出继续有效、修改或废止的结论`,
      link: `/normative-docs/documents/${x.id}`,
      dueOn: x.expiresOn!,
    }));
  const unfiled = await db
    .select({ id: d.id, orgUnitId: d.orgUnitId, title: d.title, docNumber: d.docNumber, due: d.filingDueOn })
    .from(d)
    .where(and(isNull(d.deletedAt), inArray(d.state, ['published', 'inForce']), isNull(d.filedOn), isNotNull(d.filingDueOn), lte(d.filingDueOn, addCalendarDays(today, nearDueDays))));
  const filings = unfiled.map((x) => {
    const overdue = x.due! < today;
    return {
      key: `normativeDocs.filing:${x.id}:${overdue ? 'overdue' : 'near'}`,
      module: 'normativeDocs' as const,
      orgUnitId: x.orgUnitId,
      level: overdue ? ('alert' as const) : ('reminder' as const),
      title: overdue ? `${label(x)}报送备案期限已于${x.due}届满，尚未报送备案` : `${label(x)}应于${x.due}前报送备案`,
      link: `/normative-docs/documents/${x.id}`,
      dueOn: x.due!,
    };
  });
  return raise(db, [...evaluations, ...filings]);
}

export const normativeDocsJobs: JobDefinition[] = [
  {
    // Daily (Beijing date): expiry first, so an expired document gets no evaluation reminder.
    kind: 'normativeDocs.validity',
    schedule: (now) => [{ key: `normativeDocs.validity:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      await expireDocuments(services.db, today);
      await raiseReminders(services.db, today);
    },
  },
];
