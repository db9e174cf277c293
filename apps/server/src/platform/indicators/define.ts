import type { CodeTable, ModuleCode } from '@fazhi/core';
import type { OrgTree } from '../org/tree.js';
import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

/** Where and when: an org subtree (by its path) and an inclusive period of calendar dates. */
/** Whose records and which dates a figure counts; with the org tree, the subtree reaches SQL as its units. */
export type IndicatorScope = { orgUnitId: string; orgPath: string; from: string; to: string; tree?: OrgTree };

/** A way to break a set down; `units` where a code counts in another unit (律师事务所 in 家 among 名 of lawyers). */
export type Dimension = { label: string; column: AnyPgColumn; codes: CodeTable; units?: Record<string, string> };

export type DrillColumn = { name: string; label: string; column: AnyPgColumn | SQL; codes?: CodeTable; kind?: 'date' | 'boolean' | 'text' | 'integer' };

/**
 * Facts about each record that several figures ask, computed once per query: a derived table of `id` and the facts,
 * left-joined on the record's id as `alias`, whose columns predicates name as `"alias"."fact"` (null where the
 * derived table has no row). Without it each FILTER repeats the same sub-query (an officer's 执法证 and training).
 */
export type RowFacts = { alias: string; sql: (scope: IndicatorScope) => SQL };

/**
 * A set of records in a scope. A count indicator is the size of its set, and its drill-down lists the same set
 * with the same predicate, so the number and the list cannot disagree.
 */
export type RecordSet = {
  module: ModuleCode;
  table: PgTable;
  idColumn: AnyPgColumn;
  orgUnitColumn: AnyPgColumn;
  /** The date that places a record in a period (month breakdowns group by it). */
  dateColumn: AnyPgColumn;
  where: (scope: IndicatorScope) => SQL;
  /** Derived per-record facts the predicates use; sets of one table that share them are counted in one query. */
  facts?: RowFacts[];
  columns: DrillColumn[];
  /** Further ways to break the set down (e.g. by 争议领域). */
  dimensions?: Record<string, Dimension>;
  /** Web route of one record, ':id' replaced (drill-down rows link to it). */
  recordPath?: string;
};

type Common = { id: string; module: ModuleCode; label: string; unit: string; definition: string };

export type Indicator = Common & ({ kind: 'count'; set: RecordSet } | { kind: 'sum'; set: RecordSet; column: AnyPgColumn } | { kind: 'rate'; numerator: RecordSet; denominator: RecordSet });

export type { IndicatorValue } from '@fazhi/core';
