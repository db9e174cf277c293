import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { dateField } from '../validators/zod.js';
import { refineWith } from './rules.js';

// A cross-field rule that, like real ones, does date arithmetic on what it is given.
const yearAfter = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
const schema = z
  .object({ releasedOn: dateField('释放日期'), noticeOn: dateField('通知日期') })
  .superRefine(refineWith((v) => (typeof v.releasedOn === 'string' && typeof v.noticeOn === 'string' && v.noticeOn > yearAfter(v.releasedOn) ? [{ path: 'noticeOn', message: '相距过远' }] : [])));

describe('refineWith', () => {
  it('reports the cross-field rule when the fields are valid', () => {
    const r = schema.safeParse({ releasedOn: '2024-01-01', noticeOn: '2026-01-01' });
    assert.deepEqual(
      r.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [['noticeOn', '相距过远']],
    );
  });

  it('answers a refused field with its own message when the rule cannot read it, instead of throwing', () => {
    const r = schema.safeParse({ releasedOn: '\u0000', noticeOn: '2026-01-01' });
    assert.equal(r.success, false);
    assert.deepEqual([...new Set(r.error!.issues.map((i) => i.path.join('.')))], ['releasedOn']);
  });

  it('still throws a rule’s own bug on valid fields', () => {
    const broken = z.object({ a: z.string() }).superRefine(
      refineWith(() => {
        throw new Error('bug');
      }),
    );
    assert.throws(() => broken.safeParse({ a: 'x' }), /bug/);
  });
});
