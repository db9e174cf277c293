import type { Action, RegisterSpec } from '@fazhi/core';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../access/actor.js';
import type { FieldChange } from '../audit/tables.js';
import type { Db } from '../db/client.js';
import type { Services } from '../http/types.js';

/** A table built with businessColumns(). */
export type RegisterTable = PgTable & {
  id: AnyPgColumn;
  orgUnitId: AnyPgColumn;
  version: AnyPgColumn;
  deletedAt: AnyPgColumn;
  searchText: AnyPgColumn;
  updatedAt: AnyPgColumn;
};

export type Row = Record<string, unknown> & { id: string; orgUnitId: string; version: number };

/**
 * A sheet column beyond the spec's fields, for input kept in child rows (原告, 服务单位): how the export writes it
 * and how an import turns the cell back into input (or a Chinese message).
 */
export type ExtraColumn = {
  label: string;
  exported: (row: Row) => string;
  imported: (text: string, unitIdByName: (name: string) => string | undefined) => { input: Record<string, unknown> } | { message: string };
};

export type WriteContext = { tx: Db; services: Services; actor: Actor; before?: Row };

/** Table + contract + hooks: everything the kit needs to serve a register. */
export type RegisterDef = {
  spec: RegisterSpec;
  table: RegisterTable;
  /** Turns validated input into column values (derived fields, encryption); children stay in `input`. */
  prepare?: (input: Record<string, unknown>, ctx: WriteContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Extra text the keyword search should find (beyond text fields and code labels), e.g. party names. */
  extraSearchText?: (row: Row) => string;
  /** Writes child rows after the main row; returns their changes for the audit entry. */
  afterWrite?: (row: Row, input: Record<string, unknown>, ctx: WriteContext) => Promise<FieldChange[]>;
  /** Refuses a deletion the record's state forbids (throw an AppError 'conflict' in Chinese); runs in the delete transaction. */
  beforeDelete?: (row: Row, ctx: WriteContext) => Promise<void> | void;
  /** Adds child records to the detail view. */
  expand?: (db: Db, row: Row, services: Services, actor: Actor) => Promise<Record<string, unknown>>;
  /**
   * Fields that name a record across spreadsheets (案号, 证号; the unit for per-unit titles): an import updates the
   * record they match instead of adding a second one.
   */
  naturalKey: readonly [string, ...string[]];
  /** Sheet columns beyond the spec's fields, in export, template and import alike. */
  extraColumns?: ExtraColumn[];
  /**
   * The action that assigning and un-assigning people both need over the record (default `update`): one right for
   * both, so whoever cannot assign cannot remove an assignee either.
   */
  assignAction?: Exclude<Action, 'read'>;
  /** Why a user may not be assigned in a role (a reviewer without the review role), or null; refused as a 400 on `userId`. */
  assignable?: (tx: Db, userId: string, role: string) => Promise<string | null>;
  /** Columns never sent to the client (ciphertexts). */
  secretColumns?: string[];
  /** Personal data shown in full on request (`POST …/:id/reveal`, with a reason, audited): field → its ciphertext column. */
  revealable?: Record<string, { column: string; label: string }>;
};

export function defineRegister(def: RegisterDef): RegisterDef {
  registersByPath.set(def.spec.path, def);
  return def;
}

/** Every register by its API path, so a `ref` field can be checked against the register it points into. */
export const registersByPath = new Map<string, RegisterDef>();
