import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { renderDocx } from '../../platform/documents/docx.js';
import { chineseDate, draftWarnings, placeholderValues } from '../../platform/documents/model.js';
import { orgUnits } from '../../platform/org/tables.js';
import { annualReportVersions } from './tables.js';

type SignedReport = { year: number; signedVersionId: string | null; signedAt: Date | string | null };
type Version = typeof annualReportVersions.$inferSelect;

/** The 成文日期 of a version: the day the leader signed it; a version not (or no longer) signed, the day it was generated. */
export function documentDate(report: SignedReport, version: Pick<Version, 'id' | 'generatedAt'>): string {
  return chineseDate(report.signedVersionId === version.id && report.signedAt ? new Date(report.signedAt) : version.generatedAt);
}

/** A version's DOCX: as generated, except the signed one, which is set again from its frozen text with the signing date. */
export async function versionDocument(report: SignedReport, version: Version, orgName: string): Promise<Buffer> {
  if (report.signedVersionId !== version.id || !report.signedAt) return version.docx;
  const values = placeholderValues(report.year, orgName, version.values);
  return renderDocx({ title: version.title, orgName, dateText: documentDate(report, version), blocks: version.blocks, values });
}

/** What the drafter, the reviewer and the signing leader should look at in the latest version (none before the first). */
export async function latestWarnings(db: Db, report: { id: string; year: number; orgUnitId: string }): Promise<string[]> {
  const [v] = await db
    .select({ blocks: annualReportVersions.blocks, values: annualReportVersions.values })
    .from(annualReportVersions)
    .where(eq(annualReportVersions.reportId, report.id))
    .orderBy(desc(annualReportVersions.number))
    .limit(1);
  if (!v) return [];
  const [unit] = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, report.orgUnitId));
  const labels = Object.fromEntries(Object.entries(v.values).map(([id, x]) => [id, x.label]));
  return draftWarnings(v.blocks, placeholderValues(report.year, unit?.name ?? '', v.values), labels);
}
