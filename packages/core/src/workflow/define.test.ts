import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { codeTable } from '../register/code-table.js';
import { formFieldsOf } from '../register/field-meta.js';
import { dateField, textField } from '../validators/zod.js';
import { defineWorkflow } from './define.js';

const states = codeTable(
  [
    { code: 'draft', label: '草稿' },
    { code: 'passed', label: '通过' },
    { code: 'rejected', label: '未通过' },
  ],
  '状态',
);
const verdicts = codeTable(
  [
    { code: 'yes', label: '同意' },
    { code: 'no', label: '不同意' },
  ],
  '意见',
);
type Facts = { state: (typeof states.codes)[number]; reviewed: boolean; draftedOn: string };

const flow = defineWorkflow<Facts>()({
  entity: 'test.thing',
  states,
  steps: {
    decide: {
      label: '决定',
      from: ['draft'],
      to: (input) => (input.verdict === 'yes' ? 'passed' : 'rejected'),
      input: z.object({ verdict: verdicts.field('会议意见'), decidedOn: dateField('决定日期'), note: textField('说明', 1000).optional() }),
      guard: (f) => (f.reviewed ? [] : ['尚未审核，不能决定']),
      check: (f, i) => (i.decidedOn < f.draftedOn ? ['决定日期早于起草日期'] : []),
      guardFirst: true,
    },
    note: { label: '备注', from: ['draft', 'passed'], input: z.object({}), action: 'update', stateReasons: { rejected: '未通过的事项不能备注' } },
  },
});

describe('defineWorkflow', () => {
  const f: Facts = { state: 'draft', reviewed: true, draftedOn: '2026-03-01' };

  it('judges state, then guard, then the input check', () => {
    assert.equal(flow.refusal('decide', f, { verdict: 'yes', decidedOn: '2026-03-02' }), null);
    assert.deepEqual(flow.refusal('decide', f, { verdict: 'yes', decidedOn: '2026-02-01' }), { kind: 'guard', reasons: ['决定日期早于起草日期'] });
    assert.deepEqual(flow.refusal('note', { ...f, state: 'rejected' }), { kind: 'state', reasons: ['未通过的事项不能备注'] });
  });

  it('names the missing step before the state when the guard goes first', () => {
    assert.deepEqual(flow.refusal('decide', { ...f, state: 'passed', reviewed: false }), { kind: 'guard', reasons: ['尚未审核，不能决定'] });
    assert.deepEqual(flow.refusal('decide', { ...f, state: 'passed' })?.reasons, ['“通过”状态下不能决定']);
  });

  it('leads where the input says, and stays put for a step without a target', () => {
    assert.equal(flow.next('decide', f, { verdict: 'no', decidedOn: '2026-03-02' }), 'rejected');
    assert.equal(flow.next('note', { ...f, state: 'passed' }, {}), 'passed');
  });

  it('lists every step with the reason it is refused, by the action each needs', () => {
    const options = flow.options({ ...f, reviewed: false }, (action) => action === 'transition');
    assert.deepEqual(
      options.map((o) => [o.name, o.allowed, o.refusedBy]),
      [
        ['decide', false, 'guard'],
        ['note', false, 'permission'],
      ],
    );
  });

  it('gives forms their fields from the input schema: labels, controls, code tables', () => {
    const fields = formFieldsOf(flow.steps.decide.input);
    assert.deepEqual(
      fields.map((x) => [x.name, x.label, x.kind]),
      [
        ['verdict', '会议意见', 'code'],
        ['decidedOn', '决定日期', 'date'],
        ['note', '说明', 'longText'],
      ],
    );
    assert.equal(fields[0]?.codes?.label('no'), '不同意');
  });
});
