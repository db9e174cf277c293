/** A plan task is overdue when it is not done and its deadline (a ceiling, calendar day inclusive) has passed. */
export function taskOverdue(state: string, dueOn: string, today: string): boolean {
  return state !== 'done' && dueOn < today;
}

/** Share of a base, in percent with one decimal; an empty base gives null, never 0 or 100. */
export function share(numerator: number, base: number): number | null {
  return base === 0 ? null : Math.round((numerator / base) * 1000) / 10;
}
