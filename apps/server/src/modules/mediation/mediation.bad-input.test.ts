import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withIdCheckCharacter } from '@fazhi/core';
import {
  campaignCreateSchema,
  campaignUpdateSchema,
  committeeCreateSchema,
  committeeUpdateSchema,
  disputeCreateSchema,
  disputeUpdateSchema,
  disputeWorkflow,
  honourCreateSchema,
  honourUpdateSchema,
  mediatorCreateSchema,
  mediatorUpdateSchema,
  revealReasonSchema,
} from '@fazhi/core/mediation';
import type { z } from 'zod';
import { bySchema, refusesInvalidBodies, stepRoutes, type BodyRoute, type Json, type Path } from '../../../test/bad-input-kit.js';
import { startHarness, type Harness } from '../../../test/harness.js';

/** Every mutation route of the mediation module refuses contract-invalid bodies with a 400 naming a field, and writes nothing. */
describe('人民调解: hostile bodies', () => {
  let h: Harness;
  let cookie = '';
  const base = '/api/mediation';
  const fx = { unit: '', committee: '', committeeV: 0, mediator: '', mediatorV: 0, honour: '', honourV: 0, campaign: '', campaignV: 0, dispute: '', disputeV: 0, party: '' };

  const route = (
    name: string,
    method: 'POST' | 'PATCH',
    url: () => string,
    valid: () => Record<string, Json>,
    schema: z.ZodType & { shape?: object },
    fields: string[],
    nested: Path[] = [],
  ): BodyRoute => ({
    name,
    method,
    url,
    cookie: () => cookie,
    valid,
    fields,
    nested,
    accepts: bySchema(schema as z.ZodObject),
  });
  const keys = (s: { shape: object }) => Object.keys(s.shape);
  const newDispute = () => ({
    orgUnitId: fx.unit,
    receivedOn: '2026-11-02',
    disputeType: 'neighbour',
    source: 'application',
    summary: '邻里排水纠纷',
    mediatorNames: '郑调解',
    smartSystemEntered: true,
    smartSystemNumber: 'ZHMT-2026-001',
    note: '备注',
    parties: [{ name: '甲', idNumber: withIdCheckCharacter('37089919850312123'), phone: '13912345678' }, { name: '乙' }],
  });
  const partyPaths: Path[] = [
    ['parties', 0],
    ['parties', 0, 'name'],
    ['parties', 0, 'idNumber'],
    ['parties', 0, 'phone'],
  ];

  before(async () => {
    h = await startHarness();
    const fzb = await h.login('fzb');
    cookie = fzb.cookie!;
    fx.unit = h.seeded.org.communities[5]!;
    const pick = async (url: string) => (await fzb.get(`${url}?f.orgUnitId=${fx.unit}&pageSize=1`)).body.items[0];
    const committee = await pick(`${base}/committees`);
    fx.committee = committee.id;
    fx.committeeV = committee.version;
    const mediator = await pick(`${base}/mediators`);
    fx.mediator = mediator.id;
    fx.mediatorV = mediator.version;
    const honour = await fzb.post(`${base}/honours`, {
      orgUnitId: fx.unit,
      mediatorName: mediator.name,
      kind: 'mediationExpert',
      level: 'district',
      year: 2026,
      awardedOn: '2026-05-01',
      awardedBy: '区司法局',
    });
    assert.equal(honour.status, 201, JSON.stringify(honour.body));
    fx.honour = honour.body.id;
    fx.honourV = honour.body.version;
    const campaign = await fzb.post(`${base}/campaigns`, { title: '测试排查', orgUnitId: fx.unit, startOn: '2026-11-01', endOn: '2026-11-30' });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    fx.campaign = campaign.body.id;
    fx.campaignV = campaign.body.version;
    const dispute = await fzb.post(`${base}/disputes`, newDispute());
    assert.equal(dispute.status, 201, JSON.stringify(dispute.body));
    fx.dispute = dispute.body.id;
    fx.disputeV = dispute.body.version;
    fx.party = dispute.body.parties[0].id;
  });
  after(() => h?.close());

  it('committees, mediators and honours: create and update refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route(
        'POST committees',
        'POST',
        () => `${base}/committees`,
        () => ({ name: '测试调委会', level: 'community', orgUnitId: fx.unit, address: '村委会', officePhone: '0537-2345678', establishedOn: '2015-01-01', termStartOn: '2024-01-01', note: '备注' }),
        committeeCreateSchema,
        keys(committeeCreateSchema),
      ),
      route(
        'PATCH committees/:id',
        'PATCH',
        () => `${base}/committees/${fx.committee}`,
        () => ({ version: fx.committeeV, address: '新地址' }),
        committeeUpdateSchema,
        keys(committeeUpdateSchema),
      ),
      route(
        'POST mediators',
        'POST',
        () => `${base}/mediators`,
        () => ({ name: '测试调解员', gender: 'female', position: 'member', orgUnitId: fx.unit, phone: '13912345678', trainings: '培训', leftOn: '2026-12-31', note: '备注' }),
        mediatorCreateSchema,
        keys(mediatorCreateSchema),
      ),
      route(
        'PATCH mediators/:id',
        'PATCH',
        () => `${base}/mediators/${fx.mediator}`,
        () => ({ version: fx.mediatorV, trainings: '新培训' }),
        mediatorUpdateSchema,
        keys(mediatorUpdateSchema),
      ),
      route(
        'POST honours',
        'POST',
        () => `${base}/honours`,
        () => ({ orgUnitId: fx.unit, mediatorName: '某人', kind: 'mediationExpert', level: 'city', year: 2026, awardedOn: '2026-05-01', awardedBy: '市司法局', note: '备注' }),
        honourCreateSchema,
        keys(honourCreateSchema),
      ),
      route(
        'PATCH honours/:id',
        'PATCH',
        () => `${base}/honours/${fx.honour}`,
        () => ({ version: fx.honourV, awardedBy: '市司法局' }),
        honourUpdateSchema,
        keys(honourUpdateSchema),
      ),
    ]));

  it('campaigns and disputes: create, update and the reveal of a party refuse contract-invalid bodies', () =>
    refusesInvalidBodies(h, [
      route(
        'POST campaigns',
        'POST',
        () => `${base}/campaigns`,
        () => ({ title: '排查', orgUnitId: fx.unit, startOn: '2026-11-01', endOn: '2026-11-30', focus: '重点', note: '备注' }),
        campaignCreateSchema,
        ['title', 'orgUnitId', 'startOn', 'endOn', 'focus', 'note'],
      ),
      route(
        'PATCH campaigns/:id',
        'PATCH',
        () => `${base}/campaigns/${fx.campaign}`,
        () => ({ version: fx.campaignV, focus: '新重点' }),
        campaignUpdateSchema,
        keys(campaignUpdateSchema),
      ),
      route('POST disputes', 'POST', () => `${base}/disputes`, newDispute, disputeCreateSchema, keys(disputeCreateSchema), partyPaths),
      route(
        'PATCH disputes/:id',
        'PATCH',
        () => `${base}/disputes/${fx.dispute}`,
        () => ({ version: fx.disputeV, summary: '改后情况', parties: newDispute().parties }),
        disputeUpdateSchema,
        keys(disputeUpdateSchema),
        partyPaths,
      ),
      route(
        'POST disputes/:id/parties/:partyId/reveal',
        'POST',
        () => `${base}/disputes/${fx.dispute}/parties/${fx.party}/reveal`,
        () => ({ reason: '核对身份' }),
        revealReasonSchema,
        ['reason'],
      ),
    ]));

  it('disputes: every transition of the workflow refuses contract-invalid bodies', () =>
    refusesInvalidBodies(
      h,
      stepRoutes(`${base}/disputes`, disputeWorkflow, {
        id: () => fx.dispute,
        version: () => fx.disputeV,
        cookie: () => cookie,
        samples: {
          succeed: { concludedOn: '2026-11-10', agreementForm: 'written', agreementContent: '协议', agreementEffectiveOn: '2026-11-10', performanceDueOn: '2026-12-10' },
          fail: { concludedOn: '2026-11-10', failureAdvice: 'litigation', failureNote: '说明' },
          recordConfirmation: { confirmationResult: 'confirmed', confirmationDecidedOn: '2026-11-20' },
          followUp: { followUpOn: '2026-11-20', performance: 'performed', followUpNote: '已履行' },
        },
      }),
    ));
});
