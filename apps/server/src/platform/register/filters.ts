import { inDateRange, int4Max, isRealDate, type FieldSpec, type ListQuery, type RegisterSpec } from '@fazhi/core';
import { asc, desc, eq, gte, ilike, like, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { inSubtreeOf } from '../access/policy.js';
import { AppError } from '../http/errors.js';
import type { OrgTree } from '../org/tree.js';
import type { RegisterTable } from './define.js';
import { bigramsOf, commonBigramShare, type BigramFrequency } from './search.js';

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bad(path: string, message: string): never {
  throw new AppError('validation', message, [{ path, message }]);
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Keyword search in a register's lower-cased `search_text`. From two characters on, the rows come from the GIN index
 * on `search_bigrams(search_text)` (migration 0033): a row can only contain the query if it has every bigram of the
 * query, and LIKE then checks the candidates. A single character has no bigram and stays a LIKE over the rows, and so
 * does a query whose bigrams most rows have (`frequency`, from the index's statistics; see search.ts).
 */
export function searchCondition(searchText: AnyColumn, q: string, frequency?: BigramFrequency): SQL {
  const needle = q.toLowerCase();
  const contains = like(searchText, `%${escapeLike(needle)}%`);
  const bigrams = bigramsOf(needle);
  if (bigrams.length === 0) return contains;
  // The share of rows with every bigram, taking them as independent (as the planner does).
  if (frequency && bigrams.reduce((share, b) => share * frequency(b), 1) >= commonBigramShare) return contains;
  return sql`(search_bigrams(${searchText}) @> search_bigrams(${needle}::text) and ${contains})`;
}

function column(table: RegisterTable, name: string): AnyColumn {
  const c = (table as unknown as Record<string, AnyColumn>)[name];
  if (!c) throw new Error(`register column missing: ${name}`);
  return c;
}

/** Turns `q` and `f.<field>` / `f.<field>From` / `f.<field>To` into SQL; unknown or malformed filters are 400s. */
export function filterConditions(spec: RegisterSpec, table: RegisterTable, query: ListQuery, tree?: OrgTree, frequency?: BigramFrequency): SQL[] {
  const conds: SQL[] = [];
  if (query.q) conds.push(searchCondition(table.searchText, query.q, frequency));
  const byName = new Map(spec.fields.filter((f) => f.filter).map((f) => [f.name, f]));
  for (const [key, raw] of Object.entries(query)) {
    if (!key.startsWith('f.') || raw === undefined || raw === '') continue;
    const value = String(raw);
    const name = key.slice(2).replace(/(From|To)$/, '');
    const field = byName.get(name);
    const path = `query.${key}`;
    if (!field) bad(path, `不支持按“${key.slice(2)}”筛选`);
    const col = column(table, field.name);
    conds.push(fieldCondition(field, col, key.endsWith('From') ? 'from' : key.endsWith('To') ? 'to' : 'eq', value, path, tree));
  }
  return conds;
}

function fieldCondition(field: FieldSpec, col: AnyColumn, op: 'eq' | 'from' | 'to', value: string, path: string, tree?: OrgTree): SQL {
  switch (field.kind) {
    case 'date':
    case 'dateTime':
      if (!isRealDate(value)) bad(path, `${field.label}应为存在的日期（YYYY-MM-DD）`);
      // The contracts' range: year 0 and dates past what PostgreSQL takes were driver errors (500s).
      if (!inDateRange(value)) bad(path, `${field.label}应在1900年至2100年之间`);
      return op === 'from' ? gte(col, value) : op === 'to' ? lte(col, value) : eq(col, value);
    case 'boolean':
      if (value !== 'true' && value !== 'false') bad(path, `${field.label}应为 true 或 false`);
      return eq(col, value === 'true');
    case 'code':
      if (!field.codes?.items.some((i) => i.code === value)) bad(path, `${field.label}的取值“${value}”不存在`);
      return eq(col, value);
    case 'orgUnit':
      if (!uuidRe.test(value)) bad(path, `${field.label}编号格式不正确`);
      return inSubtreeOf(col, value, tree);
    case 'ref':
      if (!uuidRe.test(value)) bad(path, `${field.label}编号格式不正确`);
      return eq(col, value);
    case 'integer':
      // PostgreSQL integer columns hold 32 bits; anything wider is a 400, not a driver error.
      if (!/^-?\d{1,10}$/.test(value) || Math.abs(Number(value)) > int4Max) bad(path, `${field.label}应为整数`);
      return op === 'from' ? gte(col, Number(value)) : op === 'to' ? lte(col, Number(value)) : eq(col, Number(value));
    default:
      return ilike(col, `%${escapeLike(value)}%`);
  }
}

export function orderBy(spec: RegisterSpec, table: RegisterTable, query: ListQuery): SQL[] {
  const field = query.sort ?? spec.defaultSort.field;
  const order = query.order ?? (query.sort ? 'asc' : spec.defaultSort.order);
  const allowed = field === spec.defaultSort.field || spec.fields.some((f) => f.name === field && f.sortable);
  if (!allowed) bad('query.sort', `不支持按“${field}”排序`);
  const col = column(table, field);
  // id as a tie-breaker keeps paging stable when many rows share a value.
  return [order === 'asc' ? asc(col) : desc(col), asc(table.id)];
}
