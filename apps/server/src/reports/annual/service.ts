import { placeholdersIn, reportDeadlines, type Block } from '@fazhi/core/reports';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { assertCan } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { indicatorValues } from '../../platform/indicators/engine.js';
import type { Indicator, IndicatorValue } from '../../platform/indicators/define.js';
import { orgUnits } from '../../platform/org/tables.js';
import { getRecord, loadForWrite } from '../../platform/register/service.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { figureIndicator } from './figures.js';
import { renderDocx } from '../../platform/documents/docx.js';
import { renderHtml } from '../../platform/documents/html.js';
import { chineseDate, draftWarnings, placeholderValues } from '../../platform/documents/model.js';
import { documentDate, latestWarnings, versionDocument } from './document.js';
import { reportRegister } from './registers.js';
import { annualReportVersions, annualReports, type FigureChange } from './tables.js';
import { reportFlow } from './workflow.js';

type ReportRow = { id: string; orgUnitId: string; year: number; title: string; blocks: Block[]; signedVersionId: string | null; signedAt: Date | null };

/** Computes every indicator the blocks name, for the report's unit subtree and year. */
export async function computeFigures(db: Db, report: ReportRow) {
  const [unit] = await db.select({ name: orgUnits.name, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, report.orgUnitId));
  const scope = { orgUnitId: report.orgUnitId, orgPath: unit!.path, from: `${report.year}-01-01`, to: `${report.year}-12-31` };
  const names = [...new Set(report.blocks.flatMap((b) => [...placeholdersIn(b.title), ...placeholdersIn(b.text)]))];
  const indicators = names.map(figureIndicator).filter((i): i is Indicator => typeof i === 'object');
  const computed = await indicatorValues(db, indicators, scope);
  const values: Record<string, IndicatorValue> = Object.fromEntries(computed.map((v) => [v.id, v]));
  return { scope, values, text: placeholderValues(report.year, unit!.name, values), orgName: unit!.name };
}

/** Freezes the figures: a new version with the text, the values, the DOCX, and which figures changed since the last one. */
export async function generateVersion(services: Services, actor: Actor, reportId: string) {
  // The scope check comes before any figure is computed: another unit's report answers 404/403 at no cost.
  // Figures are computed before the transaction: PGlite is single-connection and the queries may be many.
  const current = (await loadForWrite(services.db, actor, reportRegister, reportId, 'update')) as unknown as ReportRow;
  const figures = await computeFigures(services.db, current);
  const now = new Date();
  const docx = await renderDocx({ title: current.title, orgName: figures.orgName, dateText: chineseDate(now), blocks: current.blocks, values: figures.text });
  return services.db.transaction(async (tx) => {
    const report = await loadForWrite(tx, actor, reportRegister, reportId, 'update');
    if (report.state !== 'drafting') throw new AppError('conflict', '只有起草中的报告可以重新生成');
    if (report.version !== (current as unknown as { version: number }).version) throw new AppError('staleVersion');
    const [last] = await tx.select().from(annualReportVersions).where(eq(annualReportVersions.reportId, reportId)).orderBy(desc(annualReportVersions.number)).limit(1);
    const changes: FigureChange[] = [];
    for (const [id, v] of Object.entries(figures.values)) {
      const before = last?.values[id];
      if (last && before?.display !== v.display) changes.push({ id, label: v.label, from: before?.display ?? '（无）', to: v.display });
    }
    const [row] = await tx
      .insert(annualReportVersions)
      .values({
        reportId,
        orgUnitId: report.orgUnitId,
        number: (last?.number ?? 0) + 1,
        generatedAt: now,
        generatedBy: actor.userId,
        title: current.title,
        blocks: current.blocks,
        values: figures.values,
        changes,
        docx,
      })
      .returning({ id: annualReportVersions.id, number: annualReportVersions.number, generatedAt: annualReportVersions.generatedAt });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'report.generate',
      entityType: reportRegister.spec.entity,
      entityId: reportId,
      summary: `生成第${row!.number}版`,
      changes: changes.map((c) => ({ field: c.id, from: c.from, to: c.to })),
    });
    const labels = Object.fromEntries(Object.entries(figures.values).map(([id, v]) => [id, v.label]));
    return { ...row!, changes, values: figures.values, warnings: draftWarnings(current.blocks, figures.text, labels) };
  });
}

async function versionOf(services: Services, actor: Actor, reportId: string, versionId: string) {
  await getRecord(services, actor, reportRegister, reportId);
  const [v] = await services.db
    .select()
    .from(annualReportVersions)
    .where(and(eq(annualReportVersions.id, versionId), eq(annualReportVersions.reportId, reportId)));
  if (!v) throw new AppError('notFound');
  return v;
}

export async function versionDocx(services: Services, actor: Actor, reportId: string, versionId: string) {
  assertCan(actor, 'reports', 'export');
  const v = await versionOf(services, actor, reportId, versionId);
  const [report] = (await services.db.select().from(annualReports).where(eq(annualReports.id, reportId))) as ReportRow[];
  const [unit] = await services.db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, v.orgUnitId));
  const body = await versionDocument(report!, v, unit!.name);
  await services.db.transaction((tx) => recordAudit(tx, auditActorOf(actor), { action: 'export', entityType: reportRegister.spec.entity, entityId: reportId, summary: `下载第${v.number}版 DOCX` }));
  return { filename: `${v.title}（第${v.number}版）.docx`, body };
}

function drillLink(scope: { orgUnitId: string; from: string; to: string }) {
  return (id: string) => `/indicators/${id}?org=${scope.orgUnitId}&from=${scope.from}&to=${scope.to}`;
}

/** A frozen version as HTML; each figure links to its drill-down over the report's unit and year. */
export async function versionHtml(services: Services, actor: Actor, reportId: string, versionId: string) {
  const v = await versionOf(services, actor, reportId, versionId);
  const [report] = (await services.db.select().from(annualReports).where(eq(annualReports.id, reportId))) as ReportRow[];
  const [unit] = await services.db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, v.orgUnitId));
  const text = placeholderValues(report!.year, unit!.name, v.values);
  const scope = { orgUnitId: v.orgUnitId, from: `${report!.year}-01-01`, to: `${report!.year}-12-31` };
  return renderHtml({ title: v.title, orgName: unit!.name, dateText: documentDate(report!, v), blocks: v.blocks, values: text }, drillLink(scope));
}

/** The current text with live figures (not frozen), for the editor's preview. */
export async function livePreviewHtml(services: Services, actor: Actor, reportId: string) {
  const report = (await getRecord(services, actor, reportRegister, reportId)) as unknown as ReportRow;
  const figures = await computeFigures(services.db, report);
  return renderHtml({ title: report.title, orgName: figures.orgName, dateText: chineseDate(new Date()), blocks: report.blocks, values: figures.text }, drillLink(figures.scope));
}

/** Report detail with its deadlines and every step of its workflow (allowed, or why not). */
export async function getReport(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, reportRegister, id);
  return {
    ...record,
    deadlines: reportDeadlines(Number(record.year)),
    transitions: await stepOptions(services.db, actor, reportFlow, record),
    // 送审 and 签发 show these and ask to confirm: the latest version is what is reviewed and signed.
    warnings: await latestWarnings(services.db, record as unknown as ReportRow),
  };
}
