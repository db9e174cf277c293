import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compositionProblems, confirmationDueOn, confirmationWindowProblems, termEndOn } from './rules.js';
import { disputeCreateSchema } from './contract.js';

describe('司法确认 window (人民调解法 第33条, 民事诉讼法 第205条)', () => {
  it('runs thirty calendar days from the day after the agreement takes effect', () => {
    assert.equal(confirmationDueOn('2026-09-05'), '2026-10-05');
    assert.equal(confirmationDueOn('2026-01-31'), '2026-03-02');
    assert.equal(confirmationDueOn('2028-02-01'), '2028-03-02');
  });

  it('accepts an application on the effective day and on the last day, refuses the day after', () => {
    assert.deepEqual(confirmationWindowProblems('2026-09-05', '2026-09-05'), []);
    assert.deepEqual(confirmationWindowProblems('2026-09-05', '2026-10-05'), []);
    assert.match(confirmationWindowProblems('2026-09-05', '2026-10-06')[0]!, /三十日内（截至2026-10-05）/);
    assert.deepEqual(confirmationWindowProblems('2026-09-05', '2026-09-04'), ['申请司法确认日期不能早于调解协议生效日期']);
  });
});

describe('committee composition (人民调解法 第8条, 第9条)', () => {
  const m = (gender: string, position: string) => ({ gender, position });
  it('accepts three to nine 委员 with a woman and one 主任', () => {
    assert.deepEqual(compositionProblems([m('male', 'director'), m('female', 'member'), m('male', 'member')]), []);
    assert.deepEqual(compositionProblems([m('male', 'director'), ...Array.from({ length: 8 }, () => m('female', 'member'))]), []);
  });

  it('counts 委员 only: hired mediators do not make up the number', () => {
    const problems = compositionProblems([m('male', 'director'), m('female', 'member'), m('male', 'hired'), m('male', 'hired')]);
    assert.deepEqual(problems, ['委员2人，少于三人（人民调解法第八条）']);
  });

  it('names each shortfall: too many, no woman, no or two 主任', () => {
    assert.deepEqual(compositionProblems(Array.from({ length: 10 }, (_, i) => m(i ? 'male' : 'female', i ? 'member' : 'director'))), ['委员10人，多于九人（人民调解法第八条）']);
    assert.deepEqual(compositionProblems([m('male', 'director'), m('male', 'member'), m('male', 'member')]), ['委员中没有妇女成员（人民调解法第八条）']);
    assert.deepEqual(compositionProblems([m('male', 'director'), m('female', 'director'), m('male', 'member')]), ['应设主任一人（人民调解法第八条）']);
  });

  it('a term lasts three years', () => {
    assert.equal(termEndOn('2024-01-01'), '2026-12-31');
    assert.equal(termEndOn('2024-02-29'), '2027-02-27');
  });
});

describe('disputeCreateSchema', () => {
  const base = { orgUnitId: '3f2c1a9e-8b7d-4c6e-9f1a-2b3c4d5e6f70', receivedOn: '2026-11-02', disputeType: 'neighbour', source: 'application', summary: '排水纠纷', mediatorNames: '郑调解' };
  it('needs two parties and a real ID number, naming the field', () => {
    const one = disputeCreateSchema.safeParse({ ...base, parties: [{ name: '甲' }] });
    assert.deepEqual(
      one.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [['parties', '至少登记两方当事人']],
    );
    const bad = disputeCreateSchema.safeParse({ ...base, parties: [{ name: '甲', idNumber: '370899198001010021' }, { name: '乙' }] });
    assert.equal(bad.error?.issues[0]?.path.join('.'), 'parties.0.idNumber');
    const ok = disputeCreateSchema.safeParse({ ...base, parties: [{ name: '甲' }, { name: '乙' }] });
    assert.equal(ok.success, true);
    assert.equal(ok.data?.smartSystemEntered, false);
  });
});
