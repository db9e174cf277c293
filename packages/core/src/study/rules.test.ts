import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawPaper, dutyProblems, normalizeAnswer, parseDrawRules, questionProblems, scoreAnswer, scoreSitting, shortfalls } from './index.js';

const bank = [
  ...Array.from({ length: 10 }, (_, i) => ({ id: `c${String(i).padStart(2, '0')}`, tag: 'constitution' })),
  ...Array.from({ length: 8 }, (_, i) => ({ id: `p${String(i).padStart(2, '0')}`, tag: 'penalty' })),
  { id: 'x01', tag: 'civilCode' },
];
const rules = [
  { tag: 'constitution', count: 3 },
  { tag: 'penalty', count: 2 },
];

describe('paper drawing', () => {
  it('draws exactly N questions per law, none twice, nothing from laws the rules leave out', () => {
    const paper = drawPaper(bank, rules, 'sitting-1');
    assert.equal(paper.length, 5);
    assert.equal(new Set(paper).size, 5);
    assert.equal(paper.filter((id) => id.startsWith('c')).length, 3);
    assert.equal(paper.filter((id) => id.startsWith('p')).length, 2);
    assert.ok(!paper.includes('x01'));
  });
  it('gives a sitting the same paper every time, and different sittings different papers or orders', () => {
    assert.deepEqual(drawPaper(bank, rules, 'sitting-1'), drawPaper([...bank].reverse(), rules, 'sitting-1'));
    const papers = new Set(Array.from({ length: 20 }, (_, i) => drawPaper(bank, rules, `sitting-${i}`).join(',')));
    assert.ok(papers.size > 15, `only ${papers.size} distinct papers of 20`);
  });
  it('reads rules written with law names and says what is wrong with a bad one', () => {
    assert.deepEqual(parseDrawRules('宪法5题；行政处罚法 3'), {
      rules: [
        { tag: 'constitution', count: 5 },
        { tag: 'penalty', count: 3 },
      ],
    });
    assert.ok('message' in parseDrawRules('刑法5题'));
    assert.ok('message' in parseDrawRules('宪法0题'));
    assert.ok('message' in parseDrawRules('宪法2题；宪法3题'));
    assert.deepEqual(shortfalls([{ tag: 'civilCode', count: 2 }], { civilCode: 1 }), ['题库中“民法典”只有1题，少于抽题数2']);
  });
});

describe('scoring', () => {
  const paper = [
    { id: 'a', kind: 'single', answer: 'B', points: 2 },
    { id: 'b', kind: 'multiple', answer: 'ACD', points: 3 },
    { id: 'c', kind: 'trueFalse', answer: 'true', points: 2 },
    { id: 'd', kind: 'short', answer: '参考答案', points: 10 },
  ];
  it('gives a multiple choice its points only for the whole set, in any order of letters', () => {
    assert.equal(scoreAnswer(paper[1]!, 'dca'), 3);
    assert.equal(scoreAnswer(paper[1]!, 'AC'), 0);
    assert.equal(scoreAnswer(paper[2]!, '对'), 2);
    assert.equal(scoreAnswer(paper[0]!, undefined), 0);
  });
  it('waits for the marker on an answered short question, then passes at the mark (a floor)', () => {
    const answers = { a: 'B', b: 'ACD', c: 'false', d: '我的回答' };
    assert.deepEqual(scoreSitting(paper, answers, {}, 60), { score: 5, total: 17, pending: 1, passed: null });
    // 5 + 6 = 11 of 17 = 64.7% ≥ 60%.
    assert.equal(scoreSitting(paper, answers, { d: 6 }, 60).passed, true);
    // Exactly at the mark passes.
    assert.equal(scoreSitting(paper.slice(0, 1).concat({ id: 'e', kind: 'single', answer: 'A', points: 2 }), { a: 'B' }, {}, 50).passed, true);
    assert.equal(scoreSitting(paper, answers, { d: 4 }, 60).passed, false);
    // An unanswered short question scores nothing and needs no marker.
    assert.equal(scoreSitting(paper, { a: 'B' }, {}, 60).pending, 0);
  });
  it('normalizes keys and refuses a key that is not among the options', () => {
    assert.equal(normalizeAnswer('multiple', 'c, a'), 'AC');
    assert.equal(normalizeAnswer('trueFalse', '错'), 'false');
    assert.deepEqual(
      questionProblems({ kind: 'single', options: 'x\ny', answer: 'C' }).map((i) => i.path),
      ['answer'],
    );
    assert.deepEqual(
      questionProblems({ kind: 'multiple', options: 'x\ny\nz', answer: 'A' }).map((i) => i.path),
      ['answer'],
    );
    assert.deepEqual(
      questionProblems({ kind: 'trueFalse', options: 'x', answer: '也许' }).map((i) => i.path),
      ['options', 'answer'],
    );
    assert.deepEqual(questionProblems({ kind: 'single', options: 'x\ny', answer: 'b' }), []);
  });
});

describe('leaders’ duties', () => {
  it('asks for a 述法 report before its review and a score with a 考法 result', () => {
    assert.deepEqual(
      dutyProblems({ reportReviewedOn: '2026-12-02' }).map((i) => i.path),
      ['reportReviewedOn'],
    );
    assert.deepEqual(
      dutyProblems({ reportSubmittedOn: '2026-12-03', reportReviewedOn: '2026-12-02' }).map((i) => i.path),
      ['reportReviewedOn'],
    );
    assert.deepEqual(
      dutyProblems({ examPassed: true }).map((i) => i.path),
      ['examScore'],
    );
    assert.deepEqual(dutyProblems({ examScore: 88, examPassed: true, reportSubmittedOn: '2026-12-01', reportReviewedOn: '2026-12-02', reportScore: 90 }), []);
  });
});
