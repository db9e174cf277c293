import type { z } from 'zod';
import type { ModuleCode } from '../access/roles.js';
import type { CodeTable } from './code-table.js';

export type FieldKind = 'text' | 'longText' | 'date' | 'dateTime' | 'integer' | 'boolean' | 'code' | 'orgUnit' | 'ref';

/**
 * A reference to another record: `path` is a register's API path (the kit refuses an id the actor may not read
 * there, as a GET would) or a public list (the module checks the id); the form searches it and shows `label`.
 */
export type FieldRef = { path: string; label: string };

/** How one field shows in the generic list, filter bar, detail and form. */
export type FieldSpec = {
  name: string;
  label: string;
  kind: FieldKind;
  codes?: CodeTable;
  /** For kind 'ref': the register the id points into. */
  ref?: FieldRef;
  /** Shown as a list column. */
  list?: boolean;
  /** Offered in the filter bar (codes and org units filter by equality, dates by range). */
  filter?: boolean;
  sortable?: boolean;
  /** Present in the create/edit form (computed and workflow-owned fields are not). */
  form?: boolean;
  /** Hint under the form field. */
  help?: string;
};

/**
 * A register: the metadata from which the kit builds list/detail/create/update/delete/export endpoints on the
 * server and the generic list/detail/form pages on the web.
 */
export type RegisterSpec<C extends z.ZodObject = z.ZodObject, U extends z.ZodObject = z.ZodObject> = {
  module: ModuleCode;
  /** Record type in the audit log and assignments, e.g. 'litigation.case'. */
  entity: string;
  /** Path under /api, e.g. 'litigation/cases'. */
  path: string;
  title: string;
  fields: FieldSpec[];
  createSchema: C;
  updateSchema: U;
  defaultSort: { field: string; order: 'asc' | 'desc' };
  /**
   * The public portal shows this record type (e.g. 现行有效的规范性文件): its attachments stay internal until someone
   * who may write the record publishes each one (`…/attachments/:id/publish`, audited).
   */
  publicAttachments?: boolean;
};

export const pageSizeMax = 200;
