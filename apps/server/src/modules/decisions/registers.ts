import { catalogueSpec, decisionSpec, matterSpec, type CatalogueItemInput } from '@fazhi/core/decisions';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { FieldChange } from '../../platform/audit/tables.js';
import { AppError } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { defineRegister } from '../../platform/register/define.js';
import { reviewConclusion } from '../legal-review/subjects.js';
import { decisionCatalogueItems, decisionCatalogues, decisionExecutionReports, decisionExpertOpinions, decisionMemberOpinions, majorDecisions, subdistrictMatters } from './tables.js';
import { reviewStandingOf, stepsOf } from './steps.js';

export const catalogueRegister = defineRegister({
  spec: catalogueSpec,
  table: decisionCatalogues,
  naturalKey: ['orgUnitId', 'year'],
  prepare: async (input, { tx, before }) => {
    const { items, ...fields } = input as Record<string, unknown> & { items?: CatalogueItemInput[] };
    // An approved catalogue is what the Party committee agreed to: its items no longer change.
    if (before && before.state !== 'draft' && (items !== undefined || 'year' in fields || 'orgUnitId' in fields)) {
      throw new AppError('conflict', '目录已审定，不能再修改事项、年度或决策机关');
    }
    // One catalogue per decision organ and year.
    const organ = String(fields.orgUnitId ?? before?.orgUnitId);
    const year = Number(fields.year ?? before?.year);
    if (!before || 'year' in fields || 'orgUnitId' in fields) {
      const [dup] = await tx
        .select({ id: decisionCatalogues.id })
        .from(decisionCatalogues)
        .where(and(eq(decisionCatalogues.orgUnitId, organ), eq(decisionCatalogues.year, year), isNull(decisionCatalogues.deletedAt)));
      if (dup && dup.id !== before?.id) throw new AppError('duplicate', `该决策机关${year}年度的决策事项目录已存在`);
    }
    if (!items) return fields;
    const unitIds = [...new Set(items.map((i) => i.leadUnitId))];
    const known = unitIds.length ? await tx.select({ id: orgUnits.id }).from(orgUnits).where(inArray(orgUnits.id, unitIds)) : [];
    const missing = items.findIndex((i) => !known.some((k) => k.id === i.leadUnitId));
    if (missing >= 0) throw new AppError('validation', '所选承办单位不存在', [{ path: `items.${missing}.leadUnitId`, message: '所选承办单位不存在' }]);
    return { ...fields, itemCount: items.length };
  },
  afterWrite: async (row, input, { tx }) => {
    const items = input.items as CatalogueItemInput[] | undefined;
    const yearStart = `${String(row.year)}-01-01`;
    if (!items) {
      // Items follow their catalogue's organ and year.
      await tx.update(decisionCatalogueItems).set({ orgUnitId: row.orgUnitId, yearStart }).where(eq(decisionCatalogueItems.catalogueId, row.id));
      return [];
    }
    const before = await tx.select().from(decisionCatalogueItems).where(eq(decisionCatalogueItems.catalogueId, row.id)).orderBy(asc(decisionCatalogueItems.ordinal));
    const onFile = new Map(before.map((b) => [b.id, b]));
    await tx.delete(decisionCatalogueItems).where(eq(decisionCatalogueItems.catalogueId, row.id));
    if (items.length) {
      await tx.insert(decisionCatalogueItems).values(
        items.map((i, ordinal) => {
          const kept = i.id ? onFile.get(i.id) : undefined;
          return {
            ...(kept ? { id: kept.id, decisionId: kept.decisionId } : {}),
            catalogueId: row.id,
            orgUnitId: row.orgUnitId,
            yearStart,
            ordinal,
            title: i.title,
            kind: i.kind,
            leadUnitId: i.leadUnitId,
            plannedQuarter: i.plannedQuarter,
          };
        }),
      );
    }
    const from = before.map((b) => b.title).join('；');
    const to = items.map((i) => i.title).join('；');
    return from === to ? [] : ([{ field: 'items', from: from || null, to }] satisfies FieldChange[]);
  },
  expand: async (db, row) => {
    const items = await db
      .select({
        id: decisionCatalogueItems.id,
        title: decisionCatalogueItems.title,
        kind: decisionCatalogueItems.kind,
        leadUnitId: decisionCatalogueItems.leadUnitId,
        leadUnitName: orgUnits.name,
        plannedQuarter: decisionCatalogueItems.plannedQuarter,
        // A deleted decision frees its item.
        decisionId: majorDecisions.id,
        decisionState: majorDecisions.state,
      })
      .from(decisionCatalogueItems)
      .leftJoin(orgUnits, eq(orgUnits.id, decisionCatalogueItems.leadUnitId))
      .leftJoin(majorDecisions, and(eq(majorDecisions.id, decisionCatalogueItems.decisionId), isNull(majorDecisions.deletedAt)))
      .where(eq(decisionCatalogueItems.catalogueId, row.id))
      .orderBy(asc(decisionCatalogueItems.ordinal));
    return { items };
  },
});

const itemProblem = (message: string) => new AppError('validation', message, [{ path: 'catalogueItemId', message }]);

export const decisionRegister = defineRegister({
  spec: decisionSpec,
  table: majorDecisions,
  naturalKey: ['orgUnitId', 'title'],
  prepare: async (input, { tx, before }) => {
    if (before?.state === 'closed') throw new AppError('conflict', '决策已办结，不能修改');
    if (before || typeof input.catalogueItemId !== 'string') return input;
    // A decision started on a catalogue item: the item of an approved catalogue, not yet started, led by this unit.
    const [item] = await tx
      .select({ id: decisionCatalogueItems.id, title: decisionCatalogueItems.title, leadUnitId: decisionCatalogueItems.leadUnitId, decisionId: majorDecisions.id, state: decisionCatalogues.state })
      .from(decisionCatalogueItems)
      .innerJoin(decisionCatalogues, and(eq(decisionCatalogues.id, decisionCatalogueItems.catalogueId), isNull(decisionCatalogues.deletedAt)))
      .leftJoin(majorDecisions, and(eq(majorDecisions.id, decisionCatalogueItems.decisionId), isNull(majorDecisions.deletedAt)))
      .where(eq(decisionCatalogueItems.id, input.catalogueItemId))
      .for('update', { of: decisionCatalogueItems });
    // Another unit's item reads as missing (the unit is in the actor's scope, checked by the kit): nothing of it is told.
    if (!item || item.leadUnitId !== input.orgUnitId) throw itemProblem('所选目录事项不存在或不由该单位承办');
    if (item.state === 'draft') throw itemProblem('所选目录尚未审定');
    if (item.decisionId) throw itemProblem('该目录事项已启动决策程序');
    return { ...input, catalogueItemTitle: item.title };
  },
  afterWrite: async (row, input, { tx }) => {
    if (typeof input.catalogueItemId === 'string') {
      await tx.update(decisionCatalogueItems).set({ decisionId: row.id }).where(eq(decisionCatalogueItems.id, input.catalogueItemId));
    }
    return [];
  },
  expand: async (db, row) => {
    const id = String(row.id);
    const [experts, members, executionReports, review] = await Promise.all([
      db.select().from(decisionExpertOpinions).where(eq(decisionExpertOpinions.decisionId, id)).orderBy(asc(decisionExpertOpinions.ordinal)),
      db.select().from(decisionMemberOpinions).where(eq(decisionMemberOpinions.decisionId, id)).orderBy(asc(decisionMemberOpinions.ordinal)),
      db
        .select()
        .from(decisionExecutionReports)
        .where(and(eq(decisionExecutionReports.decisionId, id), isNull(decisionExecutionReports.deletedAt)))
        .orderBy(asc(decisionExecutionReports.reportedOn)),
      reviewConclusion(db, 'majorDecision', id),
    ]);
    return { experts, members, executionReports, review: review ? { ...review, standing: reviewStandingOf(review) } : { standing: 'none' }, steps: stepsOf(row, review, executionReports.length) };
  },
});

export const matterRegister = defineRegister({
  spec: matterSpec,
  table: subdistrictMatters,
  naturalKey: ['orgUnitId', 'subject', 'proposedOn'],
  prepare: async (input, { before }) => {
    if (before?.state === 'decided' && Object.keys(input).some((k) => k !== 'note')) {
      throw new AppError('conflict', '事项已作出会议决定，只能修改备注');
    }
    return input;
  },
  expand: async (db, row) => {
    const review = await reviewConclusion(db, 'subdistrictMatter', String(row.id));
    return { review: review ? { ...review, standing: reviewStandingOf(review) } : { standing: 'none' } };
  },
});
