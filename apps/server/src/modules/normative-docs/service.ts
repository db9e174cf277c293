import { documentStates, type CommentCreate, type CommentHandlingInput, type DocumentDetail, type DocumentState } from '@fazhi/core/normative-docs';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import type { Row } from '../../platform/register/define.js';
import { getRecord, loadForWrite, readConditions } from '../../platform/register/service.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { reviewConclusion } from '../legal-review/subjects.js';
import { documentRegister } from './registers.js';
import { normativeDocComments, normativeDocuments } from './tables.js';
import { documentFlow, reviewStatus } from './workflow.js';

const d = normativeDocuments;

/** Document detail with its review, every step with whether the actor may take it now, and the documents it replaced or that replace it. */
export async function getDocument(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, documentRegister, id);
  const review = await reviewConclusion(services.db, 'normativeDocument', id);
  const related = (where: ReturnType<typeof eq>) =>
    services.db
      .select({ id: d.id, title: d.title, docNumber: d.docNumber })
      .from(d)
      .where(readConditions(documentRegister, actor, [where]));
  const newVersion = record.newVersionId ? ((await related(eq(d.id, String(record.newVersionId))))[0] ?? null) : null;
  const previousVersions = await related(eq(d.newVersionId, id));
  return {
    ...record,
    review: review ? { ...review, status: reviewStatus(review, { on: (record.returnedOn as string | null) ?? null, reviewId: (record.returnedReviewId as string | null) ?? null }) } : null,
    newVersion,
    previousVersions,
    transitions: await stepOptions(services.db, actor, documentFlow, record),
    // The kit types a record loosely; the route's contract checks the document's own columns on the wire in tests.
  } as DocumentDetail;
}

// ---------------------------------------------------------------- comments (a child list of the document)

const commentStates: readonly DocumentState[] = ['publicComment', 'drafting'];

/** Comments belong to the consultation: adding, handling or removing one is an update of the document (its version moves). */
async function commentWrite<T>(services: Services, actor: Actor, id: string, version: number, states: readonly DocumentState[], what: string, write: (tx: Db, doc: Row) => Promise<T>) {
  return services.db.transaction(async (tx) => {
    const doc = await loadForWrite(tx, actor, documentRegister, id, 'update', version);
    if (!states.includes(doc.state as DocumentState)) throw new AppError('conflict', `“${documentStates.label(String(doc.state))}”环节不能${what}`);
    const result = await write(tx, doc);
    await tx
      .update(d)
      .set({ version: doc.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(d.id, id));
    return result;
  });
}

export async function addComment(services: Services, actor: Actor, id: string, input: CommentCreate) {
  const { version, ...fields } = input;
  await commentWrite(services, actor, id, version, ['publicComment'], '登记征求意见', async (tx, doc) => {
    await tx.insert(normativeDocComments).values({ ...fields, documentId: id, orgUnitId: doc.orgUnitId, createdBy: actor.userId });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'comment.add',
      entityType: documentRegister.spec.entity,
      entityId: id,
      summary: `登记意见（${fields.commenter}）`,
      changes: diffFields({}, fields),
    });
  });
  return getDocument(services, actor, id);
}

export async function handleComment(services: Services, actor: Actor, id: string, commentId: string, input: CommentHandlingInput) {
  const { version, ...fields } = input;
  await commentWrite(services, actor, id, version, commentStates, '登记采纳情况', async (tx) => {
    const [before] = await tx
      .select()
      .from(normativeDocComments)
      .where(and(eq(normativeDocComments.id, commentId), eq(normativeDocComments.documentId, id), isNull(normativeDocComments.deletedAt)));
    if (!before) throw new AppError('notFound');
    const values = { handling: fields.handling, handlingReason: fields.handlingReason ?? null };
    await tx.update(normativeDocComments).set(values).where(eq(normativeDocComments.id, commentId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'comment.handle',
      entityType: documentRegister.spec.entity,
      entityId: id,
      summary: `登记采纳情况（${before.commenter}）`,
      changes: diffFields(before, values),
    });
  });
  return getDocument(services, actor, id);
}

export async function removeComment(services: Services, actor: Actor, id: string, commentId: string, version: number) {
  await commentWrite(services, actor, id, version, ['publicComment'], '删除征求意见', async (tx) => {
    const [row] = await tx
      .update(normativeDocComments)
      .set({ deletedAt: new Date() })
      .where(and(eq(normativeDocComments.id, commentId), eq(normativeDocComments.documentId, id), isNull(normativeDocComments.deletedAt)))
      .returning({ commenter: normativeDocComments.commenter });
    if (!row) throw new AppError('notFound');
    await recordAudit(tx, auditActorOf(actor), { action: 'comment.remove', entityType: documentRegister.spec.entity, entityId: id, summary: `删除意见（${row.commenter}）` });
  });
  return getDocument(services, actor, id);
}
