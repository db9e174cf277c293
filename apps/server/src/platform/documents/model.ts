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

/** The report closes as the model does: "特此报告。" after the text, unless the drafter already wrote it. */
export const closingLine = '特此报告。';
export function needsClosingLine(blocks: RenderedBlock[]): boolean {
  const texts = blocks
    .map((b) =>
      b.parts
        .map((p) => p.text)
        .join('')
        .trim(),
    )
    .filter(Boolean);
  return !texts.at(-1)?.endsWith(closingLine);
}

/** The closing parts (问题和不足, 第一责任人履职, 工作安排): no indicator fills them, people write them. */
const writtenByPeople: Record<string, string> = { shortcomings: '存在的问题和不足', leaders: '党政主要负责人履行第一责任人职责情况', plan: '下一年度工作安排' };
const hasSentence = (text: string) => /[。！？]/.test(text);

/**
 * What the drafter should look at before 送审 and 签发: closing parts no one has written, headings with no text under
 * them, paragraphs that are empty or only their lead sentence, and the figures left out of the prose because they
 * are empty (each with the paragraph it was in).
 */
export function draftWarnings(blocks: Block[], values: Record<string, string>, labels: Record<string, string>): string[] {
  const warnings: string[] = [];
  const numbers = numberHeadings(blocks);
  const shown = blocks.map((b) => omitEmptyFigures(b.text, emptyIn(values)));
  const name = (id: string) => labels[id] ?? id;
  for (const [i, b] of blocks.entries()) {
    const title = fillPlaceholders(b.title, values);
    const human = b.item && Object.hasOwn(writtenByPeople, b.item);
    if (human && !(b.kind === 'paragraph' ? hasSentence(b.text) : sectionWritten(blocks, i))) {
      warnings.push(`「${b.kind === 'paragraph' ? writtenByPeople[b.item!] : title}」尚未撰写：这一部分须由人工填写`);
    } else if (b.kind !== 'paragraph' && !human && sectionEmpty(blocks, shown, i)) {
      warnings.push(`「${numbers[i]}${title}」下没有正文`);
    }
    if (b.kind !== 'paragraph') continue;
    // 其他需要报告的事项 may rightly be empty: an empty block prints nothing.
    if (!b.title && !b.text.trim() && b.item !== 'other') warnings.push(`「${b.key}」段落为空`);
    const { text, omitted, dropped } = shown[i]!;
    const where = title || b.key;
    if (omitted.length) {
      const also = dropped.length ? `（同一分句中的${dropped.map(name).join('、')}一并略去）` : '';
      warnings.push(`「${where}」中为0或无数据的数字未写入正文：${omitted.map(name).join('、')}${also}`);
    }
    if (b.title && !text.trim()) warnings.push(`「${where}」只有标题句，没有正文`);
  }
  return warnings;
}

/** The blocks under a heading: up to the next heading of the same or a higher level. */
function sectionRange(blocks: Block[], headingIndex: number): number[] {
  const level = blocks[headingIndex]!.kind === 'heading1' ? 1 : 2;
  const out: number[] = [];
  for (let j = headingIndex + 1; j < blocks.length; j++) {
    const k = blocks[j]!.kind;
    if (k === 'heading1' || (k === 'heading2' && level === 2)) break;
    out.push(j);
  }
  return out;
}

/**
 * A section has been written when its heading's text or a paragraph under it holds a sentence: the outline's
 * lead-ins ("…仍存在一些问题和不足，比如：", "…将") end without one.
 */
function sectionWritten(blocks: Block[], headingIndex: number): boolean {
  return hasSentence(blocks[headingIndex]!.text) || sectionRange(blocks, headingIndex).some((j) => blocks[j]!.kind === 'paragraph' && hasSentence(blocks[j]!.text));
}

/** Nothing but headings and lead sentences would print under this heading. */
function sectionEmpty(blocks: Block[], shown: { text: string }[], headingIndex: number): boolean {
  return [headingIndex, ...sectionRange(blocks, headingIndex)].every((j) => !shown[j]!.text.trim());
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
