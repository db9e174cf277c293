/** How wide a character prints in a 2号 title line, in full-width characters: Latin letters and digits are half. */
const widthOf = (c: string) => (/[\x20-\x7e]/.test(c) ? 0.5 : 1);

// Where a title may break without splitting a word: before 法治/建设/情况 or a number, after 年度/关于.
const before = ['法治', '建设', '情况', '关于'];
const after = ['年度', '关于'];
const noBreak = (prev: string, next: string) => /[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z]/.test(next);
const closing = /^[）》”’，、。：；！？]/;
const opening = /[（《“‘]$/;

function breakCost(chars: string[], i: number): number {
  const head = chars.slice(0, i).join('');
  const tail = chars.slice(i).join('');
  if (noBreak(chars[i - 1]!, chars[i]!) || closing.test(tail) || opening.test(head)) return Number.POSITIVE_INFINITY;
  const good = before.some((w) => tail.startsWith(w)) || after.some((w) => head.endsWith(w)) || (/[0-9]/.test(chars[i]!) && !/[0-9]/.test(chars[i - 1]!));
  return good ? 0 : 40;
}

/**
 * The title in lines per GB/T 9704 §7.3.3: "回行时，要做到词意完整，排列对称，长短适宜" — as few lines as fit, of
 * nearly equal width, broken where a word ends. `perLine` is how many full-width characters a line holds.
 */
export function titleLines(title: string, perLine = 20): string[] {
  const chars = [...title];
  const widths = chars.map(widthOf);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= perLine) return [title];
  const lines = Math.ceil(total / perLine);
  const target = total / lines;
  const prefix = [0];
  for (const w of widths) prefix.push(prefix.at(-1)! + w);
  // best[k][i]: cheapest way to set chars[0..i) in k lines.
  const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(chars.length + 1).fill(Number.POSITIVE_INFINITY));
  const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(chars.length + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= chars.length; i++) {
      const cut = i === chars.length ? 0 : breakCost(chars, i);
      if (cut === Number.POSITIVE_INFINITY) continue;
      for (let j = 0; j < i; j++) {
        const w = prefix[i]! - prefix[j]!;
        if (w > perLine || best[k - 1]![j] === Number.POSITIVE_INFINITY) continue;
        const cost = best[k - 1]![j]! + (w - target) ** 2 + cut;
        if (cost < best[k]![i]!) {
          best[k]![i] = cost;
          from[k]![i] = j;
        }
      }
    }
  }
  if (best[lines]![chars.length] === Number.POSITIVE_INFINITY) return [title];
  const out: string[] = [];
  for (let k = lines, i = chars.length; k > 0; k--) {
    const j = from[k]![i]!;
    out.unshift(chars.slice(j, i).join(''));
    i = j;
  }
  return out;
}
