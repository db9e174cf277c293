import assert from 'node:assert/strict';
import { withIdCheckCharacter } from '@fazhi/core';
import { disputeWorkflow } from '@fazhi/core/mediation';
import { marker, registerProbes, workflowProbes, type PolicyPart, type Target } from './kit.js';

const base = '/api/mediation';
const committees = `${base}/committees`;
const mediators = `${base}/mediators`;
const honours = `${base}/honours`;
const campaigns = `${base}/campaigns`;
const disputes = `${base}/disputes`;

const committeeBody = (orgUnitId: string) => ({
  name: `${marker}调委会${orgUnitId.slice(0, 8)}`,
  level: 'community',
  orgUnitId,
  address: `${marker}地址`,
  officePhone: '0537-2345678',
  establishedOn: '2015-01-01',
  termStartOn: '2024-01-01',
});
const mediatorBody = (orgUnitId: string) => ({ name: `${marker}调解员`, gender: 'female', position: 'member', orgUnitId, phone: '13912345678' });
const honourBody = (orgUnitId: string) => ({
  orgUnitId,
  mediatorName: `${marker}调解员`,
  kind: 'mediationExpert',
  level: 'district',
  year: 2026,
  awardedOn: '2026-11-01',
  awardedBy: `${marker}区司法局`,
});
const campaignBody = (orgUnitId: string) => ({ title: `${marker}排查`, orgUnitId, startOn: '2026-11-01', endOn: '2026-11-30' });
const disputeBody = (orgUnitId: string) => ({
  orgUnitId,
  receivedOn: '2026-11-20',
  disputeType: 'neighbour',
  source: 'application',
  summary: `${marker}纠纷`,
  mediatorNames: `${marker}调解员`,
  parties: [{ name: '矩阵甲', idNumber: withIdCheckCharacter('37089919800101002') }, { name: '矩阵乙' }],
});

const id = (name: string) => (t: Target) => t.records[name]!;
const record = (action: 'read' | 'reveal', entity: string) => ({ kind: 'record', module: 'mediation', action, entity }) as const;

/** Routes of the mediation module: a committee at each probed unit holds its mediators, honours and disputes. */
export const mediationPolicy: PolicyPart = {
  setup: async ({ fzb }, { unitId }) => {
    const made = async (url: string, body: object) => {
      const res = await fzb.post(url, body);
      assert.equal(res.status, 201, `${url} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const committee = await made(committees, committeeBody(unitId));
    const mediator = await made(mediators, mediatorBody(unitId));
    const honour = await made(honours, honourBody(unitId));
    const campaign = await made(campaigns, campaignBody(unitId));
    const dispute = await made(disputes, disputeBody(unitId));
    // Keys carry the module's name: the parts share one record map per target.
    return {
      mediationCommittee: committee.id,
      mediationMediator: mediator.id,
      mediationHonour: honour.id,
      mediationCampaign: campaign.id,
      mediationDispute: dispute.id,
      mediationParty: dispute.parties[0].id,
    };
  },
  probes: (f) => ({
    // One committee per unit: past the access check, a second one at the probed unit is refused (nothing written).
    ...registerProbes(f, committees, 'mediation', 'committee', id('mediationCommittee'), { ok: 400, body: (t) => committeeBody(t.unitId) }, { skipDetail: true }),
    ...registerProbes(f, mediators, 'mediation', 'mediator', id('mediationMediator'), { ok: 201, body: (t) => mediatorBody(t.unitId) }),
    ...registerProbes(f, honours, 'mediation', 'honour', id('mediationHonour'), { ok: 201, body: (t) => honourBody(t.unitId) }),
    ...registerProbes(f, campaigns, 'mediation', 'campaign', id('mediationCampaign'), { ok: 201, body: (t) => campaignBody(t.unitId) }),
    ...registerProbes(f, disputes, 'mediation', 'dispute', id('mediationDispute'), { ok: 201, body: (t) => disputeBody(t.unitId) }, { skipDetail: true }),
    [`GET ${disputes}/{id}`]: { need: record('read', 'dispute'), ok: 200, call: (c, t) => c.get(`${disputes}/${id('mediationDispute')(t)}`) },
    [`GET ${committees}/{id}`]: { need: record('read', 'committee'), ok: 200, call: (c, t) => c.get(`${committees}/${id('mediationCommittee')(t)}`) },
    ...workflowProbes(disputes, 'mediation', 'dispute', id('mediationDispute'), disputeWorkflow),
    // Personal data: the reveal action in the dispute's unit, not merely the right to read it.
    [`POST ${disputes}/{id}/parties/{partyId}/reveal`]: {
      need: record('reveal', 'dispute'),
      ok: 200,
      call: (c, t) => c.post(`${disputes}/${id('mediationDispute')(t)}/parties/${id('mediationParty')(t)}/reveal`, { reason: `${marker}核对` }),
    },
    'GET /api/public/mediation-committees': { need: { kind: 'public' }, ok: 200, call: (c) => c.get('/api/public/mediation-committees') },
  }),
};
