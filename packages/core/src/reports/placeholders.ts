/** Placeholders that are not indicators: filled from the report itself. */
export const contextPlaceholders = {
  year: '报告年度',
  nextYear: '下一年度',
  orgName: '报告单位名称',
} as const;

// {indicator.id}, or one breakdown value of it: {indicator.id:dimension=code[,code…]} or {indicator.id:dimension!=code}.
const placeholderRe = /\{([A-Za-z][A-Za-z0-9_.]*(?::[A-Za-z][A-Za-z0-9_]*!?=[A-Za-z0-9_]+(?:,[A-Za-z0-9_]+)*)?)\}/g;

/** A placeholder's parts: the indicator, and for a breakdown value the dimension and the codes kept (or left out). */
export type FigureName = { id: string; filter?: { dimension: string; codes: string[]; exclude: boolean } };

/** How a breakdown value is named to people: "在聘法律顾问（顾问类型：律师事务所）", "…（顾问类型：律师事务所以外）". */
export function breakdownLabel(label: string, dimensionLabel: string, codeLabels: string[], exclude: boolean): string {
  const words = codeLabels.join('、');
  return `${label}（${dimensionLabel}：${exclude ? `${words}以外` : words}）`;
}

export function parseFigureName(name: string): FigureName {
  const m = /^([^:]+):([^!=]+)(!?)=(.+)$/.exec(name);
  return m ? { id: m[1]!, filter: { dimension: m[2]!, exclude: m[3] === '!', codes: m[4]!.split(',') } } : { id: name };
}

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

const clauseRe = /([，；、。])/;

/**
 * Leaves out of a paragraph each clause that names an empty figure (a count of 0, or a rate without a base), as
 * the model report never says "作出重大行政决策0项": clauses end at ，；、 and sentences at 。; a sentence whose
 * clauses are all left out goes, and the last clause kept ends the sentence. Returns the empty names (`omitted`)
 * and the other figures that shared a clause with one (`dropped`), so the report can list both for the drafter.
 */
export function omitEmptyFigures(text: string, isEmpty: (name: string) => boolean): { text: string; omitted: string[]; dropped: string[] } {
  const parts = text.split(clauseRe);
  const omitted: string[] = [];
  const dropped: string[] = [];
  let out = '';
  let sentence: { clause: string; end: string }[] = [];
  const flush = (end: string) => {
    if (sentence.length) {
      sentence[sentence.length - 1]!.end = end;
      out += sentence.map((c) => c.clause + c.end).join('');
    }
    sentence = [];
  };
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i]!;
    const end = parts[i + 1] ?? '';
    const names = placeholdersIn(clause).filter((n) => !(n in contextPlaceholders));
    // One empty figure is enough: "对0个领域的12份案卷" would still print a 0.
    const empty = names.filter(isEmpty);
    if (empty.length) {
      omitted.push(...empty);
      dropped.push(...names.filter((n) => !isEmpty(n)));
    } else if (clause || end !== '。') sentence.push({ clause, end });
    if (end === '。' || i + 1 >= parts.length) flush(end);
  }
  return { text: out, omitted, dropped };
}
