import type { SeedContext } from '../../seed/context.js';

/** Demo records of 重大行政决策; returns counts for the seed's audit summary. */
export async function seedDecisions(_ctx: SeedContext): Promise<Record<string, number>> {
  return {};
}
