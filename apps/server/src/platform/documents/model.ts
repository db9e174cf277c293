import { fillPlaceholders, numberHeadings, splitPlaceholders, type Block } from '@fazhi/core/reports';
import type { IndicatorValue } from '../indicators/define.js';

/** A report ready to render: blocks numbered, placeholders resolved; figures kept apart so HTML can link them. */
export type RenderedBlock = {
  kind: Block['kind'];
  number: string;
  title: string;
  parts: ({ text: string } | { text: string; figure: string })[];
};

export type RenderInput = { title: string; orgName: string; dateText: string; blocks: Block[]; values: Record<string, string> };

export function renderBlocks(input: RenderInput): RenderedBlock[] {
  const numbers = numberHeadings(input.blocks);
  return input.blocks.map((b, i) => ({
    kind: b.kind,
    number: numbers[i]!,
    title: fillPlaceholders(b.title, input.values),
    parts: splitPlaceholders(b.text).map((p) => ('literal' in p ? { text: p.literal } : { text: input.values[p.placeholder] ?? `【${p.placeholder}？】`, figure: p.placeholder })),
  }));
}

/** How a figure reads in the text: counts bare ("57", the unit is in the sentence), rates with their sign ("100.0%" or "—"). */
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
