import { campaignProblems, campaignSpec, caseSpec, checkSpec, planSpec, rectificationProblems, rectificationSpec, reviewFileSpec, rubricItemSpec, rubricProblems } from '@fazhi/core/enforcement';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { scopeCondition } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import { refuse } from '../../platform/http/errors.js';
import { defineRegister, type RegisterTable } from '../../platform/register/define.js';
import {
  enforcementBodies,
  enforcementCases,
  enforcementRectifications,
  enforcementReviewCampaigns,
  enforcementReviewFiles,
  enforcementRubricItems,
  enforcementSupervisionChecks,
  enforcementSupervisionPlans,
} from './tables.js';

/** A linked record readable by the actor (any unit in its scope); anything else is "不存在". */
async function readable<T extends RegisterTable>(tx: Db, actor: Actor, table: T, entity: string, id: unknown, path: string, label: string) {
  const [row] = await tx
    .select()
    .from(table as RegisterTable)
    .where(and(eq(table.id, String(id)), isNull(table.deletedAt), scopeCondition(actor, 'enforcement', 'read', table, entity)));
  if (!row) refuse([{ path, message: `所选${label}不存在` }]);
  return row as Record<string, unknown>;
}

export const campaignRegister = defineRegister({
  spec: campaignSpec,
  table: enforcementReviewCampaigns,
  naturalKey: ['orgUnitId', 'year', 'quarter', 'name'],
  prepare: (input, { before }) => {
    refuse(campaignProblems({ ...before, ...input }));
    return input;
  },
});

export const rubricItemRegister = defineRegister({
  spec: rubricItemSpec,
  table: enforcementRubricItems,
  naturalKey: ['orgUnitId', 'code'],
  prepare: (input, { before }) => {
    refuse(rubricProblems({ ...before, ...input }));
    return input;
  },
});

export const reviewFileRegister = defineRegister({
  spec: reviewFileSpec,
  table: enforcementReviewFiles,
  naturalKey: ['campaignId', 'caseId'],
  prepare: async (input, { tx, actor, before }) => {
    if (before) return input;
    const campaign = await readable(tx, actor, enforcementReviewCampaigns, campaignSpec.entity, input.campaignId, 'campaignId', '评查活动');
    if (campaign.orgUnitId !== input.orgUnitId) refuse([{ path: 'campaignId', message: '所选评查活动不属于所选单位' }]);
    // The sampled case is read by the organiser (the coordinator's scope covers every unit's cases).
    const c = await readable(tx, actor, enforcementCases, caseSpec.entity, input.caseId, 'caseId', '执法案件');
    const [body] = await tx
      .select({ field: enforcementBodies.field })
      .from(enforcementBodies)
      .where(eq(enforcementBodies.id, String(c.bodyId)));
    const [dup] = await tx
      .select({ id: enforcementReviewFiles.id })
      .from(enforcementReviewFiles)
      .where(and(eq(enforcementReviewFiles.campaignId, String(input.campaignId)), eq(enforcementReviewFiles.caseId, String(input.caseId)), isNull(enforcementReviewFiles.deletedAt)));
    if (dup) refuse([{ path: 'caseId', message: '该案件已在本次评查活动中' }]);
    return {
      ...input,
      campaignName: campaign.name,
      caseNumber: c.caseNumber,
      caseOrgUnitId: c.orgUnitId,
      field: body?.field ?? 'other',
      bodyName: c.bodyName,
      itemName: c.itemName,
    };
  },
});

export const planRegister = defineRegister({ spec: planSpec, table: enforcementSupervisionPlans, naturalKey: ['orgUnitId', 'year', 'title'] });

export const checkRegister = defineRegister({
  spec: checkSpec,
  table: enforcementSupervisionChecks,
  naturalKey: ['planId', 'title', 'plannedOn'],
  prepare: async (input, { tx, actor, before }) => {
    const merged = { ...before, ...input };
    if (merged.findings && !merged.doneOn) refuse([{ path: 'doneOn', message: '填写发现的问题前请先填写实施日期' }]);
    if (!before || 'planId' in input) return { ...input, planTitle: (await readable(tx, actor, enforcementSupervisionPlans, planSpec.entity, merged.planId, 'planId', '执法监督计划')).title };
    return input;
  },
});

export const rectificationRegister = defineRegister({
  spec: rectificationSpec,
  table: enforcementRectifications,
  naturalKey: ['noticeNumber'],
  prepare: async (input, { tx, actor, before }) => {
    const merged = { ...before, ...input };
    refuse(rectificationProblems(merged));
    const values: Record<string, unknown> = { ...input };
    if (!before || 'source' in input || 'checkId' in input || 'reviewFileId' in input) {
      // One source only: the other link is cleared.
      if (merged.source === 'check') {
        const check = await readable(tx, actor, enforcementSupervisionChecks, checkSpec.entity, merged.checkId, 'checkId', '执法监督检查');
        Object.assign(values, { reviewFileId: null, sourceTitle: `${String(check.title)}（${String(check.targetName)}）` });
      } else {
        const file = await readable(tx, actor, enforcementReviewFiles, reviewFileSpec.entity, merged.reviewFileId, 'reviewFileId', '评查案卷');
        if (file.caseOrgUnitId !== merged.orgUnitId) refuse([{ path: 'orgUnitId', message: '整改单位应为被评查案卷的办案单位' }]);
        Object.assign(values, { checkId: null, sourceTitle: `${String(file.campaignName)}：${String(file.caseNumber)}` });
      }
    }
    return values;
  },
});

export const reviewRegisters = [campaignRegister, rubricItemRegister, reviewFileRegister, planRegister, checkRegister, rectificationRegister];
