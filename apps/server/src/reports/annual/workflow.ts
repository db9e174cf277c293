import { hasNumberedClosing, reportDeadlines, reportWorkflow, unnumberClosing, type Block, type ReportState } from '@fazhi/core/reports';
import { count, desc, eq } from 'drizzle-orm';
import { canonicalJson } from '../../platform/audit/canonical-json.js';
import type { Db } from '../../platform/db/client.js';
import { bindWorkflow } from '../../platform/workflow/engine.js';
import { reportRegister } from './registers.js';
import { annualReportVersions } from './tables.js';

const latestVersion = async (db: Db, reportId: string) =>
  (
    await db
      .select({ id: annualReportVersions.id, title: annualReportVersions.title, blocks: annualReportVersions.blocks })
      .from(annualReportVersions)
      .where(eq(annualReportVersions.reportId, reportId))
      .orderBy(desc(annualReportVersions.number))
      .limit(1)
  )[0];

/** 起草 → 审核 → 领导签发 → 报送 → 公开 on the report register. */
export const reportFlow = bindWorkflow({
  workflow: reportWorkflow,
  register: reportRegister,
  facts: async (db, row) => {
    const [versions] = await db.select({ n: count() }).from(annualReportVersions).where(eq(annualReportVersions.reportId, row.id));
    const latest = await latestVersion(db, row.id);
    return {
      state: row.state as ReportState,
      versionCount: versions?.n ?? 0,
      // What is signed must be what was last generated: no text edited or material accepted since.
      latestVersionCurrent: !!latest && latest.title === row.title && canonicalJson(latest.blocks) === canonicalJson(row.blocks),
    };
  },
  values: {
    sign: async ({ tx, before, actor }) => ({ signedVersionId: (await latestVersion(tx, before.id))!.id, signedBy: actor.userId, signedAt: new Date() }),
    submit: ({ before, input }) => ({ submittedLate: input.submittedOn > reportDeadlines(Number(before.year)).submitBy }),
    publish: ({ before, input }) => ({ publishedLate: input.publishedOn > reportDeadlines(Number(before.year)).publishBy }),
    // A draft again: one still holding the old numbered closing (under review or signed when migration 0038 ran) takes
    // the new one; the signed version stays as it was signed.
    returnToDraft: ({ before }) => {
      const blocks = before.blocks as Block[];
      return { signedVersionId: null, signedBy: null, signedAt: null, ...(hasNumberedClosing(blocks) ? { blocks: unnumberClosing(blocks) } : {}) };
    },
  },
  // The reason for sending a report back lives in its audit entry.
  summary: (name, _values, input) => (name === 'returnToDraft' ? `${reportWorkflow.steps.returnToDraft.label}：${String(input.reason)}` : reportWorkflow.steps[name].label),
});
