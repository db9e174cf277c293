import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { jobDefinitions } from '../../jobs.js';
import { litigationBulletins } from '../../modules/litigation/tables.js';
import { assignments } from '../access/tables.js';
import { notifications } from '../notify/tables.js';
import { runDueJobs, type JobDefinition } from './runner.js';
import { jobs } from './tables.js';

// Beijing 09:00 on the given day.
const at = (day: string) => new Date(`${day}T01:00:00Z`);

describe('scheduled jobs and reminders', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness(); // seeded "today" is 2026-11-27: open cases due 2026-11-26, 2026-11-30 and 2026-12-02
  });
  after(() => h.close());

  const notices = async () => h.db.select().from(notifications);
  // The 答辩期限 notices of 行政应诉 (the module also raises 二审答辩 and 履行 notices from the same job).
  const defenceNotices = async () => (await notices()).filter((n) => n.key.startsWith('litigation.defence:'));

  it('raises a reminder ≤ 3 days before a defence deadline and an alert after it, once each', async () => {
    await runDueJobs(h.app.services, jobDefinitions, at('2026-11-27'));
    const first = await defenceNotices();
    assert.deepEqual(first.map((n) => [n.dueOn, n.level]).sort(), [
      ['2026-11-26', 'alert'],
      ['2026-11-30', 'reminder'],
    ]);
    const litigationCount = (await notices()).filter((n) => n.module === 'litigation').length;
    await runDueJobs(h.app.services, jobDefinitions, at('2026-11-27'));
    assert.equal((await defenceNotices()).length, 2, 'the same day raises nothing twice');
    assert.equal((await notices()).filter((n) => n.module === 'litigation').length, litigationCount);
    await runDueJobs(h.app.services, jobDefinitions, at('2026-11-29'));
    const later = (await defenceNotices()).map((n) => n.dueOn);
    assert.ok(later.includes('2026-12-02'), 'three days before 2026-12-02 the third case is reminded');
  });

  it('shows notices only to users whose scope holds the unit', async () => {
    const fzb = await h.login('fzb');
    const all = (await fzb.get('/api/notifications')).body;
    assert.ok(all.length >= 3);
    const adviser = await h.login('adviser');
    // 法律顾问 read the legalAdvisers roster district-wide (roles.ts), so its expiry reminders are theirs to see; beyond
    // them, only notices of records assigned to the adviser (reviews it is to give an opinion on).
    const mine = new Set(
      (
        await h.db
          .select({ id: assignments.entityId })
          .from(assignments)
          .where(eq(assignments.userId, h.seeded.users.get('adviser')!))
      ).map((a) => a.id),
    );
    const others = (await adviser.get('/api/notifications')).body.filter((n: { module: string }) => n.module !== 'legalAdvisers') as { entityId: string | null }[];
    assert.deepEqual(
      others.filter((n) => !n.entityId || !mine.has(n.entityId)),
      [],
    );
    const admin = await h.login('admin');
    assert.deepEqual((await admin.get('/api/notifications')).body, []);
  });

  it('generates the previous month’s litigation bulletin on the 1st, once', async () => {
    await runDueJobs(h.app.services, jobDefinitions, at('2026-12-01'));
    await runDueJobs(h.app.services, jobDefinitions, at('2026-12-01'));
    const rows = await h.db.select().from(litigationBulletins);
    assert.deepEqual(
      rows.map((r) => r.month).filter((m) => m === '2026-11'),
      ['2026-11'],
    );
    const [job] = await h.db.select().from(jobs).where(eq(jobs.key, 'litigation.bulletin:2026-11'));
    assert.equal(job!.state, 'done');
    const fzb = await h.login('fzb');
    const list = (await fzb.get('/api/litigation/bulletins')).body;
    const docx = await fzb.get(`/api/litigation/bulletins/${list.find((b: { month: string }) => b.month === '2026-11').id}/docx`);
    assert.equal(docx.status, 200);
    assert.equal(String(docx.headers['content-type']).includes('wordprocessingml'), true);
  });

  it('reminds of the annual report 14 days before 1 March and alerts after it', async () => {
    const fzb = await h.login('fzb');
    const report = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body.items[0];
    const forReport = async () => (await notices()).filter((n) => n.link === `/reports/annual/${report.id}`);
    await runDueJobs(h.app.services, jobDefinitions, at('2027-02-10'));
    assert.equal((await forReport()).length, 0);
    await runDueJobs(h.app.services, jobDefinitions, at('2027-02-15'));
    assert.deepEqual(
      (await forReport()).map((n) => n.level),
      ['reminder'],
    );
    await runDueJobs(h.app.services, jobDefinitions, at('2027-03-02'));
    assert.ok((await forReport()).some((n) => n.level === 'alert' && n.title.includes('2027-03-01')));
  });

  it('runs each job exactly once when two runners poll together', async () => {
    let runs = 0;
    const counting: JobDefinition[] = [{ kind: 'test.count', schedule: () => Array.from({ length: 200 }, (_, i) => ({ key: `test.count:${i}`, payload: {} })), run: async () => void runs++ }];
    const now = at('2026-11-27');
    await Promise.all([runDueJobs(h.app.services, counting, now), runDueJobs(h.app.services, counting, now)]);
    assert.equal(runs, 200);
    const [done] = await h.db.select({ n: count() }).from(jobs).where(eq(jobs.kind, 'test.count'));
    assert.equal(done!.n, 200);
  });

  it('retries a failing job and records the error', async () => {
    let tries = 0;
    const flaky: JobDefinition[] = [
      {
        kind: 'test.flaky',
        schedule: () => [{ key: 'test.flaky:1', payload: {} }],
        run: async () => {
          tries++;
          if (tries < 2) throw new Error('暂时失败');
        },
      },
    ];
    await runDueJobs(h.app.services, flaky, at('2026-11-27'));
    const [waiting] = await h.db.select().from(jobs).where(eq(jobs.key, 'test.flaky:1'));
    assert.equal(waiting!.state, 'pending', 'a failed job waits before its next attempt');
    await runDueJobs(h.app.services, flaky, new Date(at('2026-11-27').getTime() + 5 * 60_000));
    const [job] = await h.db.select().from(jobs).where(eq(jobs.key, 'test.flaky:1'));
    assert.equal(job!.state, 'done');
    assert.equal(job!.attempts, 2);
    assert.equal(job!.lastError, '暂时失败');
  });
});
