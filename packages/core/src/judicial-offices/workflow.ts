import { z } from 'zod';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from '../workflow/define.js';
import { ratingStates, type RatingState } from './codes.js';
import { scoreProblems } from './rules.js';

export type ChecklistItemFact = { id: string; title: string; maxPoints: number };
export type RatingFacts = { state: RatingState; items: ChecklistItemFact[] };

/** One score per checklist item of the year; half points allowed. */
export const scoresField = z
  .array(
    z.object({
      itemId: z.uuid({ message: '评定项目编号格式不正确' }),
      score: z.number({ error: '请填写得分' }).min(0, { message: '得分不能为负数' }).max(100, { message: '得分不能超过100' }).multipleOf(0.5, { message: '得分以0.5分为单位' }),
    }),
    { error: '请逐项评分' },
  )
  .min(1, { message: '请逐项评分' })
  .max(200, { message: '评定项目不能超过200项' });

const noChecklist = (f: RatingFacts) => (f.items.length ? [] : ['本年度尚未制定规范化评定标准，不能评分']);
const checkScores = (f: RatingFacts, input: { scores: { itemId: string; score: number }[] }) => scoreProblems(f.items, input.scores);

/**
 * 自评 (the 司法所 scores itself) → 区级评定 (the coordinator scores each item) → 确定 (the coordinator fixes the
 * star level from the district's score and the year's thresholds). 退回 sends a self-assessment back for rework.
 */
export const ratingWorkflow = defineWorkflow<RatingFacts>()({
  entity: 'judicialOffices.rating',
  states: ratingStates,
  steps: {
    submit: {
      label: '提交自评',
      from: ['selfAssessment'],
      to: 'districtReview',
      // The office's own step: its staff hold `update`, not `transition`.
      action: 'update',
      input: z.object({ scores: scoresField, selfAssessedOn: dateField('自评日期'), selfNote: textField('自评说明', 2000).optional() }),
      guard: noChecklist,
      check: checkScores,
    },
    returnForRevision: {
      label: '退回重新自评',
      from: ['districtReview'],
      to: 'selfAssessment',
      danger: true,
      input: z.object({ reason: textField('退回理由', 500) }),
    },
    assess: {
      label: '区级评定',
      from: ['districtReview'],
      to: 'assessed',
      input: z.object({ scores: scoresField, assessedOn: dateField('评定日期'), districtNote: textField('评定意见', 2000).optional() }),
      guard: noChecklist,
      check: checkScores,
      stateReasons: { selfAssessment: '司法所尚未提交自评，不能区级评定' },
    },
    confirm: {
      label: '确定星级',
      from: ['assessed'],
      to: 'confirmed',
      action: 'approve',
      input: z.object({ confirmedOn: dateField('确定日期') }),
      stateReasons: { districtReview: '尚未完成区级评定，不能确定星级', selfAssessment: '尚未完成区级评定，不能确定星级' },
    },
  },
});
export type RatingStep = (typeof ratingWorkflow.names)[number];
