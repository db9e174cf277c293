import type { FieldIssue as Issue } from '../register/rules.js';
import { lawTags } from './codes.js';

export const optionLetters = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** A choice question's options: one per line of its text, lettered A–F in order. */
export function optionsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The answer as stored and compared: letters sorted and deduplicated, true/false spelled out, short text trimmed. */
export function normalizeAnswer(kind: string, answer: string): string {
  const a = answer.trim();
  if (kind === 'trueFalse') return ['true', '对', '正确', '√', 'T'].includes(a) ? 'true' : ['false', '错', '错误', '×', 'F'].includes(a) ? 'false' : a;
  if (kind === 'single' || kind === 'multiple') return [...new Set(a.toUpperCase().replace(/[^A-F]/g, ''))].sort().join('');
  return a;
}

/** A question's cross-field rules: choices need 2–6 options and a key among them; one letter for a single choice. */
export function questionProblems(q: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const kind = String(q.kind ?? '');
  const options = optionsOf(q.options as string | undefined);
  const key = typeof q.answer === 'string' ? normalizeAnswer(kind, q.answer) : undefined;
  if (kind === 'single' || kind === 'multiple') {
    if (options.length < 2 || options.length > 6) issues.push({ path: 'options', message: '选择题须有2至6个选项，每行一个' });
    if (key !== undefined) {
      const allowed = optionLetters.slice(0, options.length).join('');
      if (!key || [...key].some((c) => !allowed.includes(c))) issues.push({ path: 'answer', message: `答案应为选项字母（${allowed.split('').join('、')}）` });
      else if (kind === 'single' && key.length !== 1) issues.push({ path: 'answer', message: '单选题只能有一个答案' });
      else if (kind === 'multiple' && key.length < 2) issues.push({ path: 'answer', message: '多选题至少有两个答案' });
    }
  } else if (options.length > 0) issues.push({ path: 'options', message: '判断题和简答题不填选项' });
  if (kind === 'trueFalse' && key !== undefined && key !== 'true' && key !== 'false') issues.push({ path: 'answer', message: '判断题答案应为“对”或“错”' });
  return issues;
}

export type DrawRule = { tag: string; count: number };

/** Parses “宪法5题；行政处罚法5题” (labels of the law tags, counts 1–100) into rules, or says what is wrong. */
export function parseDrawRules(text: string): { rules: DrawRule[] } | { message: string } {
  const parts = text
    .split(/[；;，,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return { message: '请填写抽题规则，如“宪法5题；行政处罚法5题”' };
  const rules: DrawRule[] = [];
  for (const part of parts) {
    const m = /^(.+?)\s*[:：×xX]?\s*(\d{1,3})\s*题?$/.exec(part);
    const tag = m ? lawTags.items.find((t) => t.label === m[1]!.trim() || t.code === m[1]!.trim()) : undefined;
    if (!m || !tag) return { message: `抽题规则“${part}”无法识别，应为“法律名称+题数”，法律名称取自：${lawTags.items.map((t) => t.label).join('、')}` };
    const count = Number(m[2]);
    if (count < 1 || count > 100) return { message: `“${part}”的题数应在1至100之间` };
    if (rules.some((r) => r.tag === tag.code)) return { message: `“${tag.label}”在抽题规则中出现了两次` };
    rules.push({ tag: tag.code, count });
  }
  return { rules };
}

/** Rules the bank cannot satisfy: a tag with fewer questions than drawn. */
export function shortfalls(rules: DrawRule[], bankCountByTag: Record<string, number>): string[] {
  return rules.filter((r) => (bankCountByTag[r.tag] ?? 0) < r.count).map((r) => `题库中“${lawTags.label(r.tag)}”只有${bankCountByTag[r.tag] ?? 0}题，少于抽题数${r.count}`);
}

/** A seeded generator (xmur3 hash into mulberry32): the same seed always gives the same numbers. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * One candidate's paper: N questions per tag chosen at random, then the whole paper in a random order. The seed
 * is the sitting, so a sitting always gets the same paper and two sittings usually differ.
 */
export function drawPaper(bank: readonly { id: string; tag: string }[], rules: DrawRule[], seed: string): string[] {
  const random = seededRandom(seed);
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen = rules.flatMap((r) =>
    shuffle(
      sorted.filter((q) => q.tag === r.tag),
      random,
    )
      .slice(0, r.count)
      .map((q) => q.id),
  );
  return shuffle(chosen, random);
}

export type Keyed = { id: string; kind: string; answer: string; points: number };

/** Points of one answer: a choice or true/false is all or nothing; a short answer waits for the marker (null). */
export function scoreAnswer(q: Keyed, answer: string | null | undefined): number | null {
  if (q.kind === 'short') return null;
  if (answer == null) return 0;
  return normalizeAnswer(q.kind, answer) === normalizeAnswer(q.kind, q.answer) ? q.points : 0;
}

/**
 * A sitting's score: automatic points plus the marker's; the result waits while a short answer is unmarked.
 * Passing is a floor: percent of the paper's total at or above the pass mark.
 */
export function scoreSitting(paper: Keyed[], answers: Record<string, string>, marks: Record<string, number>, passPercent: number) {
  let score = 0;
  let pending = 0;
  const total = paper.reduce((s, q) => s + q.points, 0);
  for (const q of paper) {
    const auto = scoreAnswer(q, answers[q.id]);
    if (auto !== null) score += auto;
    else if (marks[q.id] !== undefined) score += marks[q.id]!;
    else if (answers[q.id]?.trim()) pending += 1;
  }
  const passed = pending > 0 ? null : total > 0 && score * 100 >= passPercent * total;
  return { score, total, pending, passed };
}

/** Leaders' duty record rules: 述法 reviewed only once submitted, scored only once reviewed; 考法 result with its score. */
export function dutyProblems(d: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  if (d.reportReviewedOn && !d.reportSubmittedOn) issues.push({ path: 'reportReviewedOn', message: '述法报告未提交，不能填写评议日期' });
  if (typeof d.reportReviewedOn === 'string' && typeof d.reportSubmittedOn === 'string' && d.reportReviewedOn < d.reportSubmittedOn)
    issues.push({ path: 'reportReviewedOn', message: '评议日期不能早于提交日期' });
  if (d.reportScore != null && !d.reportReviewedOn) issues.push({ path: 'reportScore', message: '述法评议后才能填写评议得分' });
  if (d.examPassed != null && d.examScore == null) issues.push({ path: 'examScore', message: '填写任前考法结果时须填写考试成绩' });
  if (d.examScore != null && d.examPassed == null) issues.push({ path: 'examPassed', message: '请选择任前考法是否合格' });
  return issues;
}

/** Course rules: the end is not before the start, attendance hours not above the course's. */
export function courseProblems(c: Record<string, unknown>): Issue[] {
  return typeof c.endOn === 'string' && typeof c.startOn === 'string' && c.endOn < c.startOn ? [{ path: 'endOn', message: '结束日期不能早于开始日期' }] : [];
}
