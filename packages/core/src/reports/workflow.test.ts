import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportDeadlines, reportWorkflow, type ReportFacts } from './workflow.js';

const facts = (over: Partial<ReportFacts> = {}): ReportFacts => ({ state: 'drafting', versionCount: 1, latestVersionCurrent: true, ...over });
const allowed = (f: ReportFacts, may: (a: string) => boolean = () => true) =>
  reportWorkflow
    .options(f, may)
    .filter((o) => o.allowed)
    .map((o) => o.name);

describe('the annual report workflow', () => {
  it('goes 起草 → 审核 → 领导签发 → 报送 → 公开, with 退回 from review and signature', () => {
    assert.deepEqual(allowed(facts()), ['submitForReview']);
    assert.deepEqual(allowed(facts({ state: 'reviewing' })), ['returnToDraft', 'sign']);
    assert.deepEqual(allowed(facts({ state: 'signed' })), ['returnToDraft', 'submit']);
    assert.deepEqual(allowed(facts({ state: 'submitted' })), ['publish']);
    assert.deepEqual(allowed(facts({ state: 'published' })), []);
    assert.equal(reportWorkflow.next('sign', facts({ state: 'reviewing' }), {}), 'signed');
    assert.equal(reportWorkflow.next('returnToDraft', facts({ state: 'signed' }), { reason: '数据需更新' }), 'drafting');
  });

  it('holds back review and signature until the present text is generated, saying why', () => {
    const never = reportWorkflow.options(facts({ versionCount: 0 }), () => true).find((o) => o.name === 'submitForReview');
    assert.deepEqual(never, { name: 'submitForReview', label: '提交审核', allowed: false, refusedBy: 'guard', reasons: ['请先生成报告（冻结数据）再提交'] });
    const edited = facts({ state: 'reviewing', latestVersionCurrent: false });
    assert.deepEqual(reportWorkflow.refusal('sign', edited)?.reasons, ['报告正文在最近一次生成后有改动，请重新生成后再提交']);
    assert.deepEqual(reportWorkflow.refusal('publish', facts()), { kind: 'state', reasons: ['“起草”状态下不能向社会公开'] });
  });

  it('leaves the signature to leaders (`approve`), the other steps to `transition`', () => {
    const coordinator = reportWorkflow.options(facts({ state: 'reviewing' }), (a) => a === 'transition');
    assert.equal(coordinator.find((o) => o.name === 'sign')?.refusedBy, 'permission');
    assert.deepEqual(
      allowed(facts({ state: 'reviewing' }), (a) => a === 'approve'),
      ['sign'],
    );
  });

  it('dates the statutory deadlines in the next year: submit by 1 March, publish by 1 April', () => {
    assert.deepEqual(reportDeadlines(2026), { submitBy: '2027-03-01', publishBy: '2027-04-01' });
  });
});
