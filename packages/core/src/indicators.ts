/** What the indicator API returns: shared by the server that computes it and the web that shows it. */
export type IndicatorDef = { id: string; module: string; label: string; unit: string; kind: 'count' | 'sum' | 'rate'; definition: string };

export type IndicatorValue = {
  id: string;
  label: string;
  unit: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** Formatted for people: "—" when a rate has nothing to divide by. */
  display: string;
};

/** For a rate, the records behind its numerator (default) or its denominator. */
export type RecordPart = 'numerator' | 'denominator';

export type IndicatorRecords = {
  items: Record<string, unknown>[];
  total: number;
  page: number;
  pageSize: number;
  columns: { name: string; label: string; kind?: string }[];
  /** Web route of one record, e.g. '/litigation/cases/:id'. */
  recordPath?: string;
};

export type BreakdownItem = { key: string; label: string; value: number | null; numerator?: number; denominator?: number; display?: string };
