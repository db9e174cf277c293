import type { SeedContext } from '../../seed/context.js';

/** Demo records of 法律顾问与公职律师; returns counts for the seed's audit summary. */
export async function seedLegalAdvisers(_ctx: SeedContext): Promise<Record<string, number>> {
  return {};
}
