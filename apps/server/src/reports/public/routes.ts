import { fileResponse, idField } from '@fazhi/core';
import { publicReportListResponse, publicReportTextResponse } from '@fazhi/core/reports';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { sendDownload } from '../../platform/http/download.js';
import { AppError } from '../../platform/http/errors.js';
import type { App, Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import { renderHtml } from '../../platform/documents/html.js';
import { placeholderValues } from '../../platform/documents/model.js';
import { documentDate, versionDocument } from '../annual/document.js';
import { annualReportVersions, annualReports } from '../annual/tables.js';

/** The public portal (/gk): only what has been published, never drafts; no login. */
export async function publicRoutes(app: App, { db }: Services) {
  const tags = ['政务公开（无需登录）'];
  const config = { public: true };
  const published = and(eq(annualReports.state, 'published'), isNull(annualReports.deletedAt));

  app.get('/api/public/reports', { schema: { tags, summary: '已公开的法治政府建设年度报告', response: { 200: publicReportListResponse } }, config }, async () =>
    db
      .select({ id: annualReports.id, year: annualReports.year, title: annualReports.title, orgUnitName: orgUnits.name, publishedOn: annualReports.publishedOn })
      .from(annualReports)
      .innerJoin(orgUnits, eq(orgUnits.id, annualReports.orgUnitId))
      .where(published)
      .orderBy(desc(annualReports.year), desc(annualReports.publishedOn)),
  );

  async function signedVersion(id: string) {
    const [row] = await db
      .select({ report: annualReports, version: annualReportVersions, orgUnitName: orgUnits.name })
      .from(annualReports)
      .innerJoin(annualReportVersions, eq(annualReportVersions.id, annualReports.signedVersionId))
      .innerJoin(orgUnits, eq(orgUnits.id, annualReports.orgUnitId))
      .where(and(eq(annualReports.id, id), published));
    if (!row) throw new AppError('notFound');
    return row;
  }

  app.get('/api/public/reports/:id', { schema: { tags, summary: '年度报告全文（HTML）', params: z.object({ id: idField }), response: { 200: publicReportTextResponse } }, config }, async (request) => {
    const { report, version, orgUnitName } = await signedVersion(request.params.id);
    const values = placeholderValues(report.year, orgUnitName, version.values);
    return {
      id: report.id,
      year: report.year,
      title: version.title,
      orgUnitName,
      publishedOn: report.publishedOn,
      html: renderHtml({ title: version.title, orgName: orgUnitName, dateText: documentDate(report, version), blocks: version.blocks, values }),
    };
  });

  app.get('/api/public/reports/:id/docx', { schema: { tags, summary: '年度报告（DOCX）', params: z.object({ id: idField }), response: { 200: fileResponse } }, config }, async (request, reply) => {
    const { report, version, orgUnitName } = await signedVersion(request.params.id);
    return sendDownload(reply, `${version.title}.docx`, await versionDocument(report, version, orgUnitName));
  });
}
