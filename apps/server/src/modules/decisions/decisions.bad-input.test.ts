import { after, before, describe, it } from 'node:test';
import {
  catalogueCreateSchema,
  catalogueUpdateSchema,
  catalogueWorkflow,
  decisionCreateSchema,
  decisionUpdateSchema,
  decisionWorkflow,
  executionReportCreateSchema,
  matterCreateSchema,
  matterUpdateSchema,
  matterWorkflow,
  stepInputs,
  type RecordedStep,
} from '@fazhi/core/decisions';
import type { z } from 'zod';
import { startHarness, type Harness } from '../../../test/harness.js';
import { bySchema, byTransitionSchema, refusesInvalidBodies, stepRoutes, type BodyRoute, type Json } from '../../../test/bad-input-kit.js';

const keys = (schema: z.ZodType) => Object.keys((schema as z.ZodObject).shape);
const anyId = '00000000-0000-4000-8000-000000000002';

const validStep: Record<RecordedStep, Record<string, Json>> = {
  publicComment: { status: 'done', forms: ['openSolicitation'], commentStartOn: '2026-08-01', commentEndOn: '2026-09-05', channel: '网站', commentsReceived: 3 },
  hearing: { status: 'done', hearingOn: '2026-09-20', materialsSentOn: '2026-09-10', participants: 9 },
  expertReview: { status: 'done', experts: [{ name: '专家', affiliation: '大学 教授', opinion: '可行', signedOn: '2026-09-01' }] },
  riskAssessment: { status: 'notApplicable', reason: '不涉及稳定风险' },
  postEvaluation: { status: 'done', evaluatedOn: '2026-11-01', trigger: 'organDecided', evaluator: '第三方', conclusion: '效果良好' },
  archive: { status: 'done', archivedOn: '2026-11-20', archiveNumber: 'JC-1' },
};
const stepFields: Record<RecordedStep, string[]> = {
  publicComment: ['status', 'forms', 'commentStartOn', 'commentEndOn', 'channel', 'commentsReceived', 'handlingSummary', 'shortPeriodReason', 'reason'],
  hearing: ['status', 'hearingOn', 'materialsSentOn', 'participants', 'summary', 'reason'],
  expertReview: ['status', 'experts', 'summary', 'reason'],
  riskAssessment: ['status', 'assessedOn', 'assessor', 'riskLevel', 'riskPoints', 'measures', 'reason'],
  postEvaluation: ['status', 'evaluatedOn', 'trigger', 'evaluator', 'conclusion', 'reason'],
  archive: ['status', 'archivedOn', 'archiveNumber'],
};

describe('重大行政决策: contract-invalid bodies are refused with a 400 naming the field, and nothing is written', () => {
  let h: Harness;
  let cookie: string;
  let catalogue: { id: string; version: number };
  let decision: { id: string; version: number };
  let matter: { id: string; version: number };
  const unit = () => h.seeded.org.departments.get('区自然资源和规划局')!;
  const newCatalogue = (): Record<string, Json> => ({
    orgUnitId: h.seeded.org.districtId,
    year: 2027,
    title: '目录',
    items: [{ title: '事项', kind: 'plan', leadUnitId: unit(), plannedQuarter: 'q1' }],
  });
  const newDecision = (): Record<string, Json> => ({ orgUnitId: unit(), title: '测试决策', kind: 'plan', startedOn: '2026-08-01' });
  const newMatter = (): Record<string, Json> => ({ orgUnitId: h.seeded.org.subdistricts.get('西岭街道')!, subject: '测试事项', category: 'largeFunds', proposedOn: '2026-11-01' });

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    catalogue = (await fzb.post('/api/decisions/catalogues', newCatalogue())).body;
    decision = (await fzb.post('/api/decisions/decisions', newDecision())).body;
    matter = (await fzb.post('/api/decisions/matters', newMatter())).body;
  });
  after(() => h.close());

  const route = (r: Omit<BodyRoute, 'cookie'>): BodyRoute => ({ ...r, cookie: () => cookie });

  it('catalogues, decisions and matters: create and update', async () => {
    await refusesInvalidBodies(h, [
      route({
        name: 'catalogue create',
        method: 'POST',
        url: () => '/api/decisions/catalogues',
        valid: newCatalogue,
        fields: keys(catalogueCreateSchema),
        nested: [
          ['items', 0, 'leadUnitId'],
          ['items', 0, 'title'],
          ['items', 0, 'plannedQuarter'],
        ],
        accepts: bySchema(catalogueCreateSchema),
      }),
      route({
        name: 'catalogue update',
        method: 'PATCH',
        url: () => `/api/decisions/catalogues/${catalogue.id}`,
        valid: () => ({ version: catalogue.version, title: '改' }),
        fields: keys(catalogueUpdateSchema),
        accepts: bySchema(catalogueUpdateSchema),
      }),
      route({
        name: 'decision create',
        method: 'POST',
        url: () => '/api/decisions/decisions',
        valid: () => ({ ...newDecision(), catalogueItemId: anyId }),
        fields: keys(decisionCreateSchema),
        accepts: bySchema(decisionCreateSchema),
      }),
      route({
        name: 'decision update',
        method: 'PATCH',
        url: () => `/api/decisions/decisions/${decision.id}`,
        valid: () => ({ version: decision.version, note: '改' }),
        fields: keys(decisionUpdateSchema),
        accepts: bySchema(decisionUpdateSchema),
      }),
      route({ name: 'matter create', method: 'POST', url: () => '/api/decisions/matters', valid: newMatter, fields: keys(matterCreateSchema), accepts: bySchema(matterCreateSchema) }),
      route({
        name: 'matter update',
        method: 'PATCH',
        url: () => `/api/decisions/matters/${matter.id}`,
        valid: () => ({ version: matter.version, note: '改' }),
        fields: keys(matterUpdateSchema),
        accepts: bySchema(matterUpdateSchema),
      }),
    ]);
  });

  it('transitions, procedure steps and execution reports', async () => {
    // Step bodies from the workflow declarations; the members' opinions are a list the field meta cannot fill.
    const members = [{ memberName: '甲', post: '副区长', stance: 'agree', statement: '同意。' }];
    const transitions = [
      ...stepRoutes('/api/decisions/decisions', decisionWorkflow, { id: () => decision.id, version: () => decision.version, cookie: () => cookie, samples: { deliberate: { members } } }).map((r) =>
        r.name.endsWith('deliberate')
          ? {
              ...r,
              nested: [
                ['members', 0, 'stance'],
                ['members', 0, 'statement'],
              ],
            }
          : r,
      ),
      ...stepRoutes('/api/decisions/catalogues', catalogueWorkflow, { id: () => catalogue.id, version: () => catalogue.version, cookie: () => cookie }),
      ...stepRoutes('/api/decisions/matters', matterWorkflow, { id: () => matter.id, version: () => matter.version, cookie: () => cookie }),
    ];
    const steps = (Object.keys(validStep) as RecordedStep[]).map((step) =>
      route({
        name: `step ${step}`,
        method: 'POST',
        url: () => `/api/decisions/decisions/${decision.id}/steps/${step}`,
        valid: () => ({ version: decision.version, ...validStep[step] }),
        fields: ['version', ...stepFields[step]],
        nested:
          step === 'expertReview'
            ? [
                ['experts', 0, 'signedOn'],
                ['experts', 0, 'name'],
              ]
            : [],
        accepts: byTransitionSchema(stepInputs[step]),
      }),
    );
    await refusesInvalidBodies(h, [
      ...transitions,
      ...steps,
      route({
        name: 'execution report',
        method: 'POST',
        url: () => `/api/decisions/decisions/${decision.id}/execution-reports`,
        valid: () => ({ reportedOn: '2026-11-20', reportingUnit: '区自然资源和规划局', content: '已实施' }),
        fields: keys(executionReportCreateSchema),
        accepts: bySchema(executionReportCreateSchema),
      }),
    ]);
  });
});
