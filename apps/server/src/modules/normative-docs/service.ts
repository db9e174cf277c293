import { deadlineRules, dueDate, toIsoDate } from '@fazhi/core';
import {
  availableDocumentTransitions,
  commentPeriodProblem,
  documentExpiry,
  documentTransitionInputs,
  documentTransitionProblems,
  documentStates,
  documentTransitions,
  isProvisional,
  stateAfter,
  validityOf,
  type CommentCreate,
  type CommentHandlingInput,
  type DocumentFacts,
  type DocumentState,
  type DocumentTransition,
} from '@fazhi/core/normative-docs';
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { can, scopePaths } from '../../platform/access/policy.js';
import { diffFields, recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { orgUnits } from '../../platform/org/tables.js';
import type { Row } from '../../platform/register/define.js';
import { getRecord, loadForWrite, readConditions, refreshSearchText } from '../../platform/register/service.js';
import { reviewConclusion, reviewPassed, type ReviewConclusion } from '../legal-review/subjects.js';
import { allocateSequence, formatDocNumber } from './numbering.js';
import { documentRegister } from './registers.js';
import { normativeDocComments, normativeDocuments } from './tables.js';

const d = normativeDocuments;

/** `returnedOn`: the draft went back for changes that day, so a review concluded by then was of the old draft. */
export function reviewStatus(c: ReviewConclusion | null, returnedOn: string | null = null): DocumentFacts['review'] {
  if (!c) return 'none';
  if (returnedOn && c.concludedOn && c.concludedOn <= returnedOn) return 'none';
  if (reviewPassed(c)) return 'passed';
  return c.concludedOn ? 'failed' : 'pending';
}

/** Document detail with its review, the transitions the actor may fire now, and the documents it replaced or that replace it. */
export async function getDocument(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, documentRegister, id);
  const [unit] = await services.db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, record.orgUnitId));
  const may = (action: 'transition' | 'approve') => can(actor, 'normativeDocs', action) && scopePaths(actor, 'normativeDocs', action).some((p) => unit!.path.startsWith(p));
  const review = await reviewConclusion(services.db, 'normativeDocument', id);
  const related = (where: ReturnType<typeof eq>) =>
    services.db.select({ id: d.id, title: d.title, docNumber: d.docNumber }).from(d).where(readConditions(documentRegister, actor, [where]));
  const newVersion = record.newVersionId ? ((await related(eq(d.id, String(record.newVersionId))))[0] ?? null) : null;
  const previousVersions = await related(eq(d.newVersionId, id));
  return {
    ...record,
    review: review ? { ...review, status: reviewStatus(review, (record.returnedOn as string | null) ?? null) } : null,
    newVersion,
    previousVersions,
    transitions: availableDocumentTransitions(record.state as DocumentState, may),
  };
}

async function unhandledComments(tx: Db, id: string) {
  const [r] = await tx
    .select({ n: count() })
    .from(normativeDocComments)
    .where(and(eq(normativeDocComments.documentId, id), isNull(normativeDocComments.deletedAt), isNull(normativeDocComments.handling)));
  return r?.n ?? 0;
}

function invalid(path: string, message: string): never {
  throw new AppError('validation', message, [{ path, message }]);
}

/** Field → the earlier step's date it may not precede. */
const notBefore: Partial<Record<DocumentTransition, [string, string, string]>> = {
  sign: ['signedOn', 'meetingOn', '签发日期不能早于集体讨论日期'],
  register: ['registeredOn', 'signedOn', '登记日期不能早于签发日期'],
  issue: ['issuedOn', 'registeredOn', '印发日期不能早于登记日期'],
  publish: ['publishedOn', 'issuedOn', '公布日期不能早于印发日期'],
  file: ['filedOn', 'publishedOn', '报送备案日期不能早于公布日期'],
  enterIntoForce: ['effectiveOn', 'publishedOn', '施行日期不能早于公布日期'],
};

/** Values a transition writes beyond its inputs: the number, deadlines, lateness, expiry. */
async function stepValues(tx: Db, actor: Actor, name: DocumentTransition, before: Row, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  switch (name) {
    case 'startPublicComment': {
      const problem = commentPeriodProblem(String(input.publicCommentStartsOn), String(input.publicCommentEndsOn), Boolean(before.concernsMarketEntities));
      if (problem) invalid('publicCommentEndsOn', problem);
      return {};
    }
    case 'register': {
      const [dup] = await tx
        .select({ id: d.id })
        .from(d)
        .where(and(eq(d.registrationNumber, String(input.registrationNumber)), ne(d.id, before.id), isNull(d.deletedAt)));
      if (dup) throw new AppError('duplicate', `登记号“${String(input.registrationNumber)}”已用于另一件文件`);
      return {};
    }
    case 'issue': {
      const year = Number(String(input.issuedOn).slice(0, 4));
      const seq = await allocateSequence(tx, before.orgUnitId, year);
      return { numberYear: year, numberSeq: seq, docNumber: formatDocNumber(String(before.numberPrefix), year, seq) };
    }
    case 'publish':
      return { filingDueOn: dueDate(String(input.publishedOn), deadlineRules['normativeDocs.filing']) };
    case 'file':
      return { filedLate: String(input.filedOn) > String(before.filingDueOn) };
    case 'enterIntoForce':
      // Until that day the document is published but not yet in force (the public list shows documents in force only).
      if (String(input.effectiveOn) > toIsoDate(new Date())) invalid('effectiveOn', `施行日期${String(input.effectiveOn)}尚未到来，请于施行之日登记施行`);
      return { expiresOn: documentExpiry(String(input.effectiveOn), isProvisional(String(before.title), Boolean(before.provisional))) };
    case 'returnToDrafting':
      return { returnedOn: toIsoDate(new Date()) };
    case 'amend': {
      if (input.newVersionId === before.id) invalid('newVersionId', '新文件不能是本文件');
      const [next] = await tx.select({ id: d.id }).from(d).where(readConditions(documentRegister, actor, [eq(d.id, String(input.newVersionId))]));
      if (!next) invalid('newVersionId', '所选新文件不存在');
      return {};
    }
    default:
      return {};
  }
}

export async function documentFacts(tx: Db, before: Row, today: string): Promise<DocumentFacts> {
  return {
    state: before.state as DocumentState,
    review: reviewStatus(await reviewConclusion(tx, 'normativeDocument', before.id), (before.returnedOn as string | null) ?? null),
    deliberationDecision: (before.deliberationDecision as string | null) ?? null,
    registrationNumber: (before.registrationNumber as string | null) ?? null,
    docNumber: (before.docNumber as string | null) ?? null,
    publishedOn: (before.publishedOn as string | null) ?? null,
    unhandledComments: await unhandledComments(tx, before.id),
    publicCommentEndsOn: (before.publicCommentEndsOn as string | null) ?? null,
    today,
  };
}

export async function fireDocumentTransition(services: Services, actor: Actor, id: string, name: DocumentTransition, body: Record<string, unknown> & { version: number }) {
  const def = documentTransitions[name];
  const { version, ...rest } = body;
  const input = documentTransitionInputs[name].parse(rest) as Record<string, unknown>;
  await services.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, documentRegister, id, def.action, version);
    const verdict = documentTransitionProblems(name, await documentFacts(tx, before, toIsoDate(new Date())));
    if (verdict.problems.length) throw new AppError(verdict.kind === 'state' ? 'transitionNotAllowed' : 'guardFailed', verdict.problems.join('；'));
    const order = notBefore[name];
    if (order && before[order[1]] && String(input[order[0]]) < String(before[order[1]])) invalid(order[0], `${order[2]}（${String(before[order[1]])}）`);
    const state = stateAfter(name, before.state as DocumentState);
    const values: Record<string, unknown> = { ...input, ...(await stepValues(tx, actor, name, before, input)), state };
    values.validity = validityOf({ state, registrationNumber: (values.registrationNumber ?? before.registrationNumber ?? null) as string | null });
    await tx.update(d).set({ ...values, version: before.version + 1, updatedAt: new Date(), updatedBy: actor.userId }).where(eq(d.id, id));
    if (name === 'issue') await refreshSearchText(tx, documentRegister, id);
    await recordAudit(tx, auditActorOf(actor), {
      action: `transition.${name}`,
      entityType: documentRegister.spec.entity,
      entityId: id,
      summary: values.docNumber ? `${def.label}：${String(values.docNumber)}` : def.label,
      changes: diffFields(before, values),
    });
  });
  return getDocument(services, actor, id);
}

// ---------------------------------------------------------------- comments (a child list of the document)

const commentStates: readonly DocumentState[] = ['publicComment', 'drafting'];

/** Comments belong to the consultation: adding, handling or removing one is an update of the document (its version moves). */
async function commentWrite<T>(services: Services, actor: Actor, id: string, version: number, states: readonly DocumentState[], what: string, write: (tx: Db, doc: Row) => Promise<T>) {
  return services.db.transaction(async (tx) => {
    const doc = await loadForWrite(tx, actor, documentRegister, id, 'update', version);
    if (!states.includes(doc.state as DocumentState)) throw new AppError('conflict', `“${documentStates.label(String(doc.state))}”环节不能${what}`);
    const result = await write(tx, doc);
    await tx.update(d).set({ version: doc.version + 1, updatedAt: new Date(), updatedBy: actor.userId }).where(eq(d.id, id));
    return result;
  });
}

export async function addComment(services: Services, actor: Actor, id: string, input: CommentCreate) {
  const { version, ...fields } = input;
  await commentWrite(services, actor, id, version, ['publicComment'], '登记征求意见', async (tx, doc) => {
    await tx.insert(normativeDocComments).values({ ...fields, documentId: id, orgUnitId: doc.orgUnitId, createdBy: actor.userId });
    await recordAudit(tx, auditActorOf(actor), { action: 'comment.add', entityType: documentRegister.spec.entity, entityId: id, summary: `登记意见（${fields.commenter}）`, changes: diffFields({}, fields) });
  });
  return getDocument(services, actor, id);
}

export async function handleComment(services: Services, actor: Actor, id: string, commentId: string, input: CommentHandlingInput) {
  const { version, ...fields } = input;
  await commentWrite(services, actor, id, version, commentStates, '登记采纳情况', async (tx) => {
    const [before] = await tx.select().from(normativeDocComments).where(and(eq(normativeDocComments.id, commentId), eq(normativeDocComments.documentId, id), isNull(normativeDocComments.deletedAt)));
    if (!before) throw new AppError('notFound');
    const values = { handling: fields.handling, handlingReason: fields.handlingReason ?? null };
    await tx.update(normativeDocComments).set(values).where(eq(normativeDocComments.id, commentId));
    await recordAudit(tx, auditActorOf(actor), { action: 'comment.handle', entityType: documentRegister.spec.entity, entityId: id, summary: `登记采纳情况（${before.commenter}）`, changes: diffFields(before, values) });
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
