import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { metaOf } from '@fazhi/core';
import type { z } from 'zod';
import '../../src/modules/index.js';
import '../../src/reports/registry.js';
import { registersByPath } from '../../src/platform/register/define.js';

/**
 * Every id a client may send in a register's body names a record of another register, so it must be checked
 * against the actor's scope before it is used or echoed (issue 11 §1). The kit checks `ref` fields against the
 * target register's read scope and `orgUnitId` against the write scope; units elsewhere (served units, the
 * responding unit) name the org tree, which every signed-in role reads. Any other id is the module's to check, and
 * is listed here with where it is checked, so a new module's id field fails this test until someone has looked.
 */
const checkedByModule: Record<string, string> = {
  'certification.verification itemId': 'a public list (证明事项清单), checked in certification/registers.ts',
  'correction.leave subjectId': 'withSubject → linkedSubject: the subject under the actor’s correction scope',
  'correction.monitoring subjectId': 'withSubject → linkedSubject',
  'correction.monitoring extensionOf': 'the prior approval of the same (scoped) subject',
  'correction.report subjectId': 'withSubject → linkedSubject',
  'correction.verification subjectId': 'withSubject → linkedSubject',
  'correction.violation subjectId': 'withSubject → linkedSubject',
  'decisions.decision catalogueItemId': 'an item led by the (scope-checked) unit, else “不存在”',
  'judicialOffices.training assistantId': 'an assistant of the (scope-checked) 司法所',
  'legalAdvisers.adviser servedUnitIds': 'units of the org tree, which every signed-in role reads',
  'normativeDocs.campaign issuingUnitIds': 'units of the org tree, which every signed-in role reads',
  'legalAdvisers.adviser userId': 'an account linked by the coordinator; nothing of it echoed but 不存在',
  'legalAdvisers.service adviserId': 'readable or serving the unit (legal-advisers/registers.ts)',
  'legalAdvisers.service publicLawyerId': 'readable or serving the unit',
  'legalAdvisers.service reviewRequestId': 'readable under the 合法性审核 read scope',
  'legalAdvisers.service enterpriseId': 'a 园区企业 readable by the actor',
  'legalAdvisers.service themeId': 'a 一月一主题 readable by the actor',
  'legalReview.request subjectId': 'the subject’s unit must be in the actor’s create scope (legal-review/registers.ts)',
  'litigation.observation caseId': 'readConditions of the case register',
  'litigation.suggestion caseId': 'readConditions of the case register',
  'mediation.dispute campaignId': 'a campaign whose area covers the (scope-checked) committee',
  'study.attendance courseId': 'scopeCondition of the course register',
};

type Zod = { _zod: { def: Record<string, unknown> } };
/** True when the schema takes one id or a list of ids, looking through optional, nullable, default and pipes. */
function takesIds(schema: Zod, depth = 0): boolean {
  const def = schema._zod.def;
  if (def.format === 'uuid' || def.format === 'guid') return true;
  if (depth > 8) return false;
  if (def.type === 'array') return takesIds(def.element as Zod, depth + 1);
  return ['innerType', 'in', 'schema'].some((k) => def[k] !== undefined && takesIds(def[k] as Zod, depth + 1));
}

describe('ids in register bodies', () => {
  const fields = [...registersByPath.values()].flatMap((def) =>
    [def.spec.createSchema, def.spec.updateSchema].flatMap((schema) =>
      Object.entries((schema as unknown as { shape: Record<string, Zod> }).shape)
        .filter(([, field]) => takesIds(field))
        .map(([name, field]) => ({ key: `${def.spec.entity} ${name}`, name, meta: metaOf(field as unknown as z.ZodType) })),
    ),
  );

  it('finds the id fields of the registers (the scan itself works)', () => {
    assert.ok(registersByPath.size > 40, `${registersByPath.size} registers`);
    assert.ok(fields.some((f) => f.meta?.kind === 'ref'));
  });

  it('every ref field points into a register the kit can check it against', () => {
    const unchecked = fields.filter((f) => f.meta?.kind === 'ref' && !registersByPath.has(f.meta.ref!.path) && !checkedByModule[f.key]);
    assert.deepEqual(
      unchecked.map((f) => f.key),
      [],
    );
  });

  it('every other id is the unit, or is listed with the module check that scopes it', () => {
    const unlisted = fields.filter((f) => f.meta?.kind !== 'ref' && f.meta?.kind !== 'orgUnit' && f.name !== 'orgUnitId' && !checkedByModule[f.key]);
    assert.deepEqual([...new Set(unlisted.map((f) => f.key))], []);
  });

  it('the list names no field that is gone', () => {
    const seen = new Set(fields.map((f) => f.key));
    assert.deepEqual(
      Object.keys(checkedByModule).filter((k) => !seen.has(k)),
      [],
    );
  });
});
