import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { caseSpec } from '../litigation/contract.js';
import { instances } from '../litigation/codes.js';
import { dateField, textField } from '../validators/zod.js';
import { fieldsOf } from './field-meta.js';

describe('fieldsOf: a register field is named once, in the contract', () => {
  it('takes label, control and code table from the contract and the layout from the register', () => {
    const schema = z.object({ caseNumber: textField('案号', 60), instance: instances.schema, note: textField('备注', 2000).optional(), heldOn: dateField('开庭日期') });
    const fields = fieldsOf(schema, [
      ['caseNumber', { list: true }],
      ['instance', { filter: true }],
      ['note', { form: true }],
      ['heldOn', { sortable: true }],
    ]);
    assert.deepEqual(
      fields.map((f) => [f.name, f.label, f.kind, f.codes ? 'codes' : '-', f.list ?? f.filter ?? f.form ?? f.sortable]),
      [
        ['caseNumber', '案号', 'text', '-', true],
        ['instance', '审级', 'code', 'codes', true],
        ['note', '备注', 'longText', '-', true],
        ['heldOn', '开庭日期', 'date', '-', true],
      ],
    );
    assert.deepEqual(fields[1]!.codes!.items, instances.items, 'the select offers the code table of the contract');
  });

  it('refuses at start-up a field the contract does not label, instead of a form without a label', () => {
    assert.throws(() => fieldsOf(z.object({ x: z.string() }), [['x', { list: true }]]), /“x” has no label/);
    assert.throws(() => fieldsOf(z.object({}), [['missing', { list: true }]]), /“missing” has no label/);
  });

  it('the litigation register reads its form fields from the case contract', () => {
    const form = caseSpec.fields.filter((f) => f.form).map((f) => `${f.name}:${f.label}`);
    assert.ok(form.includes('orgUnitId:被告单位') && form.includes('preSuitMediation:诉前调解') && form.includes('note:备注'), form.join(' '));
  });
});
