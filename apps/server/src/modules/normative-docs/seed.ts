import type { SeedContext } from '../../seed/context.js';

/** Demo records of 行政规范性文件; returns counts for the seed's audit summary. */
export async function seedNormativeDocs(_ctx: SeedContext): Promise<Record<string, number>> {
  return {};
}
