import { z } from 'zod';
import { orgUnitSchema } from '../org/contract.js';

/**
 * Answers of the platform routes (auth, users, org, notifications, health), shared by the server's route `response`
 * schemas and the web app (`z.infer`). Wire form: dates and times are strings.
 */

/** A role held at an org unit, as GET /api/auth/me lists it. */
export const meGrantSchema = z.object({ role: z.string(), orgUnitId: z.string(), orgUnitName: z.string() });

/** What GET /api/auth/me (and a successful login) answers. */
export const meResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  mustChangePassword: z.boolean(),
  grants: z.array(meGrantSchema),
  /** module → actions the user holds somewhere (the menu uses it; the server still decides per record). */
  permissions: z.record(z.string(), z.array(z.string())),
});
export type Me = z.infer<typeof meResponse>;

export const userGrantSchema = z.object({ id: z.string(), role: z.string(), orgUnitId: z.string(), orgUnitName: z.string() });
export type UserGrant = z.infer<typeof userGrantSchema>;

/** One row of GET /api/users: never the phone itself, only its mask. */
export const userRowSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  phoneMasked: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  grants: z.array(userGrantSchema),
});
export type UserRow = z.infer<typeof userRowSchema>;
export const userListResponse = z.array(userRowSchema);
export const userCreatedResponse = z.object({ id: z.string(), username: z.string(), version: z.int() });
export const userUpdatedResponse = z.object({ id: z.string(), version: z.int() });
export const grantCreatedResponse = z.object({
  id: z.string(),
  userId: z.string(),
  role: z.string(),
  orgUnitId: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

/** An org unit as its table stores it (create and update answer the whole row). */
export const orgUnitRowSchema = orgUnitSchema.extend({ sortOrder: z.int(), createdAt: z.string(), updatedAt: z.string() });
export const orgUnitListResponse = z.array(orgUnitSchema);

/**
 * GET /api/notifications: deadline reminders (before) and alerts (after), within the user's scope, and messages
 * (`info`) addressed to one user — their submitted record moved (opinion given, returned, signed) — read or unread.
 */
export const noticeSchema = z.object({
  id: z.int(),
  key: z.string(),
  module: z.string(),
  orgUnitId: z.string(),
  level: z.enum(['reminder', 'alert', 'info']),
  title: z.string(),
  link: z.string().nullable(),
  dueOn: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  recipientId: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;
export const noticeListResponse = z.array(noticeSchema);

export const healthResponse = z.object({ status: z.literal('ok'), db: z.string(), version: z.string() });

/** One entry of the hash-chained audit log (GET /api/audit, newest first). */
export const auditEntrySchema = z.object({
  seq: z.int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  summary: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })).nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export const auditListResponse = z.array(auditEntrySchema);
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/**
 * GET /api/audit/verify: the chain is whole under its key (HMAC-SM3) and agrees with every signed checkpoint, or the
 * first entry that breaks it and why (in Chinese and in English).
 */
export const auditVerifyResponse = z.union([
  z.object({ ok: z.literal(true), checked: z.int(), checkpoints: z.int(), keyedFrom: z.int().nullable() }),
  z.object({ ok: z.literal(false), checked: z.int(), brokenAt: z.int(), reason: z.string(), reasonEn: z.string() }),
]);

/** POST /api/audit/checkpoints: the head just signed (SM2) and appended to the checkpoint file in the data directory. */
export const auditCheckpointResponse = z.object({
  seq: z.int(),
  hash: z.string(),
  at: z.string(),
  keyedFrom: z.int().nullable(),
  reason: z.string(),
  signature: z.string(),
});
