import type { StepOption } from '@fazhi/core';
import type { RecordDetail } from '../../platform/register/types';

export type Assignee = { id: string; userId: string; role: string; displayName: string };

/** GET /api/legal-review/requests/:id */
export type ReviewDetail = RecordDetail & {
  title: string;
  state: string;
  subjectKind: string;
  opinion: string | null;
  concludedLate: boolean;
  adopted: boolean | null;
  dueOn: string;
  /** Calendar days to the due date while the clock runs; null when paused or finished. */
  daysLeft: number | null;
  subject: { title: string; path: string } | null;
  assignees: Assignee[];
  /** Every step of the request's workflow, allowed or with the reasons it is refused. */
  transitions: StepOption[];
};

export type TodoItem = { id: string; title: string; subjectKind: string; orgUnitName: string; receivedOn: string; dueOn: string; state: string; daysLeft: number; overdue: boolean };
