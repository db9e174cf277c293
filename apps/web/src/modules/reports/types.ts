import type { StepOption } from '@fazhi/core';
import type { AssignmentState, Block } from '@fazhi/core/reports';
import type { RecordDetail } from '../../platform/register/types';

export type { Block };

/** A figure whose value changed between two versions (display strings, e.g. "57件" → "58件"). */
export type FigureChange = { id: string; label: string; from: string; to: string };

export type ReportVersion = { id: string; number: number; generatedAt: string; changes: FigureChange[] };

/** A request to a unit for the text of one block, as the report page sees it. */
export type ReportAssignment = {
  id: string;
  blockKey: string;
  orgUnitId: string;
  orgUnitName: string;
  dueOn: string;
  state: AssignmentState;
  text: string | null;
  comment: string | null;
  version: number;
};

/** GET /api/reports/annual/:id */
export type ReportDetail = RecordDetail & {
  year: number;
  title: string;
  state: string;
  blocks: Block[];
  signedVersionId: string | null;
  submittedOn: string | null;
  submittedLate: boolean;
  publishedOn: string | null;
  publishedLate: boolean;
  versions: ReportVersion[];
  assignments: ReportAssignment[];
  deadlines: { submitBy: string; publishBy: string };
  /** Every step of the report's workflow, allowed or with the reasons it is refused. */
  transitions: StepOption[];
  /** What the latest version still lacks (unwritten parts, empty sections, figures left out), shown at 送审 and 签发. */
  warnings: string[];
};

/** POST /api/reports/annual/:id/generate */
export type GeneratedVersion = {
  id: string;
  number: number;
  generatedAt: string;
  changes: FigureChange[];
  values: Record<string, { id: string; label: string; unit: string; value: number | null; display: string }>;
  /** Empty figures left out of the prose and paragraphs that are only a lead sentence. */
  warnings: string[];
};

/** GET /api/reports/templates/:id */
export type TemplateDetail = RecordDetail & { name: string; blocks: Block[] };
