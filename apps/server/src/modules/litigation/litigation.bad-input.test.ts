import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { idField, withIdCheckCharacter } from '@fazhi/core';
import {
  caseCreateSchema,
  caseUpdateSchema,
  caseWorkflow,
  hearingCreateSchema,
  observationCreateSchema,
  observationUpdateSchema,
  suggestionCreateSchema,
  suggestionUpdateSchema,
} from '@fazhi/core/litigation';
import { z } from 'zod';
import { bySchema, refusesInvalidBodies, stepRoutes, type BodyRoute, type Json, type Path } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/**
 * Every mutation route of the litigation module refuses contract-invalid bodies with a 400 naming a field, and
 * writes nothing. (The kit-wide checks — non-JSON bodies, malformed ids, list queries, hostile but valid values —
 * are in test/reliability/bad-input.test.ts.)
 */
describe('行政应诉: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  const fx = { unit: '', caseId: '', caseVersion: 0, plaintiffId: '', observationId: '', observationVersion: 0, suggestionId: '', suggestionVersion: 0 };
  const base = '/api/litigation';

  const newCase = () => ({
    caseNumber: '（2026）鲁0899行初801号',
    court: '示范市任城区人民法院',
    instance: 'first',
    orgUnitId: fx.unit,
    cause: '不服行政处罚决定',
    disputeArea: 'marketRegulation',
    complaintReceivedOn: '2026-11-02',
    preSuitMediation: 'notTried',
    judicialSuggestionReceived: false,
    handlerName: '张承办',
    note: '备注',
    plaintiffs: [
      { kind: 'person', name: '测试原告', idNumber: withIdCheckCharacter('37089919850312123') },
      { kind: 'organization', name: '某某有限公司' },
    ],
  });
  const newSuggestion = () => ({
    kind: 'judicial',
    issuer: '示范市任城区人民法院',
    docNumber: '（2026）鲁0800司建801号',
    orgUnitId: fx.unit,
    receivedOn: '2026-11-02',
    urgent: false,
    content: '建议规范执法程序',
    repliedOn: '2026-12-01',
    replySummary: '已回复',
  });
  const plaintiffPaths: Path[] = [
    ['plaintiffs', 0],
    ['plaintiffs', 0, 'idNumber'],
    ['plaintiffs', 0, 'kind'],
    ['plaintiffs', 0, 'name'],
    ['plaintiffs', 1, 'creditCode'],
    ['plaintiffs', 1, 'kind'],
  ];
  const assigneeSchema = z.object({ userId: idField, role: z.enum(['handler', 'reviewer', 'adviser']).default('handler') });
  const revealSchema = z.object({ reason: z.string().trim().min(2).max(200) });

  const route = (name: string, method: 'POST' | 'PATCH', url: () => string, valid: () => Record<string, Json>, schema: z.ZodObject, nested: Path[] = []): BodyRoute => ({
    name,
    method,
    url,
    cookie: () => cookie,
    valid,
    fields: Object.keys(schema.shape),
    nested,
    accepts: bySchema(schema),
  });

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    fx.unit = h.seeded.org.subdistricts.get('西岭街道')!;
    const kase = await fzb.post(`${base}/cases`, newCase());
    assert.equal(kase.status, 201, JSON.stringify(kase.body));
    fx.caseId = kase.body.id;
    fx.caseVersion = kase.body.version;
    fx.plaintiffId = kase.body.plaintiffs[0].id;
    const obs = await fzb.post(`${base}/observations`, { heldOn: '2026-11-12', orgUnitId: fx.unit, title: '旁听庭审', participants: 15 });
    assert.equal(obs.status, 201, JSON.stringify(obs.body));
    fx.observationId = obs.body.id;
    fx.observationVersion = obs.body.version;
    const suggestion = await fzb.post(`${base}/suggestions`, newSuggestion());
    assert.equal(suggestion.status, 201, JSON.stringify(suggestion.body));
    fx.suggestionId = suggestion.body.id;
    fx.suggestionVersion = suggestion.body.version;
  });
  after(() => h?.close());

  it('cases: create, update and assignees refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route('POST cases', 'POST', () => `${base}/cases`, newCase, caseCreateSchema, plaintiffPaths),
      route(
        'PATCH cases/:id',
        'PATCH',
        () => `${base}/cases/${fx.caseId}`,
        () => ({ version: fx.caseVersion, court: '改后法院', plaintiffs: newCase().plaintiffs }),
        caseUpdateSchema,
        plaintiffPaths,
      ),
      route(
        'POST cases/:id/assignees',
        'POST',
        () => `${base}/cases/${fx.caseId}/assignees`,
        () => ({ userId: h.seeded.users.get('adviser')!, role: 'adviser' }),
        assigneeSchema,
      ),
    ]));

  it('cases: hearings and the reveal of a plaintiff refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route(
        'POST cases/:id/hearings',
        'POST',
        () => `${base}/cases/${fx.caseId}/hearings`,
        () => ({ heldOn: '2026-11-20', leaderAppeared: false, substituteName: '李副局长', substitutePost: '副局长', absenceReasonKind: 'officialDuty', absenceReason: '公务冲突' }),
        hearingCreateSchema,
      ),
      route(
        'POST cases/:id/plaintiffs/:plaintiffId/reveal',
        'POST',
        () => `${base}/cases/${fx.caseId}/plaintiffs/${fx.plaintiffId}/reveal`,
        () => ({ reason: '核对身份' }),
        revealSchema,
      ),
    ]));

  it('cases: every transition of the workflow refuses contract-invalid bodies', () =>
    refusesInvalidBodies(
      h,
      stepRoutes(`${base}/cases`, caseWorkflow, {
        id: () => fx.caseId,
        version: () => fx.caseVersion,
        cookie: () => cookie,
        samples: {
          close: { outcome: 'dismissed', closedOn: '2026-11-20', judgmentSummary: '驳回' },
          appeal: { appealedOn: '2026-11-21', appellant: 'plaintiff', appealCopyReceivedOn: '2026-11-25', caseNumber: '（2026）鲁08行终801号', court: '示范市中级人民法院' },
          retry: { caseNumber: '（2026）鲁0899行初802号', court: '示范市任城区人民法院', retrialFiledOn: '2026-11-22' },
        },
      }),
    ));

  it('司法建议与检察建议: create and update refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route('POST suggestions', 'POST', () => `${base}/suggestions`, newSuggestion, suggestionCreateSchema),
      route(
        'PATCH suggestions/:id',
        'PATCH',
        () => `${base}/suggestions/${fx.suggestionId}`,
        () => ({ version: fx.suggestionVersion, replySummary: '已整改' }),
        suggestionUpdateSchema,
      ),
    ]));

  it('旁听庭审: create, update and assignees refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route(
        'POST observations',
        'POST',
        () => `${base}/observations`,
        () => ({ heldOn: '2026-11-12', orgUnitId: fx.unit, caseId: fx.caseId, title: '旁听行政诉讼庭审', participants: 20, note: '备注' }),
        observationCreateSchema,
      ),
      route(
        'PATCH observations/:id',
        'PATCH',
        () => `${base}/observations/${fx.observationId}`,
        () => ({ version: fx.observationVersion, title: '改后主题', participants: 30 }),
        observationUpdateSchema,
      ),
      route(
        'POST observations/:id/assignees',
        'POST',
        () => `${base}/observations/${fx.observationId}/assignees`,
        () => ({ userId: h.seeded.users.get('adviser')!, role: 'handler' }),
        assigneeSchema,
      ),
    ]));
});
