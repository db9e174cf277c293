import type { FieldSpec } from '@fazhi/core';
import { Tag } from 'antd';

// States share words across modules, so one reading of the code gives every register's state a sensible colour:
// finished green, stopped or failed red, waiting orange, not yet started grey, anything in progress blue.
const tones: [RegExp, string][] = [
  [/overdue|reject|refus|revok|repeal|fail|invalid|violat|lost|terminat|committed/i, 'red'],
  [/draft|cancel|withdraw|expired|archiv|ended|inactive|dismiss/i, 'default'],
  [/pending|wait|suspend|pause|supplement|expiring|awaiting|due/i, 'orange'],
  [/closed|done|complet|finish|effective|inForce|valid|approved|passed|publish|issued|adopted|accepted|filed|answered|concluded|decided|confirmed|assessed/i, 'green'],
];

export function stateTone(code: string): string {
  return tones.find(([re]) => re.test(code))?.[1] ?? 'blue';
}

/** A state code as a coloured tag with its Chinese label. */
export function StateTag({ field, value }: { field: FieldSpec; value: unknown }) {
  if (value === null || value === undefined || value === '') return null;
  const code = String(value);
  return <Tag color={stateTone(code)}>{field.codes ? field.codes.label(code) : code}</Tag>;
}
