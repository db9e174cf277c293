import { roleAllows, type RoleCode } from '@fazhi/core';
import { materialsProblem, openStates, reviewDueOn, reviewSpec, reviewStates, type ReviewState, type ReviewSubjectKind } from '@fazhi/core/legal-review';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { roleGrants } from '../../platform/auth/tables.js';
import { assertUnitInScope } from '../../platform/access/policy.js';
import { AppError, refuse } from '../../platform/http/errors.js';
import { defineRegister, registersByPath } from '../../platform/register/define.js';
import { reviewSubjectLookup } from './subjects.js';
import { legalReviewRequests } from './tables.js';

/** The linked subject as its module describes it, or a 400 naming `subjectId`. */
async function resolveSubject(tx: Db, kind: ReviewSubjectKind, id: string) {
  const lookup = reviewSubjectLookup(kind);
  const subject = lookup ? await lookup(tx, id) : null;
  if (!subject) throw new AppError('validation', '所选送审对象不存在', [{ path: 'subjectId', message: '所选送审对象不存在或已删除' }]);
  return subject;
}

/** The roster entry's name (the kit has already checked the actor may read it), kept as who took part. */
async function adviserName(tx: Db, adviserId: string): Promise<string | null> {
  const roster = registersByPath.get('legal-advisers/advisers');
  if (!roster) return null;
  const [row] = (await tx.select().from(roster.table).where(eq(roster.table.id, adviserId))) as { name?: string }[];
  return row?.name ?? null;
}

async function adviserValues(tx: Db, input: Record<string, unknown>) {
  if (!('adviserId' in input)) return {};
  const name = typeof input.adviserId === 'string' ? await adviserName(tx, input.adviserId) : null;
  return { adviserNames: name, adviserTookPart: name !== null };
}

/** Roles a user holds anywhere (a reviewer needs one that reviews; an adviser must be one). */
async function rolesOf(tx: Db, userId: string): Promise<RoleCode[]> {
  const rows = await tx.select({ role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.userId, userId));
  return rows.map((r) => r.role as RoleCode);
}

/** Whether a user may be assigned in the role: a 审核人员 holds a role that reviews, a 法律顾问 is one. */
export async function assignableAs(tx: Db, userId: string, role: string): Promise<string | null> {
  const roles = await rolesOf(tx, userId);
  if (role === 'reviewer' && !roles.some((r) => roleAllows(r, 'legalReview', 'transition'))) return '所选人员不具有合法性审核职责，不能指派为审核人员';
  if (role === 'adviser' && !roles.includes('adviser')) return '所选人员不是法律顾问或公职律师，不能指派为法律顾问';
  return null;
}

export const reviewRegister = defineRegister({
  spec: reviewSpec,
  table: legalReviewRequests,
  naturalKey: ['orgUnitId', 'title', 'receivedOn'],
  // Assigning and removing reviewers and advisers is the reviewing organ's (legal-review access.ts `manage`).
  assignAction: 'manage',
  assignable: assignableAs,
  prepare: async (input, { tx, actor, before }) => {
    const adviser = await adviserValues(tx, input);
    if (before) {
      // The opinion was given on what was submitted: afterwards only the note may change.
      if (!openStates.includes(before.state as ReviewState) && Object.keys(input).some((k) => k !== 'note')) {
        throw new AppError('conflict', `“${reviewStates.label(String(before.state))}”的审核事项只能修改备注`);
      }
      const kind = before.subjectKind as ReviewSubjectKind;
      if (Array.isArray(input.materials)) {
        const problem = materialsProblem(kind, input.materials as string[]);
        if (problem) refuse([{ path: 'materials', message: problem }]);
      }
      if (kind !== 'contract' && (input.contractAmount ?? null) !== null) refuse([{ path: 'contractAmount', message: '只有合同协议填写合同金额' }]);
      return { ...input, ...adviser };
    }
    const kind = input.subjectKind as ReviewSubjectKind;
    const { dueOn: requested, ...fields } = input;
    let title = fields.title as string | undefined;
    if (typeof fields.subjectId === 'string') {
      const subject = await resolveSubject(tx, kind, fields.subjectId);
      // Linking a subject shows its title: only someone who could submit it for review may link it.
      await assertUnitInScope(tx, actor, 'legalReview', 'create', subject.orgUnitId, 'subjectId');
      title ??= subject.title;
    }
    const receivedOn = String(fields.receivedOn);
    return { ...fields, ...adviser, title, state: 'received', dueOn: typeof requested === 'string' ? requested : reviewDueOn(kind, receivedOn) };
  },
  expand: async (db, row) => {
    const lookup = row.subjectId ? reviewSubjectLookup(row.subjectKind as ReviewSubjectKind) : undefined;
    const subject = lookup ? await lookup(db, String(row.subjectId)) : null;
    // The chosen roster entry by name (the web shows `adviserName` for adviserId, not the id).
    const adviser = typeof row.adviserId === 'string' ? await adviserName(db, row.adviserId) : null;
    return { subject: subject ? { title: subject.title, path: subject.path } : null, adviserName: adviser };
  },
});
