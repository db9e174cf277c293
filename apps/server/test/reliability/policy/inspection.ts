import assert from 'node:assert/strict';
import { scoreWorkflow, subjectWorkflow } from '@fazhi/core/inspection';
import { marker, registerProbes, staleVersion, workflowProbes, type PolicyPart, type Target } from './kit.js';

const base = '/api/inspection';
const id = (name: string) => (t: Target) => t.records[name]!;
let n = 0;
const next = () => (n += 1);

const bodies = {
  task: (t: Target) => ({ year: 2026, title: `${marker}工作要点${next()}`, orgUnitId: t.unitId, dueOn: '2026-12-20' }),
  round: (t: Target) => ({ year: 2026, title: `${marker}督察${next()}`, orgUnitId: t.unitId, startOn: '2026-11-01', endOn: '2026-11-30', focus: '第一责任人履职' }),
  // The same round and unit as the fixture: past the access check a second entry is refused (nothing written).
  subject: (t: Target) => ({ roundId: t.records.inspectionRound!, orgUnitId: t.unitId, inspectedOn: '2026-11-10', firstDutyInspected: true, findings: `${marker}问题` }),
  scheme: (t: Target) => ({ year: 2026, title: `${marker}考核${next()}`, orgUnitId: t.unitId }),
  item: (t: Target) => ({ schemeId: t.records.inspectionScheme!, orgUnitId: t.unitId, code: `M${next()}`, name: `${marker}项目`, weight: 10, method: 'manual', criteria: '人工评分' }),
  // Same item and unit as the fixture: refused as a duplicate once access is granted.
  score: (t: Target) => ({ itemId: t.records.inspectionItem!, orgUnitId: t.unitId, score: 5, basis: `${marker}依据` }),
  demoItem: (t: Target) => ({ year: 2026, orgUnitId: t.unitId, level: 'first', code: `D${next()}`, title: `${marker}示范指标` }),
  demoTask: (t: Target) => ({ demoItemId: t.records.inspectionDemoItem!, orgUnitId: t.unitId, title: `${marker}示范任务${next()}`, dueOn: '2026-12-20' }),
  honour: (t: Target) => ({ kind: 'typicalCase', level: 'district', title: `${marker}典型${next()}`, awardedBy: '区委依法治区办', year: 2026, orgUnitId: t.unitId }),
};
type Name = keyof typeof bodies;
const paths: Record<Name, string> = {
  task: 'tasks',
  round: 'rounds',
  subject: 'subjects',
  scheme: 'schemes',
  item: 'items',
  score: 'scores',
  demoItem: 'demo-items',
  demoTask: 'demo-tasks',
  honour: 'honours',
};
const fixture = (name: Name) => `inspection${name[0]!.toUpperCase()}${name.slice(1)}`;
const duplicateRefused: Name[] = ['subject', 'score'];

/** Routes of the inspection module: every record of a probed unit is that unit's; plans and schemes are organised there too. */
export const inspectionPolicy: PolicyPart = {
  setup: async ({ fzb }, { key, unitId }) => {
    const records: Record<string, string> = {};
    const t = { key, unitId, records } as unknown as Target;
    for (const name of Object.keys(bodies) as Name[]) {
      const res = await fzb.post(`${base}/${paths[name]}`, bodies[name](t));
      assert.equal(res.status, 201, `${name} ${JSON.stringify(res.body)}`);
      records[fixture(name)] = res.body.id;
    }
    return records;
  },
  probes: (f) => {
    const rec = (action: 'read' | 'update' | 'approve', entity: string) => ({ kind: 'record', module: 'inspection', action, entity }) as const;
    const schemes = `${base}/schemes`;
    return {
      ...Object.fromEntries(
        (Object.keys(bodies) as Name[]).flatMap((name) =>
          Object.entries(
            registerProbes(
              f,
              `${base}/${paths[name]}`,
              'inspection',
              name,
              id(fixture(name)),
              { ok: duplicateRefused.includes(name) ? 400 : 201, body: bodies[name] },
              { skipDetail: name === 'subject' || name === 'score' },
            ),
          ),
        ),
      ),
      [`GET ${base}/subjects/{id}`]: { need: rec('read', 'subject'), ok: 200, call: (c, t) => c.get(`${base}/subjects/${id('inspectionSubject')(t)}`) },
      [`GET ${base}/scores/{id}`]: { need: rec('read', 'score'), ok: 200, call: (c, t) => c.get(`${base}/scores/${id('inspectionScore')(t)}`) },
      ...workflowProbes(`${base}/subjects`, 'inspection', 'subject', id('inspectionSubject'), subjectWorkflow),
      ...workflowProbes(`${base}/scores`, 'inspection', 'score', id('inspectionScore'), scoreWorkflow),
      [`POST ${schemes}/{id}/compute`]: { need: rec('update', 'scheme'), ok: 409, call: (c, t) => c.post(`${schemes}/${id('inspectionScheme')(t)}/compute`, { version: staleVersion }) },
      [`POST ${schemes}/{id}/publish`]: {
        need: rec('approve', 'scheme'),
        ok: 409,
        call: (c, t) => c.post(`${schemes}/${id('inspectionScheme')(t)}/publish`, { version: staleVersion, publishedOn: '2026-11-25' }),
      },
      // Unpublished: only those who may read the scheme see the ranking.
      [`GET ${schemes}/{id}/ranking`]: { need: rec('read', 'scheme'), ok: 200, call: (c, t) => c.get(`${schemes}/${id('inspectionScheme')(t)}/ranking`) },
      [`GET ${base}/demonstration/readiness`]: { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get(`${base}/demonstration/readiness?year=2026`) },
    };
  },
};
