import type { StepOption } from '@fazhi/core';
import type { RecordDetail } from '../../platform/register/types';

export type Plaintiff = { id: string; kind: string; name: string; idNumberMasked: string | null; creditCode: string | null };

export type Hearing = {
  id: string;
  heldOn: string;
  leaderAppeared: boolean;
  leaderName: string | null;
  leaderPost: string | null;
  substituteName: string | null;
  substitutePost: string | null;
  absenceReason: string | null;
};

/** GET /api/litigation/cases/:id */
export type CaseDetail = RecordDetail & {
  caseNumber: string;
  state: string;
  plaintiffs: Plaintiff[];
  hearings: Hearing[];
  /** Every step of the case's workflow, allowed or with the reasons it is refused. */
  transitions: StepOption[];
};

export type TodoItem = { id: string; caseNumber: string; orgUnitName: string; defenceDueOn: string; daysLeft: number; overdue: boolean };

/** GET /api/litigation/bulletin?month= — one month's figures by unit (displayed strings, e.g. "3件", "66.7%"). */
export type Bulletin = {
  title: string;
  scope: { orgUnitId: string; from: string; to: string };
  columns: { id: string; label: string }[];
  rows: { orgUnitId: string; orgUnitName: string; figures: Record<string, string> }[];
  totals: Record<string, string>;
};

/** GET /api/litigation/bulletins — generated bulletins (DOCX at /:id/docx). */
export type BulletinSummary = { id: string; month: string; title: string; generatedAt: string };
