import { z } from 'zod';

/** What the indicator API returns: shared by the server that computes it (route schemas) and the web that shows it. */
export const indicatorKindSchema = z.enum(['count', 'sum', 'rate']);
/** A way to break an indicator down; a report may name one value as {id:key=code} (codes with their own unit, e.g. 家). */
export const indicatorDimensionSchema = z.object({ key: z.string(), label: z.string(), codes: z.array(z.object({ code: z.string(), label: z.string(), unit: z.string().optional() })) });
export const indicatorDefSchema = z.object({
  id: z.string(),
  module: z.string(),
  label: z.string(),
  unit: z.string(),
  kind: indicatorKindSchema,
  definition: z.string(),
  dimensions: z.array(indicatorDimensionSchema).optional(),
});
export type IndicatorDef = z.infer<typeof indicatorDefSchema>;
export const indicatorCatalogueResponse = z.array(indicatorDefSchema);

export const indicatorValueSchema = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  /** Formatted for people: "—" when a rate has nothing to divide by. */
  display: z.string(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/** The unit and period a value was computed for, after defaults. */
export const indicatorScopeSchema = z.object({ orgUnitId: z.string(), orgPath: z.string(), from: z.string(), to: z.string() });
export const indicatorValuesResponse = z.object({ scope: indicatorScopeSchema, values: z.array(indicatorValueSchema) });

/** For a rate, the records behind its numerator (default) or its denominator. */
export type RecordPart = 'numerator' | 'denominator';

export const indicatorRecordsSchema = z.object({
  /** Rows of whatever register the indicator counts: columns as `columns` names them. */
  items: z.array(z.record(z.string(), z.unknown())),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
  columns: z.array(z.object({ name: z.string(), label: z.string(), kind: z.string().optional() })),
  /** Web route of one record, e.g. '/litigation/cases/:id'. */
  recordPath: z.string().optional(),
});
export type IndicatorRecords = z.infer<typeof indicatorRecordsSchema>;
export const indicatorRecordsResponse = indicatorRecordsSchema.extend({
  indicator: indicatorDefSchema.pick({ id: true, label: true, unit: true, kind: true }),
  scope: indicatorScopeSchema,
});

export const breakdownItemSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  display: z.string().optional(),
});
export type BreakdownItem = z.infer<typeof breakdownItemSchema>;
export const indicatorBreakdownResponse = z.array(breakdownItemSchema);
