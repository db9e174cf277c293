import { sql } from 'drizzle-orm';
import { getTableName, type Table } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';

/**
 * How often each bigram occurs in a table's search texts, from the planner's statistics of its bigram index
 * (`pg_stats.most_common_elems`; bigrams not listed are rarer than every listed one). A search expected in a twentieth
 * of the rows or more skips the index: reading the rows in list order finds the page and the capped
 * count soonest, and the bigram check would only cost the rows it keeps (the function runs per row outside the index).
 * Empty until the table has been analysed (PGlite never is): then every search of two characters uses the index.
 */
export type BigramFrequency = (bigram: string) => number;

const refreshMs = 10 * 60_000;
const cache = new Map<string, { at: number; frequencies: Promise<Map<string, number>> }>();

export async function bigramFrequencies(db: Db, table: Table): Promise<BigramFrequency> {
  const name = getTableName(table);
  let entry = cache.get(name);
  if (!entry || Date.now() - entry.at > refreshMs) {
    const frequencies = db
      .execute(
        sql`select u.e, u.f from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as u(e, f)
            where s.schemaname = current_schema() and s.tablename = ${`${name}_search_idx`} and s.attname = 'search_bigrams'`,
      )
      .then((r) => new Map(rowsOf<{ e: string; f: number }>(r).map((x) => [x.e, Number(x.f)])))
      .catch(() => new Map<string, number>());
    entry = { at: Date.now(), frequencies };
    cache.set(name, entry);
  }
  const frequencies = await entry.frequencies;
  return (bigram) => frequencies.get(bigram) ?? 0;
}

/** The bigrams `search_bigrams()` in migration 0033 makes of a text: every two adjacent characters (code points). */
export function bigramsOf(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/** Searches expected in at least this share of the rows read them in list order instead of through the index. */
export const commonBigramShare = 0.05;
