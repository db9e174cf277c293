import { defaultAnnualTemplate, placeholdersIn, reportSpec, templateSpec, type Block } from '@fazhi/core/reports';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.js';
import type { Db } from '../../platform/db/client.js';
import { orgUnits } from '../../platform/org/tables.js';
import type { Actor } from '../../platform/access/actor.js';
import { defineRegister } from '../../platform/register/define.js';
import { readConditions } from '../../platform/register/service.js';
import { figureIndicator } from './figures.js';
import { annualReportVersions, annualReports, reportAssignments, reportTemplates } from './tables.js';

/** Refuses placeholders that name no indicator: a figure typed blind would print as 【…？】 in an official document. */
export function assertKnownPlaceholders(blocks: Block[], path = 'blocks') {
  const errors = blocks.flatMap((b, i) =>
    (['title', 'text'] as const).flatMap((field) =>
      placeholdersIn(b[field]).flatMap((p) => {
        const found = figureIndicator(p);
        return typeof found === 'string' ? [{ path: `${path}.${i}.${field}`, message: found }] : [];
      }),
    ),
  );
  if (errors.length) throw new AppError('validation', errors[0]!.message, errors);
}

export const templateRegister = defineRegister({
  spec: templateSpec,
  table: reportTemplates,
  naturalKey: ['orgUnitId', 'name'],
  prepare: (input) => {
    if (input.blocks) assertKnownPlaceholders(input.blocks as Block[]);
    return input;
  },
});

/** The chosen template when the actor may read it (another unit's is "not found", nothing of it echoed), else the unit's own. */
async function startingBlocks(db: Db, actor: Actor, templateId: string | undefined, orgUnitId: string): Promise<{ blocks: Block[]; templateId: string | null }> {
  const [template] = await db
    .select({ id: reportTemplates.id, blocks: reportTemplates.blocks })
    .from(reportTemplates)
    .where(templateId ? readConditions(templateRegister, actor, [eq(reportTemplates.id, templateId)]) : and(isNull(reportTemplates.deletedAt), eq(reportTemplates.orgUnitId, orgUnitId)))
    .orderBy(desc(reportTemplates.updatedAt))
    .limit(1);
  if (templateId && !template) throw new AppError('validation', '报告模板不存在', [{ path: 'templateId', message: '报告模板不存在' }]);
  return template ? { blocks: template.blocks, templateId: template.id } : { blocks: defaultAnnualTemplate, templateId: null };
}

export const reportRegister = defineRegister({
  spec: reportSpec,
  table: annualReports,
  naturalKey: ['orgUnitId', 'year'],
  prepare: async (input, { tx, before, actor }) => {
    if (before) {
      if (before.state !== 'drafting' && input.blocks) throw new AppError('conflict', '报告已提交审核，不能再修改正文；如需修改请先退回');
      if (input.blocks) assertKnownPlaceholders(input.blocks as Block[]);
      return input;
    }
    const orgUnitId = String(input.orgUnitId);
    const [unit] = await tx.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
    const start = await startingBlocks(tx, actor, input.templateId as string | undefined, orgUnitId);
    const [dup] = await tx
      .select({ id: annualReports.id })
      .from(annualReports)
      .where(and(eq(annualReports.orgUnitId, orgUnitId), eq(annualReports.year, Number(input.year)), isNull(annualReports.deletedAt)));
    if (dup) throw new AppError('duplicate', `${unit?.name ?? ''}${input.year}年度报告已存在`);
    return {
      year: input.year,
      orgUnitId,
      title: input.title ?? `关于${unit?.name ?? ''}${input.year}年度法治政府建设情况的报告`,
      templateId: start.templateId,
      blocks: start.blocks,
    };
  },
  expand: async (db, row) => {
    const versions = await db
      .select({ id: annualReportVersions.id, number: annualReportVersions.number, generatedAt: annualReportVersions.generatedAt, changes: annualReportVersions.changes })
      .from(annualReportVersions)
      .where(eq(annualReportVersions.reportId, row.id))
      .orderBy(desc(annualReportVersions.number));
    const assignments = await db
      .select({
        id: reportAssignments.id,
        blockKey: reportAssignments.blockKey,
        orgUnitId: reportAssignments.orgUnitId,
        orgUnitName: orgUnits.name,
        dueOn: reportAssignments.dueOn,
        state: reportAssignments.state,
        text: reportAssignments.text,
        comment: reportAssignments.comment,
        version: reportAssignments.version,
      })
      .from(reportAssignments)
      .innerJoin(orgUnits, eq(orgUnits.id, reportAssignments.orgUnitId))
      .where(eq(reportAssignments.reportId, row.id));
    return { versions, assignments };
  },
});
