import { openStates, reviewDueOn, reviewSpec, reviewStates, type ReviewState, type ReviewSubjectKind } from '@fazhi/core/legal-review';
import type { Db } from '../../platform/db/client.js';
import { assertUnitInScope } from '../../platform/access/policy.js';
import { AppError } from '../../platform/http/errors.js';
import { defineRegister } from '../../platform/register/define.js';
import { reviewSubjectLookup } from './subjects.js';
import { legalReviewRequests } from './tables.js';

/** The linked subject as its module describes it, or a 400 naming `subjectId`. */
async function resolveSubject(tx: Db, kind: ReviewSubjectKind, id: string) {
  const lookup = reviewSubjectLookup(kind);
  const subject = lookup ? await lookup(tx, id) : null;
  if (!subject) throw new AppError('validation', '所选送审对象不存在', [{ path: 'subjectId', message: '所选送审对象不存在或已删除' }]);
  return subject;
}

export const reviewRegister = defineRegister({
  spec: reviewSpec,
  table: legalReviewRequests,
  naturalKey: ['orgUnitId', 'title', 'receivedOn'],
  prepare: async (input, { tx, actor, before }) => {
    // Recorded adviser names are what "a 法律顾问/公职律师 took part" means (an assigned adviser's name lands there on conclusion).
    const adviser = 'adviserNames' in input ? { adviserTookPart: typeof input.adviserNames === 'string' && input.adviserNames.length > 0 } : {};
    if (before) {
      // The opinion was given on what was submitted: afterwards only the note may change.
      if (!openStates.includes(before.state as ReviewState) && Object.keys(input).some((k) => k !== 'note')) {
        throw new AppError('conflict', `“${reviewStates.label(String(before.state))}”的审核事项只能修改备注`);
      }
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
    return { subject: subject ? { title: subject.title, path: subject.path } : null };
  },
});
