import type { FieldSpec } from '@fazhi/core';

// Widths in pixels for a 14 px font and the table's 8 px side padding, so a list's columns fit a 1440 px screen
// beside the menu: short values (dates, codes, yes/no) get what they need, text columns share the rest and
// cut off with an ellipsis (the full text is in the tooltip and on the detail page).
const charPx = 14;
const padding = 16;
const sorterPx = 20;
const tagPx = 16;

/** Room for the heading (label, sort arrows); a heading longer than six characters wraps onto a second line. */
function headingWidth(field: FieldSpec): number {
  return Math.min([...field.label].length, 6) * charPx + padding + (field.sortable ? sorterPx : 0);
}

/** Columns whose values are states (shown as coloured tags). */
export function isStateField(field: FieldSpec): boolean {
  return field.kind === 'code' && /^(state|status)$/.test(field.name);
}

/** The width a column of this field needs, or undefined for text that takes a share of what is left. */
export function fixedWidth(field: FieldSpec): number | undefined {
  const heading = headingWidth(field);
  switch (field.kind) {
    case 'date':
      return Math.max(100, heading);
    case 'dateTime':
      return Math.max(150, heading);
    case 'boolean':
      return Math.max(56, heading);
    case 'integer':
      return Math.max(72, heading);
    case 'code': {
      const longest = Math.max(0, ...(field.codes?.items.map((i) => [...i.label].length) ?? [4]));
      const value = Math.min(longest, 8) * charPx + padding + (isStateField(field) ? tagPx : 0);
      return Math.max(value, heading);
    }
    default:
      return undefined;
  }
}

/** Least width of a text column before the table scrolls instead (the first one names the record, so it gets more). */
export function flexibleWidth(field: FieldSpec, first: boolean): number {
  return Math.max(first ? 180 : 96, headingWidth(field));
}
