import assert from 'node:assert/strict';
import { normativeDocuments } from '../../../src/modules/normative-docs/tables.js';
import { campaignWorkflow, documentWorkflow } from '@fazhi/core/normative-docs';
import { marker, registerProbes, staleVersion, upload, workflowProbes, type PolicyPart, type Probe, type Target } from './kit.js';

const documents = '/api/normative-docs/documents';
const campaigns = '/api/normative-docs/campaigns';
const intakes = '/api/normative-docs/intakes';
const intakeBody = (orgUnitId: string) => ({ title: `${marker}备案审查登记`, docNumber: `${marker}〔2026〕1号`, orgUnitId, publishedOn: '2026-10-09', receivedOn: '2026-10-20', source: 'filing' });
// Writes below stop at the stale version (409) once access is granted, so the id of a child never has to exist.
const anyChildId = '00000000-0000-4000-8000-000000000001';

const documentBody = (orgUnitId: string) => ({ title: `${marker}规范性文件`, orgUnitId, numberPrefix: '示范高新发', proposedOn: '2026-11-02' });
const campaignBody = (orgUnitId: string) => ({
  name: `${marker}清理`,
  orgUnitId,
  issuingUnitIds: [orgUnitId],
  scopeFrom: '2020-01-01',
  scopeTo: '2026-12-31',
  startedOn: '2026-11-01',
  endsOn: '2026-12-31',
});

/** Routes of the normativeDocs module: documents, comments, 清理 campaigns and the public portal's documents. */
export const normativeDocsPolicy: PolicyPart = {
  setup: async ({ h, fzb }, { key, unitId }) => {
    const doc = await fzb.post(documents, documentBody(unitId));
    assert.equal(doc.status, 201, JSON.stringify(doc.body));
    const campaign = await fzb.post(campaigns, campaignBody(unitId));
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const intake = await fzb.post(intakes, intakeBody(unitId));
    assert.equal(intake.status, 201, JSON.stringify(intake.body));
    // A document in force, as the public portal shows it, with its full text as an attachment.
    const [pub] = await h.db
      .insert(normativeDocuments)
      .values({
        orgUnitId: unitId,
        title: `${marker}现行有效文件${key}`,
        numberPrefix: '示范高新发',
        proposedOn: '2025-01-02',
        state: 'inForce',
        validity: 'valid',
        registrationNumber: `MATRIX-${key}`,
        docNumber: `示范高新发〔2025〕${key}号`,
        publishedOn: '2025-03-01',
        effectiveOn: '2025-03-01',
        expiresOn: '2030-02-28',
      })
      .returning({ id: normativeDocuments.id });
    const file = await upload(fzb, `${documents}/${pub!.id}/attachments`, Buffer.from('文件全文'));
    assert.equal(file.status, 201, JSON.stringify(file.body));
    // The portal serves an attachment only once it is published.
    assert.equal((await fzb.post(`${documents}/${pub!.id}/attachments/${file.body.id}/publish`)).status, 200);
    return { document: doc.body.id, campaign: campaign.body.id, intake: intake.body.id, publicDocument: pub!.id, publicAttachment: file.body.id };
  },
  afterSetup: async ({ fzb, userIds }, targets) => {
    const donghu = targets.get('donghu')!;
    const made = await fzb.post(`${documents}/${donghu.records.document}/assignees`, { userId: userIds.get('adviser'), role: 'adviser' });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    return ['adviser document donghu'];
  },
  probes: (f) => {
    const doc = (t: Target) => t.records.document!;
    const campaign = (t: Target) => t.records.campaign!;
    const record = (action: 'update', entity: string) => ({ kind: 'record', module: 'normativeDocs', action, entity }) as const;
    const publicProbe = (call: Probe['call']): Probe => ({ need: { kind: 'public' }, ok: 200, call });
    return {
      ...registerProbes(f, documents, 'normativeDocs', 'document', doc, { ok: 201, body: (t) => documentBody(t.unitId) }, { publicAttachments: true }),
      // 签发 is the leader's `approve`; the declaration says so, and the probe follows it.
      ...workflowProbes(documents, 'normativeDocs', 'document', doc, documentWorkflow, { samples: { amend: { newVersionId: anyChildId } } }),
      [`POST ${documents}/{id}/comments`]: {
        need: record('update', 'document'),
        ok: 409,
        call: (c, t) => c.post(`${documents}/${doc(t)}/comments`, { version: staleVersion, commenter: marker, receivedOn: '2026-11-20', content: marker }),
      },
      [`POST ${documents}/{id}/comments/{commentId}/handling`]: {
        need: record('update', 'document'),
        ok: 409,
        call: (c, t) => c.post(`${documents}/${doc(t)}/comments/${anyChildId}/handling`, { version: staleVersion, handling: 'adopted' }),
      },
      [`DELETE ${documents}/{id}/comments/{commentId}`]: {
        need: record('update', 'document'),
        ok: 409,
        call: (c, t) => c.delete(`${documents}/${doc(t)}/comments/${anyChildId}?version=${staleVersion}`),
      },
      [`GET ${documents}/{id}/next-number`]: {
        need: { kind: 'record', module: 'normativeDocs', action: 'read', entity: 'document' },
        ok: 200,
        call: (c, t) => c.get(`${documents}/${doc(t)}/next-number?year=2026`),
      },
      ...registerProbes(f, campaigns, 'normativeDocs', 'campaign', campaign, { ok: 201, body: (t) => campaignBody(t.unitId) }),
      ...registerProbes(f, intakes, 'normativeDocs', 'intake', (t) => t.records.intake!, {
        ok: 201,
        body: (t) => ({ ...intakeBody(t.unitId), docNumber: `${marker}〔2026〕${crypto.randomUUID().slice(0, 8)}号` }),
      }),
      [`POST ${campaigns}/{id}/items/{itemId}`]: {
        need: record('update', 'campaign'),
        ok: 409,
        call: (c, t) => c.post(`${campaigns}/${campaign(t)}/items/${anyChildId}`, { version: staleVersion, conclusion: 'valid', reason: marker }),
      },
      ...workflowProbes(campaigns, 'normativeDocs', 'campaign', campaign, campaignWorkflow),
      'GET /api/public/normative-documents': publicProbe((c) => c.get(`/api/public/normative-documents?q=${encodeURIComponent(marker)}`)),
      'GET /api/public/normative-documents/cleanups': publicProbe((c) => c.get('/api/public/normative-documents/cleanups')),
      'GET /api/public/normative-documents/{id}': publicProbe((c, t) => c.get(`/api/public/normative-documents/${t.records.publicDocument}`)),
      'GET /api/public/normative-documents/{id}/attachments/{attachmentId}': publicProbe((c, t) =>
        c.get(`/api/public/normative-documents/${t.records.publicDocument}/attachments/${t.records.publicAttachment}`),
      ),
    };
  },
};
