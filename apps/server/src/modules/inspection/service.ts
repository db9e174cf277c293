import type { IndicatorValue } from '@fazhi/core';
import { appealDueOn, itemScore, rankUnits, readinessOf, weightProblems, type ReadinessRow, type ScoreDetail, type SubjectDetail } from '@fazhi/core/inspection';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { can } from '../../platform/access/policy.js';
import { recordAudit, recordAudits, type AuditEntry } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { attachments } from '../../platform/files/tables.js';
import { AppError, refuse } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import type { Db } from '../../platform/db/client.js';
import { indicatorValues } from '../../platform/indicators/engine.js';
import { orgUnits } from '../../platform/org/tables.js';
import { getRecord, loadForWrite, readConditions, searchTextOf } from '../../platform/register/service.js';
import type { Row } from '../../platform/register/define.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { demoItemRegister, demoTaskRegister, scoreRegister, schemeRegister, subjectRegister } from './registers.js';
import { inspectionDemoItems, inspectionDemoTasks, inspectionItems, inspectionSchemes, inspectionScores } from './tables.js';
import { scoreFlow, subjectFlow } from './workflow.js';

const yearScope = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
const drillDownOf = (indicatorId: string | null, orgUnitId: string, year: number) =>
  indicatorId ? `/api/indicators/${indicatorId}/records?org=${orgUnitId}&from=${year}-01-01&to=${year}-12-31` : null;

export async function getSubject(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, subjectRegister, id);
  return { ...record, transitions: await stepOptions(services.db, actor, subjectFlow, record) } as SubjectDetail;
}

/** A score with the records behind it (the bound indicator's drill-down for the unit and year) and its appeal steps. */
export async function getScore(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, scoreRegister, id);
  const [s] = await services.db
    .select({ indicatorId: inspectionItems.indicatorId, publishedOn: inspectionSchemes.publishedOn, appealDays: inspectionSchemes.appealDays })
    .from(inspectionItems)
    .innerJoin(inspectionSchemes, eq(inspectionSchemes.id, inspectionItems.schemeId))
    .where(eq(inspectionItems.id, String(record.itemId)));
  const indicatorId = record.computed ? (s?.indicatorId ?? null) : null;
  return {
    ...record,
    indicatorId,
    drillDown: drillDownOf(indicatorId, String(record.orgUnitId), Number(record.year)),
    appealDueOn: s?.publishedOn ? appealDueOn(s.publishedOn, s.appealDays) : null,
    transitions: await stepOptions(services.db, actor, scoreFlow, record),
  } as ScoreDetail;
}

/** The units a scheme assesses: every department and 街道 under the organising unit. */
export async function assessedUnits(db: Db, schemeUnitId: string) {
  return db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(inArray(orgUnits.kind, ['department', 'subdistrict']), sql`${orgUnits.path} like (select p.path from org_units p where p.id = ${schemeUnitId}) || '%'`))
    .orderBy(asc(orgUnits.path));
}

const display = (v: IndicatorValue) => (v.value === null ? null : v.display);

/**
 * Scores every indicator-bound item for every assessed unit from the unit's records in the scheme's year, in one
 * transaction with one audit entry. Items whose indicator has no value for a unit (an empty base) are listed for
 * hand scoring.
 */
export async function computeScores(services: Services, actor: Actor, schemeId: string, version: number) {
  return services.db.transaction(async (tx) => {
    const scheme = await loadForWrite(tx, actor, schemeRegister, schemeId, 'update', version);
    if (scheme.publishedOn) refuse([{ path: 'version', message: '考核结果已公布，不能重新计分' }]);
    const { audits, ...result } = await writeComputedScores(tx, actor.userId, { id: schemeId, year: Number(scheme.year), orgUnitId: String(scheme.orgUnitId) });
    await recordAudits(tx, auditActorOf(actor), [
      ...audits,
      { action: 'inspection.compute', entityType: 'inspection.scheme', entityId: schemeId, summary: `按指标计分${result.computed}项，待人工评分${result.unscorable.length}项` },
    ]);
    return result;
  });
}

/** The computation itself, in the caller's transaction (the demo seed uses it too). */
export async function writeComputedScores(tx: Db, userId: string | null, scheme: { id: string; year: number; orgUnitId: string }) {
  const { indicatorRegistry } = await import('../../reports/registry.js');
  const items = await tx
    .select()
    .from(inspectionItems)
    .where(and(eq(inspectionItems.schemeId, scheme.id), eq(inspectionItems.method, 'indicator'), isNull(inspectionItems.deletedAt)));
  const units = await assessedUnits(tx, scheme.orgUnitId);
  const unscorable: { itemCode: string; unitName: string; reason: string }[] = [];
  const audits: AuditEntry[] = [];
  let computed = 0;
  for (const item of items) {
    const indicator = indicatorRegistry.find((i) => i.id === item.indicatorId);
    if (!indicator) {
      unscorable.push({ itemCode: item.code, unitName: '全部单位', reason: `指标“${item.indicatorId}”不存在` });
      continue;
    }
    for (const unit of units) {
      const [value] = await indicatorValues(tx, [indicator], { orgUnitId: unit.id, orgPath: unit.path, ...yearScope(scheme.year) });
      const score = itemScore({ weight: item.weight, method: item.method, rule: item.rule, target: item.target }, value!.value);
      if (score === null) {
        unscorable.push({ itemCode: item.code, unitName: unit.name, reason: `${indicator.label}无数据，请人工评分` });
        continue;
      }
      const basis = `按指标“${indicator.label}”计分：${scheme.year}年指标值${value!.display}，目标值${item.target}，${item.rule === 'threshold' ? '达到目标值得满分' : '按达成比例计分'}`;
      const fields = {
        score,
        basis,
        computed: true,
        indicatorValue: display(value!),
        schemeId: scheme.id,
        itemId: item.id,
        year: scheme.year,
        itemCode: item.code,
        itemName: item.name,
        orgUnitId: unit.id,
      };
      const searchText = searchTextOf(scoreRegister, fields as unknown as Row);
      const [existing] = await tx
        .select({ id: inspectionScores.id, version: inspectionScores.version })
        .from(inspectionScores)
        .where(and(eq(inspectionScores.itemId, item.id), eq(inspectionScores.orgUnitId, unit.id), isNull(inspectionScores.deletedAt)));
      let scoreId = existing?.id;
      if (existing) {
        await tx
          .update(inspectionScores)
          .set({ ...fields, searchText, version: existing.version + 1, updatedAt: new Date(), updatedBy: userId })
          .where(eq(inspectionScores.id, existing.id));
      } else {
        [{ id: scoreId }] = (await tx
          .insert(inspectionScores)
          .values({ ...fields, searchText, createdBy: userId, updatedBy: userId })
          .returning({ id: inspectionScores.id })) as [{ id: string }];
      }
      audits.push({ action: existing ? 'update' : 'create', entityType: 'inspection.score', entityId: scoreId, summary: basis, changes: [{ field: 'score', from: null, to: score }] });
      computed += 1;
    }
  }
  return { computed, unscorable, audits };
}

/**
 * Publishes a scheme's results to the units: the weights add up to 100, every unit has a score on every item, and
 * every hand score has evidence attached. The appeal window starts on the publication day.
 */
export async function publishScheme(services: Services, actor: Actor, schemeId: string, version: number, publishedOn: string) {
  await services.db.transaction(async (tx) => {
    const scheme = await loadForWrite(tx, actor, schemeRegister, schemeId, 'approve', version);
    if (scheme.publishedOn) refuse([{ path: 'publishedOn', message: `考核结果已于${String(scheme.publishedOn)}公布` }]);
    const items = await tx
      .select({ id: inspectionItems.id, weight: inspectionItems.weight })
      .from(inspectionItems)
      .where(and(eq(inspectionItems.schemeId, schemeId), isNull(inspectionItems.deletedAt)));
    refuse(weightProblems(items.map((i) => i.weight)).map((message) => ({ path: 'version', message })));
    const units = await assessedUnits(tx, String(scheme.orgUnitId));
    const scores = await tx
      .select({
        id: inspectionScores.id,
        computed: inspectionScores.computed,
        files: sql<number>`(select count(*) from ${attachments} a where a.entity_type = 'inspection.score' and a.entity_id = "inspection_scores"."id" and a.deleted_at is null)`.mapWith(Number),
      })
      .from(inspectionScores)
      .where(and(eq(inspectionScores.schemeId, schemeId), isNull(inspectionScores.deletedAt)));
    const missing = items.length * units.length - scores.length;
    if (missing > 0) refuse([{ path: 'version', message: `尚有${missing}项得分未评定，不能公布` }]);
    const noEvidence = scores.filter((s) => !s.computed && s.files === 0).length;
    if (noEvidence > 0) refuse([{ path: 'version', message: `${noEvidence}项人工评分尚未上传佐证材料，不能公布` }]);
    await tx
      .update(inspectionSchemes)
      .set({ publishedOn, version: scheme.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(inspectionSchemes.id, schemeId));
    await tx.update(inspectionScores).set({ published: true }).where(eq(inspectionScores.schemeId, schemeId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'inspection.publish',
      entityType: 'inspection.scheme',
      entityId: schemeId,
      summary: `公布考核结果（${scores.length}项得分）`,
      changes: [{ field: 'publishedOn', from: null, to: publishedOn }],
    });
  });
  return getRecord(services, actor, schemeRegister, schemeId);
}

/**
 * Totals and ranks per unit. The organiser (who may read the scheme) sees them at any time; any other user of the
 * module only once published (before that a unit sees only its own scores, through the score register's scope).
 */
export async function ranking(services: Services, actor: Actor, schemeId: string) {
  const { db } = services;
  const [scheme] = await db
    .select()
    .from(inspectionSchemes)
    .where(and(eq(inspectionSchemes.id, schemeId), isNull(inspectionSchemes.deletedAt)));
  if (!scheme) throw new AppError('notFound');
  const [readable] = await db
    .select({ id: inspectionSchemes.id })
    .from(inspectionSchemes)
    .where(and(eq(inspectionSchemes.id, schemeId), readConditions(schemeRegister, actor)));
  if (!readable && !(scheme.publishedOn && can(actor, 'inspection', 'read'))) throw new AppError('notFound');
  const scores = await db
    .select({ orgUnitId: inspectionScores.orgUnitId, unitName: orgUnits.name, score: inspectionScores.score })
    .from(inspectionScores)
    .innerJoin(orgUnits, eq(orgUnits.id, inspectionScores.orgUnitId))
    .where(and(eq(inspectionScores.schemeId, schemeId), isNull(inspectionScores.deletedAt)));
  return { schemeId, title: scheme.title, year: scheme.year, publishedOn: scheme.publishedOn, units: rankUnits(scores) };
}

/** Each 示范 item the actor may read, with its tasks' progress (tasks in the actor's scope) and its indicator's value. */
export async function readiness(services: Services, actor: Actor, year: number): Promise<ReadinessRow[]> {
  const { db } = services;
  const { indicatorRegistry } = await import('../../reports/registry.js');
  const items = await db
    .select({ ...pick(inspectionDemoItems), path: orgUnits.path })
    .from(inspectionDemoItems)
    .innerJoin(orgUnits, eq(orgUnits.id, inspectionDemoItems.orgUnitId))
    .where(and(eq(inspectionDemoItems.year, year), readConditions(demoItemRegister, actor)))
    .orderBy(asc(inspectionDemoItems.code));
  const tasks = items.length
    ? await db
        .select({ itemId: inspectionDemoTasks.demoItemId, selfAssessment: inspectionDemoTasks.selfAssessment, state: inspectionDemoTasks.state })
        .from(inspectionDemoTasks)
        .where(
          and(
            inArray(
              inspectionDemoTasks.demoItemId,
              items.map((i) => i.id),
            ),
            readConditions(demoTaskRegister, actor),
          ),
        )
    : [];
  const out: ReadinessRow[] = [];
  for (const item of items) {
    const indicator = indicatorRegistry.find((i) => i.id === item.indicatorId);
    const value = indicator ? (await indicatorValues(db, [indicator], { orgUnitId: item.orgUnitId, orgPath: item.path, ...yearScope(year) }))[0] : undefined;
    out.push({
      id: item.id,
      code: item.code,
      level: item.level,
      title: item.title,
      parentCode: item.parentCode,
      indicatorId: item.indicatorId,
      indicatorDisplay: value ? value.display : null,
      ...readinessOf(tasks.filter((t) => t.itemId === item.id)),
    });
  }
  return out;
}

function pick(t: typeof inspectionDemoItems) {
  return { id: t.id, orgUnitId: t.orgUnitId, code: t.code, level: t.level, title: t.title, parentCode: t.parentCode, indicatorId: t.indicatorId };
}
