import type { ListResult } from '@fazhi/core';

/** One row of a register list: every column plus the owning unit's name. */
export type RecordRow = Record<string, unknown> & { id: string; version: number; orgUnitId: string; orgUnitName?: string | null };

export type RecordPermissions = { update: boolean; delete: boolean; transition: boolean };

/** GET /api/<path>/:id — the row, its children (module-specific) and what the user may do with it. */
export type RecordDetail = RecordRow & { permissions: RecordPermissions };

export type FieldChange = { field: string; from: unknown; to: unknown };

export type HistoryEntry = {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  summary: string | null;
  changes: FieldChange[] | null;
};

export type ListPage<T> = ListResult<T>;
