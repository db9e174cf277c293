import { fillPlaceholders, numberHeadings, omitEmptyFigures, splitPlaceholders, type Block } from '@fazhi/core/reports';
import type { IndicatorValue } from '../indicators/define.js';

/** A report ready to render: blocks numbered, placeholders resolved; figures kept apart so HTML can link them. */
export type RenderedBlock = {
  kind: Block['kind'];
  number: string;
  title: string;
  parts: ({ text: string } | { text: string; figure: string })[];
};

/** `numberLine`: a document's number (发文字号, 意见书编号), centred under the title. */
export type RenderInput = { title: string; orgName: string; dateText: string; blocks: Block[]; values: Record<string, string>; numberLine?: string };

export function renderBlocks(input: RenderInput): RenderedBlock[] {
  const numbers = numberHeadings(input.blocks);
  return input.blocks.map((b, i) => ({
    kind: b.kind,
    number: numbers[i]!,
    title: fillPlaceholders(b.title, input.values),
    parts: splitPlaceholders(omitEmptyFigures(b.text, emptyIn(input.values)).text).map((p) =>
      'literal' in p ? { text: p.literal } : { text: input.values[p.placeholder] ?? `【${p.placeholder}？】`, figure: p.placeholder },
    ),
  }));
}

/** A figure the prose leaves out: a count of 0, or a rate without a base. */
export const emptyIn = (values: Record<string, string>) => (name: string) => values[name] === '0' || values[name] === '—';

/**
 * What the drafter should look at before 送审: paragraphs that are only their lead sentence, and the figures left
 * out of the prose because they are empty (each with the paragraph it was in).
 */
export function draftWarnings(blocks: Block[], values: Record<string, string>, labels: Record<string, string>): string[] {
  const warnings: string[] = [];
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'heading1' && b.item && writtenByPeople.includes(b.item) && !sectionWritten(blocks, i)) {
      warnings.push(`「${fillPlaceholders(b.title, values)}」尚未撰写：这一部分须由人工填写`);
    }
    if (b.kind !== 'paragraph') continue;
    if (!b.title && !b.text.trim()) warnings.push(`「${b.key}」段落为空`);
    const { text, omitted } = omitEmptyFigures(b.text, emptyIn(values));
    const where = b.title || b.key;
    if (omitted.length) warnings.push(`「${where}」中为0或无数据的数字未写入正文：${omitted.map((id) => labels[id] ?? id).join('、')}`);
    if (b.title && !text.trim()) warnings.push(`「${where}」只有标题句，没有正文`);
  }
  return warnings;
}

/** The closing parts of the report (问题和不足, 第一责任人履职, 工作安排): no indicator fills them, people write them. */
const writtenByPeople: readonly string[] = ['shortcomings', 'leaders', 'plan'];

/**
 * A section has been written when its heading's text or a paragraph under it (before the next heading1) holds a
 * sentence: the outline's lead-ins ("…仍存在一些问题和不足：", "…将") end without one.
 */
function sectionWritten(blocks: Block[], headingIndex: number): boolean {
  const hasSentence = (text: string) => /[。！？]/.test(text);
  if (hasSentence(blocks[headingIndex]!.text)) return true;
  for (const b of blocks.slice(headingIndex + 1)) {
    if (b.kind === 'heading1') return false;
    if (b.kind === 'paragraph' && hasSentence(b.text)) return true;
  }
  return false;
}

/** How a figure reads in the text: counts bare ("57", the unit is in the sentence), rates with their sign ("100%", "66.7%" or "—"). */
export function placeholderText(v: IndicatorValue): string {
  return v.unit === '%' ? v.display : v.value === null ? '—' : String(v.value);
}

/** Placeholder values of a report: its figures plus {year}, {nextYear}, {orgName}. */
export function placeholderValues(year: number, orgName: string, figures: Record<string, IndicatorValue>): Record<string, string> {
  const out: Record<string, string> = { year: String(year), nextYear: String(year + 1), orgName };
  for (const [id, v] of Object.entries(figures)) out[id] = placeholderText(v);
  return out;
}

/** 2027年2月27日 (Beijing date) — the date line of an official document. */
export function chineseDate(at: Date | string): string {
  const iso = typeof at === 'string' ? at : new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
