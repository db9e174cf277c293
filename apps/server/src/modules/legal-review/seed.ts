import type { SeedContext } from '../../seed/context.js';

/** Demo records of 合法性审核; returns counts for the seed's audit summary. */
export async function seedLegalReview(_ctx: SeedContext): Promise<Record<string, number>> {
  return {};
}
