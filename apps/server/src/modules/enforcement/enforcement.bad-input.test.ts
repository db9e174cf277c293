import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { revealRequestOf, withCreditCheckCharacter, withIdCheckCharacter } from '@fazhi/core';
import {
  bodyCreateSchema,
  bodyUpdateSchema,
  campaignCreateSchema,
  campaignUpdateSchema,
  caseCreateSchema,
  caseUpdateSchema,
  checkCreateSchema,
  checkUpdateSchema,
  planCreateSchema,
  planUpdateSchema,
  rectificationCreateSchema,
  rectificationUpdateSchema,
  reviewersInputSchema,
  reviewFileCreateSchema,
  reviewFileUpdateSchema,
  rubricItemCreateSchema,
  rubricItemUpdateSchema,
  scoresInputSchema,
  certificateCreateSchema,
  certificateUpdateSchema,
  decisionCreateSchema,
  decisionUpdateSchema,
  itemCreateSchema,
  itemUpdateSchema,
  leniencyItemCreateSchema,
  leniencyItemUpdateSchema,
  officerCreateSchema,
  officerUpdateSchema,
  reviewCreateSchema,
  reviewUpdateSchema,
  standardCreateSchema,
  standardUpdateSchema,
  trainingCreateSchema,
  trainingUpdateSchema,
} from '@fazhi/core/enforcement';
import { bySchema, refusesInvalidBodies, type BodyRoute } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Every mutation route of the enforcement module refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('行政执法协调监督: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  let unit = '';
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};
  const base = '/api/enforcement';
  let seq = 0;

  const body = () => ({
    name: '模糊测试主体',
    kind: 'entrusted',
    field: 'market',
    legalBasis: '第20条',
    orgUnitId: unit,
    entrustingAuthority: '区市场监督管理局',
    entrustmentDocument: '委〔2026〕1号',
    entrustStartOn: '2026-01-01',
    entrustEndOn: '2027-12-31',
    note: '备注',
  });
  const officer = () => ({ name: '模糊测试员', gender: 'female', idNumber: withIdCheckCharacter('37089919900101123'), bodyId: ids.body, orgUnitId: unit, post: 'contract', note: '备注' });
  const certificate = () => ({ officerId: ids.officer, orgUnitId: unit, kind: 'enforcement', number: `3708${String(8_000_000 + seq++).padStart(7, '0')}`, issuedOn: '2025-01-05', suspended: false });
  const review = () => ({ certificateId: ids.certificate, orgUnitId: unit, year: 2026, result: 'passed', reviewedOn: '2026-03-01', note: '备注' });
  const training = () => ({ officerId: ids.officer, orgUnitId: unit, trainedOn: '2026-05-01', course: '模糊测试课程', hours: 4.5, source: 'online' });
  const item = () => ({ code: 'FZ0001', name: '模糊测试事项', kind: 'penalty', legalBasis: '第34条', bodyId: ids.body, orgUnitId: unit });
  const standard = () => ({ itemId: ids.item, orgUnitId: unit, circumstance: '情节一般', fineMin: 100, fineMax: 1000, measure: '责令改正' });
  const leniencyItem = () => ({ code: 'FZBF1', behaviour: '模糊测试行为', legalBasis: '第33条', outcome: 'none', conditions: '首次且及时改正', field: 'market', orgUnitId: unit });
  const decision = () => ({
    entityName: '模糊测试企业',
    creditCode: withCreditCheckCharacter('91370899MA3C4D5E6'),
    leniencyItemId: ids.leniencyItem,
    outcome: 'none',
    decidedOn: '2026-06-01',
    bodyId: ids.body,
    orgUnitId: unit,
    documentNumber: '不罚〔2026〕1号',
  });

  // A case needs two officers with certificates: the second is made in before().
  const enforcementCase = () => ({
    caseNumber: `模糊测试立〔2026〕${seq++}号`,
    itemId: ids.item,
    bodyId: ids.body,
    orgUnitId: unit,
    partyKind: 'organisation',
    partyName: '模糊测试企业',
    officer1Id: ids.officer,
    officer2Id: ids.officer2,
    filedOn: '2026-02-02',
    major: true,
    decidedOn: '2026-03-02',
    outcome: 'penalty',
    fine: 1000,
    disclosedOn: '2026-03-04',
    online: true,
    note: '备注',
  });

  const campaign = () => ({ name: `模糊测试评查${seq++}`, year: 2026, quarter: 2, scoreRule: 'mean', startedOn: '2026-05-10', endsOn: '2026-06-10', orgUnitId: unit, note: '备注' });
  const rubricItem = () => ({ code: `FZ${seq++}`, group: 'form', title: '模糊测试评查项', maxDeduction: 2, orgUnitId: unit });
  const reviewFile = () => ({ campaignId: ids.campaign, caseId: ids.case, orgUnitId: unit, problems: '问题', nominated: false });
  const plan = () => ({ year: 2026, title: `模糊测试计划${seq++}`, approvedOn: '2026-02-20', orgUnitId: unit, note: '内容' });
  const check = () => ({
    planId: ids.plan,
    kind: 'special',
    title: `模糊测试检查${seq++}`,
    targetName: '模糊测试单位',
    plannedOn: '2026-04-01',
    doneOn: '2026-04-02',
    findings: '问题',
    orgUnitId: unit,
  });
  const rectification = () => ({
    source: 'check',
    checkId: ids.check,
    noticeNumber: `模糊测试整${seq++}`,
    problem: '问题',
    issuedOn: '2026-04-10',
    dueOn: '2026-05-10',
    completedOn: '2026-05-01',
    result: '已整改',
    orgUnitId: unit,
  });

  const registers = [
    ['body', 'bodies', body, bodyCreateSchema, bodyUpdateSchema],
    ['officer', 'officers', officer, officerCreateSchema, officerUpdateSchema],
    ['certificate', 'certificates', certificate, certificateCreateSchema, certificateUpdateSchema],
    ['review', 'reviews', review, reviewCreateSchema, reviewUpdateSchema],
    ['training', 'trainings', training, trainingCreateSchema, trainingUpdateSchema],
    ['item', 'items', item, itemCreateSchema, itemUpdateSchema],
    ['standard', 'standards', standard, standardCreateSchema, standardUpdateSchema],
    ['leniencyItem', 'leniency-items', leniencyItem, leniencyItemCreateSchema, leniencyItemUpdateSchema],
    ['decision', 'leniency-decisions', decision, decisionCreateSchema, decisionUpdateSchema],
    ['case', 'cases', enforcementCase, caseCreateSchema, caseUpdateSchema],
    ['campaign', 'review-campaigns', campaign, campaignCreateSchema, campaignUpdateSchema],
    ['rubricItem', 'rubric-items', rubricItem, rubricItemCreateSchema, rubricItemUpdateSchema],
    ['reviewFile', 'review-files', reviewFile, reviewFileCreateSchema, reviewFileUpdateSchema],
    ['plan', 'supervision-plans', plan, planCreateSchema, planUpdateSchema],
    ['check', 'supervision-checks', check, checkCreateSchema, checkUpdateSchema],
    ['rectification', 'rectifications', rectification, rectificationCreateSchema, rectificationUpdateSchema],
  ] as const;

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    unit = h.seeded.org.departments.get('区市场监督管理局')!;
    for (const [key, path, valid] of registers) {
      const made = await fzb.post(`${base}/${path}`, valid());
      assert.equal(made.status, 201, `${path} ${JSON.stringify(made.body)}`);
      ids[key] = made.body.id;
      versions[key] = made.body.version;
      if (key === 'certificate') {
        const second = await fzb.post(`${base}/officers`, { ...officer(), name: '模糊测试员二' });
        ids.officer2 = second.body.id;
        assert.equal((await fzb.post(`${base}/certificates`, { ...certificate(), officerId: ids.officer2 })).status, 201);
      }
    }
  });
  after(() => h?.close());

  const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);
  const route = (
    name: string,
    method: 'POST' | 'PATCH',
    url: () => string,
    valid: () => Record<string, unknown>,
    schema: { shape: Record<string, unknown> } & Parameters<typeof bySchema>[0],
  ): BodyRoute => ({
    name,
    method,
    url,
    cookie: () => cookie,
    valid,
    fields: keys(schema),
    nested: [],
    accepts: bySchema(schema),
  });

  for (const [key, path, valid, createSchema, updateSchema] of registers) {
    it(`${path}: create and update refuse contract-invalid bodies with a 400 naming a field, writing nothing`, () =>
      refusesInvalidBodies(
        h,
        [
          route(`POST ${path}`, 'POST', () => `${base}/${path}`, valid, createSchema),
          route(
            `PATCH ${path}/:id`,
            'PATCH',
            () => `${base}/${path}/${ids[key]}`,
            () => ({ version: versions[key], ...valid() }),
            updateSchema,
          ),
        ],
        40,
      ));
  }

  it('查看身份号码: a reason is required', () =>
    refusesInvalidBodies(
      h,
      [
        route(
          'POST officers/:id/reveal',
          'POST',
          () => `${base}/officers/${ids.officer}/reveal`,
          () => ({ field: 'idNumber', reason: '核对身份' }),
          revealRequestOf(['idNumber']),
        ),
      ],
      40,
    ));

  it('案卷评查: reviewers and scores refuse invalid bodies', () =>
    refusesInvalidBodies(
      h,
      [
        {
          ...route(
            'PUT review-files/:id/reviewers',
            'PATCH',
            () => `${base}/review-files/${ids.reviewFile}/reviewers`,
            () => ({ userIds: [h.seeded.users.get('zrzy')] }),
            reviewersInputSchema,
          ),
          method: 'PUT' as never,
        },
        {
          ...route(
            'PUT review-files/:id/scores',
            'PATCH',
            () => `${base}/review-files/${ids.reviewFile}/scores`,
            () => ({ scores: [{ itemId: ids.rubricItem, deduction: 1 }] }),
            scoresInputSchema,
          ),
          method: 'PUT' as never,
        },
      ],
      40,
    ));
});
