import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withIdCheckCharacter } from '../validators/id-number.js';
import { withCreditCheckCharacter } from '../validators/credit-code.js';
import { caseCreateSchema, hearingCreateSchema } from './contract.js';

const baseCase = {
  caseNumber: '（2026）鲁0102行初12号',
  court: '济南市历下区人民法院',
  instance: 'first',
  orgUnitId: '3f2c1a9e-8b7d-4c6e-9f1a-2b3c4d5e6f70',
  cause: '不服行政处罚决定',
  disputeArea: 'marketRegulation',
  complaintReceivedOn: '2026-09-20',
};
const person = { kind: 'person', name: '张三', idNumber: withIdCheckCharacter('37010219850612231') };

const issues = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('caseCreateSchema', () => {
  it('accepts a complete case and fills defaults', () => {
    const r = caseCreateSchema.safeParse({ ...baseCase, plaintiffs: [person] });
    assert.equal(r.success, true, JSON.stringify(r.error?.issues));
    assert.equal(r.data?.preSuitMediation, 'notTried');
    assert.equal(r.data?.judicialSuggestionReceived, false);
  });

  it('refuses a case without plaintiffs', () => {
    assert.deepEqual(issues(caseCreateSchema.safeParse({ ...baseCase, plaintiffs: [] })), [['plaintiffs', '至少登记一名原告']]);
  });

  it('refuses an invalid plaintiff ID number at plaintiffs.0.idNumber', () => {
    const bad = { ...person, idNumber: person.idNumber.slice(0, 17) + (person.idNumber[17] === '1' ? '2' : '1') };
    assert.deepEqual(issues(caseCreateSchema.safeParse({ ...baseCase, plaintiffs: [bad] })), [['plaintiffs.0.idNumber', '公民身份号码格式或校验位不正确']]);
  });

  it('accepts an organisation plaintiff with a valid credit code, refuses a wrong one', () => {
    const org = { kind: 'organization', name: '济南某某商贸有限公司', creditCode: withCreditCheckCharacter('91370102MA3C4D5E6') };
    assert.equal(caseCreateSchema.safeParse({ ...baseCase, plaintiffs: [person, org] }).success, true);
    const wrong = { ...org, creditCode: '91350100M000100Y44' };
    assert.deepEqual(issues(caseCreateSchema.safeParse({ ...baseCase, plaintiffs: [wrong] })), [['plaintiffs.0.creditCode', '统一社会信用代码格式或校验位不正确']]);
  });

  it('refuses a malformed 案号 and one whose type does not fit the 审级', () => {
    assert.deepEqual(issues(caseCreateSchema.safeParse({ ...baseCase, caseNumber: '鲁0102行初12号', plaintiffs: [person] })), [
      ['caseNumber', '案号格式应为“（2024）鲁0891行初12号”（年度、法院代字、行初/行终/行申/行再、序号）'],
    ]);
    assert.deepEqual(issues(caseCreateSchema.safeParse({ ...baseCase, instance: 'second', plaintiffs: [person] })), [['caseNumber', '该审级的案号类型应为“行终”，所填为“行初”']]);
    assert.equal(caseCreateSchema.safeParse({ ...baseCase, plaintiffs: [person] }).data?.litigationRole, 'defendant');
  });

  it('refuses a nonexistent receipt date naming the field', () => {
    assert.deepEqual(issues(caseCreateSchema.safeParse({ ...baseCase, complaintReceivedOn: '2026-02-30', plaintiffs: [person] })), [['complaintReceivedOn', '收到起诉状副本日期不存在']]);
  });
});

describe('hearingCreateSchema', () => {
  it('requires the leader name, post and type (正职/副职/分管, 法释〔2020〕3号 第2条) when the leader appeared', () => {
    assert.deepEqual(issues(hearingCreateSchema.safeParse({ heldOn: '2026-10-10', leaderAppeared: true })), [
      ['leaderName', '负责人出庭时须填写姓名'],
      ['leaderPost', '负责人出庭时须填写职务'],
      ['leaderType', '请选择负责人类型（正职、副职或参与分管的负责人）'],
    ]);
    assert.equal(hearingCreateSchema.safeParse({ heldOn: '2026-10-10', leaderAppeared: true, leaderName: '李四', leaderPost: '副区长', leaderType: 'deputy' }).success, true);
  });

  it('requires the substitute and a 第8条 reason otherwise', () => {
    assert.deepEqual(issues(hearingCreateSchema.safeParse({ heldOn: '2026-10-10', leaderAppeared: false })), [
      ['substituteName', '请填写实际出庭人员'],
      ['absenceReasonKind', '请选择负责人未出庭事由（不可抗力、意外事件、需要履行他人不能代替的公务或其他正当事由）'],
      ['absenceReason', '请说明负责人未出庭原因'],
    ]);
    const ok = { heldOn: '2026-10-10', leaderAppeared: false, substituteName: '王五', absenceReasonKind: 'officialDuty', absenceReason: '公务冲突' };
    assert.equal(hearingCreateSchema.safeParse(ok).success, true);
  });
});
