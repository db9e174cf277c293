/** Placeholders that are not indicators: filled from the report itself. */
export const contextPlaceholders = {
  year: '报告年度',
  nextYear: '下一年度',
  orgName: '报告单位名称',
} as const;

const placeholderRe = /\{([A-Za-z][A-Za-z0-9_.]*)\}/g;

/** Every {name} in a text, in order, without repeats. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderRe)].map((m) => m[1]!))];
}

/** Replaces each {name} by its value; unknown names stay visible as 【name？】 so a reader notices. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(placeholderRe, (_, name: string) => values[name] ?? `【${name}？】`);
}

/** Splits a text into literal runs and placeholders (the DOCX/HTML renderers mark figures for drill-down). */
export function splitPlaceholders(text: string): ({ literal: string } | { placeholder: string })[] {
  const parts: ({ literal: string } | { placeholder: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(placeholderRe)) {
    if (m.index! > last) parts.push({ literal: text.slice(last, m.index) });
    parts.push({ placeholder: m[1]! });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ literal: text.slice(last) });
  return parts;
}
