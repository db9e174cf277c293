import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/service.js';
import { auditActorOf } from '../auth/service.js';
import { detectType } from '../http/download.js';
import { AppError } from '../http/errors.js';
import type { Services } from '../http/types.js';
import type { RegisterDef } from '../register/define.js';
import { getRecord, loadForWrite } from '../register/service.js';
import { attachments } from './tables.js';

export const maxAttachmentBytes = 20 * 1024 * 1024;

/** The access check of an upload, on its own so routes can run it before reading the body. */
export async function assertMayAttach(services: Services, actor: Actor, def: RegisterDef, id: string): Promise<void> {
  await services.db.transaction((tx) => loadForWrite(tx, actor, def, id, 'update'));
}

/**
 * The stored type is the one detected from the bytes (http/download.ts), never the uploader's. The caller has run
 * `assertMayAttach` before reading the body (a refused user learns nothing of the file rules); the bytes are stored
 * outside the transaction, then linked to the record — access checked again under the lock — in one audited transaction.
 */
export async function addAttachment(services: Services, actor: Actor, def: RegisterDef, id: string, file: { filename: string; content: Buffer }) {
  if (file.content.length === 0) throw new AppError('validation', '文件为空', [{ path: 'file', message: '文件为空' }]);
  const sha256 = services.files.put(file.content);
  return services.db.transaction(async (tx) => {
    const record = await loadForWrite(tx, actor, def, id, 'update');
    const [row] = await tx
      .insert(attachments)
      .values({
        entityType: def.spec.entity,
        entityId: id,
        orgUnitId: record.orgUnitId,
        sha256,
        filename: file.filename,
        mimeType: detectType(file.content),
        size: file.content.length,
        createdBy: actor.userId,
      })
      .returning({ id: attachments.id, filename: attachments.filename, size: attachments.size });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'attachment.add',
      entityType: def.spec.entity,
      entityId: id,
      summary: `上传附件 ${file.filename}（${file.content.length} 字节，SHA-256 ${sha256.slice(0, 12)}…）`,
    });
    return row!;
  });
}

export async function readAttachment(services: Services, actor: Actor, def: RegisterDef, id: string, attachmentId: string) {
  await getRecord(services, actor, def, id);
  const [row] = await services.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.entityType, def.spec.entity), eq(attachments.entityId, id), isNull(attachments.deletedAt)));
  if (!row) throw new AppError('notFound');
  return { filename: row.filename, mimeType: row.mimeType, content: services.files.get(row.sha256) };
}

/** Removing an attachment unlinks it; the bytes stay in the store (records the law says to keep are kept). */
export async function removeAttachment(services: Services, actor: Actor, def: RegisterDef, id: string, attachmentId: string) {
  await services.db.transaction(async (tx) => {
    await loadForWrite(tx, actor, def, id, 'update');
    const [row] = await tx
      .update(attachments)
      .set({ deletedAt: new Date() })
      .where(and(eq(attachments.id, attachmentId), eq(attachments.entityId, id), isNull(attachments.deletedAt)))
      .returning({ filename: attachments.filename });
    if (!row) throw new AppError('notFound');
    await recordAudit(tx, auditActorOf(actor), { action: 'attachment.remove', entityType: def.spec.entity, entityId: id, summary: `删除附件 ${row.filename}` });
  });
}

/**
 * Publishing makes one attachment of a public record downloadable on the portal (once the record itself is public);
 * withdrawing takes it back. Who may write the record decides; each step is audited.
 */
export async function setAttachmentPublished(services: Services, actor: Actor, def: RegisterDef, id: string, attachmentId: string, published: boolean) {
  if (!def.spec.publicAttachments) throw new AppError('notFound');
  return services.db.transaction(async (tx) => {
    await loadForWrite(tx, actor, def, id, 'update');
    const [row] = await tx
      .update(attachments)
      .set(published ? { publishedAt: new Date(), publishedBy: actor.userId } : { publishedAt: null, publishedBy: null })
      .where(and(eq(attachments.id, attachmentId), eq(attachments.entityType, def.spec.entity), eq(attachments.entityId, id), isNull(attachments.deletedAt)))
      .returning({ filename: attachments.filename, publishedAt: attachments.publishedAt });
    if (!row) throw new AppError('notFound');
    await recordAudit(tx, auditActorOf(actor), {
      action: published ? 'attachment.publish' : 'attachment.unpublish',
      entityType: def.spec.entity,
      entityId: id,
      summary: published ? `公开附件 ${row.filename}` : `撤回公开附件 ${row.filename}`,
    });
    return { id: attachmentId, publishedAt: row.publishedAt };
  });
}
