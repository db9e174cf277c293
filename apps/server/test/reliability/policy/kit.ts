import assert from 'node:assert/strict';
import type { Action, ModuleCode, RoleCode } from '@fazhi/core';
import type { z } from 'zod';
import type { Harness, Response } from '../../harness.js';
import { sampleInput } from '../../sample-input.js';

/**
 * The vocabulary of the access matrix (policy/matrix.ts). Each module states what its routes need in a
 * policy part of its own (policy/<module>.ts), so adding a module never edits another module's entries.
 */

export type Client = Harness['anonymous'];
export type UnitKey = 'xiling' | 'donghu' | 'zrzy' | 'zjj' | 'scjg';

/** What a route needs. `record` and `unit` are decided against the target unit of the probe. */
export type Need =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  /** `entity`, when given, names the register (entity type `<module>.<entity>`), whose grant may be narrower than the module's. */
  | { kind: 'grant'; module: ModuleCode; action: Action; entity?: string }
  | { kind: 'unit'; module: ModuleCode; action: Action; entity?: string }
  /** `entity` names the fixture an assignment can open; `assigneeMay` lets an assignee do more than read (a reviewer's opinion). */
  | { kind: 'record'; module: ModuleCode; action: Action; entity?: string; assigneeMay?: true };

export type Target = {
  key: UnitKey;
  unitId: string;
  userId: string;
  grant: { role: RoleCode; orgUnitId: string };
  templateId: string;
  reportId: string;
  reportVersionId: string;
  /** Fixture ids of the policy parts, by the names their setup returned. */
  records: Record<string, string>;
};

export type Probe = {
  need: Need;
  /** Names the variant when one route is probed several ways. */
  label?: string;
  /** The status an allowed call answers; a schema 400 would say nothing about access, so probes are valid. */
  ok: number;
  call: (c: Client, t: Target, user: string) => Promise<Response>;
};

export type Fixtures = {
  h: Harness;
  admin: Client;
  fzb: Client;
  userIds: Map<string, string>;
  nextCommunity: () => string;
  /** A report that went through to 公开, for the public portal. */
  publishedReportId: () => string;
};

/** One module's share of the policy table. */
export type PolicyPart = {
  /** Creates the module's fixture records in one probed unit (as fzb or admin); the ids land in `target.records`. */
  setup?: (f: Fixtures, unit: { key: UnitKey; unitId: string }) => Promise<Record<string, string>>;
  /** Runs once every unit is set up; returns the assignments made, as "username entity unitKey". */
  afterSetup?: (f: Fixtures, targets: Map<UnitKey, Target>) => Promise<string[]>;
  /** (method, OpenAPI path) → what it needs and how the test calls it. */
  probes: (f: Fixtures) => Record<string, Probe | Probe[]>;
};

// A version no record has: writes that pass the access check stop at the 409 before changing anything.
export const staleVersion = 999_999;
export const marker = '访问矩阵';
const noJob = '00000000-0000-4000-8000-000000000000';

/** One file field named "file", as the web app uploads it. */
export function upload(c: Client, url: string, content: Buffer) {
  const boundary = 'matrixBoundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="附件.txt"\r\nContent-Type: text/plain\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.raw('POST', url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

/** The probes of every route the register kit serves under `p` (list, export, detail, history, write, assignees, attachments). */
export function registerProbes(
  f: Fixtures,
  p: string,
  module: ModuleCode,
  entity: string,
  id: (t: Target) => string,
  create: { ok: number; body: (t: Target) => object },
  options: { skipDetail?: boolean; reveal?: string; publicAttachments?: boolean } = {},
): Record<string, Probe> {
  const { fzb } = f;
  const user = (name: string) => f.userIds.get(name)!;
  const rec = (action: Action): Need => ({ kind: 'record', module, action, entity });
  const probes: Record<string, Probe> = {
    [`GET ${p}`]: { need: { kind: 'signedIn' }, ok: 200, call: (c) => c.get(`${p}?q=${encodeURIComponent(marker)}&pageSize=100`) },
    [`POST ${p}`]: { need: { kind: 'unit', module, action: 'create', entity }, ok: create.ok, call: (c, t) => c.post(p, create.body(t)) },
    [`GET ${p}/export.xlsx`]: { need: { kind: 'grant', module, action: 'export', entity }, ok: 200, call: (c) => c.get(`${p}/export.xlsx?q=${encodeURIComponent(marker)}`) },
    [`GET ${p}/import-template.xlsx`]: { need: { kind: 'grant', module, action: 'create', entity }, ok: 200, call: (c) => c.get(`${p}/import-template.xlsx`) },
    // Past the access check a text file is refused as not being a workbook: nothing is written either way.
    [`POST ${p}/imports`]: { need: { kind: 'grant', module, action: 'create', entity }, ok: 400, call: (c) => upload(c, `${p}/imports`, Buffer.from(marker)) },
    [`POST ${p}/exports`]: { need: { kind: 'grant', module, action: 'export', entity }, ok: 202, call: (c) => c.post(`${p}/exports?q=${encodeURIComponent(marker)}`) },
    // A job is its owner's alone: anyone signed in asking for another's (or no) job hears it does not exist.
    [`GET ${p}/jobs/{jobId}`]: { need: { kind: 'signedIn' }, ok: 404, call: (c) => c.get(`${p}/jobs/${noJob}`) },
    [`GET ${p}/jobs/{jobId}/file`]: { need: { kind: 'signedIn' }, ok: 404, call: (c) => c.get(`${p}/jobs/${noJob}/file`) },
    [`POST ${p}/imports/{jobId}/commit`]: { need: { kind: 'signedIn' }, ok: 404, call: (c) => c.post(`${p}/imports/${noJob}/commit`, { mode: 'none' }) },
    [`GET ${p}/{id}`]: { need: rec('read'), ok: 200, call: (c, t) => c.get(`${p}/${id(t)}`) },
    [`GET ${p}/{id}/history`]: { need: rec('read'), ok: 200, call: (c, t) => c.get(`${p}/${id(t)}/history`) },
    [`PATCH ${p}/{id}`]: { need: rec('update'), ok: 409, call: (c, t) => c.patch(`${p}/${id(t)}`, { version: staleVersion, note: marker }) },
    [`DELETE ${p}/{id}`]: { need: rec('delete'), ok: 409, call: (c, t) => c.delete(`${p}/${id(t)}?version=${staleVersion}`) },
    [`POST ${p}/{id}/assignees`]: {
      need: rec('update'),
      ok: 200,
      call: (c, t) => c.post(`${p}/${id(t)}/assignees`, { userId: user('leader'), role: 'reviewer' }),
    },
    [`POST ${p}/{id}/attachments`]: { need: rec('update'), ok: 400, call: (c, t) => upload(c, `${p}/${id(t)}/attachments`, Buffer.alloc(0)) },
    [`GET ${p}/{id}/attachments/{attachmentId}`]: {
      need: rec('read'),
      ok: 200,
      call: async (c, t) => c.get(`${p}/${id(t)}/attachments/${(await upload(fzb, `${p}/${id(t)}/attachments`, Buffer.from('矩阵附件'))).body.id}`),
    },
    [`DELETE ${p}/{id}/attachments/{attachmentId}`]: {
      need: rec('update'),
      ok: 200,
      call: async (c, t) => c.delete(`${p}/${id(t)}/attachments/${(await upload(fzb, `${p}/${id(t)}/attachments`, Buffer.from('矩阵附件'))).body.id}`),
    },
    [`DELETE ${p}/{id}/assignees/{assignmentId}`]: {
      need: rec('update'),
      ok: 200,
      call: async (c, t) => {
        // A fresh assignment each time, so an allowed removal never takes away one that another probe relies on.
        const made = await fzb.post(`${p}/${id(t)}/assignees`, { userId: user('inspector'), role: 'handler' });
        assert.equal(made.status, 200, `fixture assignment on ${p}: ${JSON.stringify(made.body)}`);
        const a = made.body.assignees.find((x: { userId: string; role: string }) => x.userId === user('inspector') && x.role === 'handler');
        return c.delete(`${p}/${id(t)}/assignees/${a.id}`);
      },
    },
  };
  if (options.skipDetail) delete probes[`GET ${p}/{id}`];
  // Publishing an attachment to the portal (records the portal shows) is a write on the record.
  if (options.publicAttachments) {
    const fresh = async (t: Target) => (await upload(fzb, `${p}/${id(t)}/attachments`, Buffer.from('矩阵附件'))).body.id;
    probes[`POST ${p}/{id}/attachments/{attachmentId}/publish`] = { need: rec('update'), ok: 200, call: async (c, t) => c.post(`${p}/${id(t)}/attachments/${await fresh(t)}/publish`) };
    probes[`DELETE ${p}/{id}/attachments/{attachmentId}/publish`] = { need: rec('update'), ok: 200, call: async (c, t) => c.delete(`${p}/${id(t)}/attachments/${await fresh(t)}/publish`) };
  }
  // The kit's reveal route, for registers that declare personal data (`revealable`): the field named here.
  if (options.reveal) probes[`POST ${p}/{id}/reveal`] = { need: rec('reveal'), ok: 200, call: (c, t) => c.post(`${p}/${id(t)}/reveal`, { field: options.reveal, reason: `${marker}核对身份` }) };
  return probes;
}

type Steps = { names: readonly string[]; steps: Record<string, { action?: Action; input: z.ZodObject }> };

/**
 * One probe per step of a workflow, generated from its declaration: the step's action over the record, a valid
 * input with a stale version (409 once access is granted). `assigneeMay` names the actions assignees hold.
 */
export function workflowProbes(
  p: string,
  module: ModuleCode,
  entity: string,
  id: (t: Target) => string,
  workflow: Steps,
  options: { assigneeMay?: readonly Action[]; samples?: Record<string, Record<string, unknown>> } = {},
): Record<string, Probe> {
  return Object.fromEntries(
    workflow.names.map((name) => {
      const step = workflow.steps[name]!;
      const action = step.action ?? 'transition';
      const body = sampleInput(step.input, options.samples?.[name], `${p} ${name}`);
      const need: Need = { kind: 'record', module, action, entity, ...(options.assigneeMay?.includes(action) ? { assigneeMay: true as const } : {}) };
      return [`POST ${p}/{id}/transitions/${name}`, { need, ok: 409, call: (c: Client, t: Target) => c.post(`${p}/${id(t)}/transitions/${name}`, { ...body, version: staleVersion }) }];
    }),
  );
}
